import type { AllocationResult, CoverageLine } from "../result-types.js";
import type { Scenario } from "../scenario/index.js";
import type { Cell, Table } from "./table.js";

/** Options of `resultToTables`: the language of names and words in cells (headers are always both). */
export type ExportOptions = { readonly locale?: "zh" | "en" };

type Label = { readonly zh: string; readonly en: string };
type Column = readonly [zh: string, en: string];

/** Export sheet names. */
export const RESULT_SHEETS = { summary: "概要", allocation: "配置方案", coverage: "覆盖情况", budget: "预算" } as const;

/** Rounds to `digits` decimals (exported figures: 4; percentages: 2); keeps non-finite values. */
export function roundTo(n: number, digits = 4): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f + 0;
}

function table(name: string, columns: readonly Column[], rows: readonly (readonly Cell[])[]): Table {
  return { name, headerRows: 2, rows: [columns.map((c) => c[0]), columns.map((c) => c[1]), ...rows] };
}

const WORDS: Readonly<Record<string, Label>> = {
  binding: { zh: "约束性", en: "binding" },
  expected: { zh: "预期性", en: "expected" },
  zone: { zh: "镇街", en: "zone" },
  catchment: { zh: "服务范围", en: "catchment" },
  region: { zh: "全域", en: "region" },
  capital: { zh: "资本", en: "capital" },
  recurring: { zh: "经常性", en: "recurring" },
  total: { zh: "合计", en: "total" },
  optimal: { zh: "最优", en: "optimal" },
  unmet: { zh: "部分约束性指标无法满足", en: "binding targets unmet" },
  infeasible: { zh: "规则矛盾，无方案", en: "infeasible" },
  timeout: { zh: "超时", en: "timeout" },
  error: { zh: "出错", en: "error" },
};

/**
 * A solve result as tables for CSV/Excel, each with a Chinese and an English header row:
 * - `概要` summary: status, message, goal values, solver;
 * - `配置方案` allocation by facility and resource: existing, added per allocation year, added in
 *   all, total;
 * - `覆盖情况` coverage by target and unit (zone, facility catchment or region): population, need,
 *   band upper need, supplied, shortfall, surplus, % of need supplied (empty when need is 0);
 * - `预算` budget: limit, used, remaining, % used (万元).
 * Ids stay ids; names and words follow `locale` (default zh). Figures are numbers rounded to 4
 * decimals (percentages 2). Text is neutralised later, by the CSV/XLSX writers.
 */
export function resultToTables(scenario: Scenario, result: AllocationResult, options: ExportOptions = {}): readonly Table[] {
  const lang = options.locale ?? "zh";
  const word = (w: string) => WORDS[w]?.[lang] ?? w;
  const facility = new Map(scenario.facilities.map((f) => [f.id, f]));
  const zone = new Map(scenario.zones.map((z) => [z.id, z]));
  const resource = new Map(scenario.resources.map((r) => [r.id, r]));
  const years = result.years.map(String);
  const pct = (a: number, b: number) => (b > 0 ? roundTo((a / b) * 100, 2) : null);

  const summary = table(RESULT_SHEETS.summary, [["项目", "item"], ["值", "value"]], [
    [lang === "zh" ? "情景" : "scenario", scenario.region.name[lang]],
    [lang === "zh" ? "状态" : "status", word(result.status)],
    [lang === "zh" ? "说明" : "message", result.message?.[lang] ?? null],
    ...(["binding", "equity", "expected", "cost"] as const).map((g) => [`objective.${g}`, roundTo(result.objective[g], 6)]),
    [lang === "zh" ? "求解器" : "solver", result.solver.name],
  ]);

  const allocation = table(
    RESULT_SHEETS.allocation,
    [["机构编号", "facility"], ["机构名称", "facility_name"], ["所在镇街", "zone"], ["资源", "resource"], ["资源名称", "resource_name"], ["单位", "unit"],
      ["现有", "existing"], ...years.map((y): Column => [`新增${y}年`, `added_${y}`]), ["新增合计", "added_total"], ["合计", "total"]],
    result.allocation.map((a) => {
      const f = facility.get(a.facility);
      const r = resource.get(a.resource);
      const added = years.map((y) => a.added[y] ?? 0);
      return [a.facility, f?.name[lang] ?? null, f?.zone ?? null, a.resource, r?.name[lang] ?? null, r?.unit[lang] ?? null,
        roundTo(a.existing), ...added.map((n) => roundTo(n)), roundTo(added.reduce((s, n) => s + n, 0)), roundTo(a.total)];
    }),
  );

  const unitName = (c: CoverageLine) =>
    c.scope === "zone" ? zone.get(c.unit)?.name[lang] : c.scope === "catchment" ? facility.get(c.unit)?.name[lang] : scenario.region.name[lang];
  const coverage = table(
    RESULT_SHEETS.coverage,
    [["目标", "target"], ["资源", "resource"], ["年份", "year"], ["性质", "nature"], ["范围", "scope"], ["单元", "unit"], ["单元名称", "unit_name"],
      ["人口", "population"], ["需求", "need"], ["需求上限", "upper_need"], ["供给", "supplied"], ["缺口", "shortfall"], ["超出", "surplus"], ["满足率%", "percent"]],
    result.coverage.map((c) => [c.target, c.resource, c.year, word(c.nature), word(c.scope), c.unit, unitName(c) ?? null,
      roundTo(c.population), roundTo(c.need), c.upperNeed === undefined ? null : roundTo(c.upperNeed), roundTo(c.supplied),
      roundTo(c.shortfall), roundTo(c.surplus), pct(c.supplied, c.need)]),
  );

  const budget = table(
    RESULT_SHEETS.budget,
    [["类型", "kind"], ["年份", "year"], ["限额（万元）", "limit"], ["已用（万元）", "used"], ["剩余（万元）", "remaining"], ["使用率%", "percent"]],
    result.budget.map((b) => [word(b.kind), b.year ?? word("total"), roundTo(b.limit), roundTo(b.used), roundTo(b.limit - b.used), pct(b.used, b.limit)]),
  );
  return [summary, allocation, coverage, budget];
}
