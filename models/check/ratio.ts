import type { RuleLine } from "../result-types.js";
import type { Rules } from "../scenario/index.js";
import { existingOf, facilityZh, totalAt, type CheckContext } from "./context.js";
import { agree, atMost, fmt, violation, type Violation } from "./violation.js";

type StaffRatio = Rules["staffRatios"][number];

/** One side of a rule at a facility or the region, recomputed: what it requires, what there is, the deficit. */
export type RuleFigures = {
  readonly rule: StaffRatio;
  readonly side: "min" | "max";
  readonly unit: string;
  readonly unitZh: string;
  readonly required: number;
  readonly actual: number;
  readonly deficit: number;
  /** The requirement at the existing stock (1 when 0): the deficit's divisor in the goals. */
  readonly scale: number;
};

function sumOf(ctx: CheckContext, facility: string, resources: readonly string[], existing: boolean): number {
  return resources.reduce((a, r) => a + (existing ? existingOf(ctx, facility, r) : totalAt(ctx, facility, r)), 0);
}

/** Every enabled rule's sides at each facility of its tiers (scope `facility`) or over their sums (`region`). */
export function ruleFigures(ctx: CheckContext): RuleFigures[] {
  const out: RuleFigures[] = [];
  for (const rule of ctx.scenario.rules.staffRatios) {
    if (!rule.enabled) continue;
    const facilities = ctx.scenario.facilities.filter((f) => rule.tiers === undefined || rule.tiers.includes(f.tier));
    const groups = rule.scope === "region" ? [{ unit: "region", unitZh: "全区", members: facilities }] : facilities.map((f) => ({ unit: f.id, unitZh: facilityZh(ctx, f.id), members: [f] }));
    for (const g of groups) {
      let N = 0;
      let D = 0;
      let D0 = 0;
      for (const f of g.members) {
        N += sumOf(ctx, f.id, rule.numerator, false);
        D += sumOf(ctx, f.id, rule.denominator, false);
        D0 += sumOf(ctx, f.id, rule.denominator, true);
      }
      for (const side of ["min", "max"] as const) {
        const k = rule[side];
        if (k === undefined) continue;
        const required = k * D;
        const deficit = Math.max(0, side === "min" ? required - N : N - required);
        out.push({ rule, side, unit: g.unit, unitZh: g.unitZh, required, actual: N, deficit, scale: k * D0 > 0 ? k * D0 : 1 });
      }
    }
  }
  return out;
}

/** A hard rule broken beyond tolerance. */
function checkHard(r: RuleFigures): Violation[] {
  const within = r.side === "min" ? atMost(r.required, r.actual) : atMost(r.actual, r.required);
  if (r.rule.nature !== undefined || within) return [];
  const ruleZh = r.rule.name?.zh ?? r.rule.id;
  const num = r.rule.numerator.join("+");
  const den = r.rule.denominator.join("+");
  const k = r.side === "min" ? r.rule.min : r.rule.max;
  const [zhWord, enWord] = r.side === "min" ? ["低于", "below"] : ["高于", "above"];
  return [
    violation("ratio", `ratio ${r.rule.id}/${r.unit}`, `${r.unitZh} ${ruleZh}：分子合计 ${fmt(r.actual)} ${zhWord} ${fmt(k)} × 分母合计 = ${fmt(r.required)}`, `${r.unit} ${r.rule.id}: ${num} ${fmt(r.actual)} is ${enWord} ${fmt(k)} × ${den} = ${fmt(r.required)}`, r.required, r.actual),
  ];
}

/** The result's rule lines: exactly one per enabled rule side and unit, each figure equal to its recomputation. */
function checkReported(ctx: CheckContext, figures: readonly RuleFigures[]): Violation[] {
  const out: Violation[] = [];
  const reported = ctx.result.rules;
  if (reported === undefined) {
    if (figures.some((f) => f.rule.nature !== undefined)) out.push(violation("structure", "rules", "结果缺少人员配比规则的达成情况", "the result does not report its staff-ratio rules"));
    return out;
  }
  const key = (rule: string, side: string, unit: string) => `${rule}/${side}/${unit}`;
  const want = new Map(figures.map((f) => [key(f.rule.id, f.side, f.unit), f]));
  const seen = new Set<string>();
  for (const line of reported) {
    const k = key(line.rule, line.side, line.unit);
    const f = want.get(k);
    if (f === undefined || seen.has(k)) {
      out.push(violation("structure", `ratio ${k}`, `配比规则行 ${k} 重复或不对应情景中启用的规则`, `rule line ${k} is repeated or matches no enabled rule`));
      continue;
    }
    seen.add(k);
    const nature = f.rule.nature ?? "hard";
    const fields: [keyof RuleLine, string, number][] = [["required", "要求", f.required], ["actual", "实际", f.actual], ["deficit", "缺额", f.deficit], ["scale", "基准", f.scale]];
    for (const [field, zh, value] of fields) {
      const got = line[field] as number;
      if (!agree(got, value)) out.push(violation("figure", `ratio ${k}`, `配比规则 ${f.rule.name?.zh ?? f.rule.id}（${f.unitZh}）的${zh}报告为 ${fmt(got)}，重算为 ${fmt(value)}`, `rule ${k}: ${field} reported ${fmt(got)}, recomputed ${fmt(value)}`, value, got));
    }
    if (line.nature !== nature) out.push(violation("structure", `ratio ${k}`, `配比规则行 ${k} 的性质应为 ${nature}`, `rule line ${k} should have nature ${nature}`));
  }
  for (const [k] of want) if (!seen.has(k)) out.push(violation("structure", `ratio ${k}`, `缺少配比规则行 ${k}`, `rule line ${k} is missing`));
  return out;
}

/**
 * Staff ratios over totals after all additions: hard rules hold in each facility of the rule's tiers
 * (scope `facility`) or over their sums (scope `region`); every rule's reported line is right.
 */
export function checkRatios(ctx: CheckContext, figures: readonly RuleFigures[] = ruleFigures(ctx)): Violation[] {
  return [...figures.flatMap(checkHard), ...checkReported(ctx, figures)];
}
