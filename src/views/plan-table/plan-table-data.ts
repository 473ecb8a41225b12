import type { SeedFile } from "../../../models/seed/index.js";
import { planTable, type PlanTable, type PlanTableOptions } from "../../../models/plan-table.js";
import type { AllocationResult, Scenario } from "../../../models/index.js";

/** Whether the scenario carries the plan's own per-facility figures of `resource` (Yanjiang 表1). */
export function hasPlannedFigures(s: Scenario, resource = "beds"): boolean {
  return s.facilities.some((f) => f.planned?.[resource] !== undefined);
}

/**
 * The population a plan's own 2020 bed count and bed ratio imply (beds ÷ beds per 1,000), when the
 * scenario's seed gives both — the same comparison `capacity-planner table1` prints.
 */
export function impliedPopulation(s: Scenario, seeds: readonly SeedFile[]): NonNullable<PlanTableOptions["otherPopulations"]> {
  const seed = seeds.find((x) => x.id === s.region.seed);
  if (!seed) return [];
  const beds = seed.totals.find((t) => t.resource === "beds" && t.figure.year === 2020)?.figure.value;
  const ratio = seed.indicators.find((i) => i.id === "bedsPer1000")?.baseline?.value;
  if (beds?.kind !== "number" || ratio?.kind !== "number" || !(ratio.value > 0)) return [];
  const population = Math.round((beds.value / ratio.value) * 1000);
  return [{ label: { zh: `规划 2020 年数字隐含的人口（${beds.value} 张 ÷ 每千人 ${ratio.value} 张）`, en: `the population the plan's own 2020 figures imply (${beds.value} beds ÷ ${ratio.value}‰)` }, population }];
}

/** The plan table of a checked result, or the bilingual reason there is none (no target on the resource). */
export function planTableOf(s: Scenario, r: AllocationResult, seeds: readonly SeedFile[] = [], resource = "beds"): { ok: true; table: PlanTable } | { ok: false } {
  const hasTarget = s.targets.some((t) => t.resource === resource);
  if (!hasTarget || !hasPlannedFigures(s, resource)) return { ok: false };
  return { ok: true, table: planTable(s, r, { resource, otherPopulations: impliedPopulation(s, seeds) }) };
}

/** A difference with its sign (+20.5, −31, 0), rounded to one decimal. */
export function signedFigure(v: number, format: (n: number) => string): string {
  const x = Math.round(v * 10) / 10;
  if (x === 0) return "0";
  return x > 0 ? `+${format(x)}` : `−${format(-x)}`;
}
