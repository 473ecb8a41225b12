import type { SeedFile } from "../../../models/seed/index.js";
import { impliedPopulation, planTable, type PlanTable } from "../../../models/plan-table.js";
import type { AllocationResult, Scenario } from "../../../models/index.js";

/** Whether the scenario carries the plan's own per-facility figures of `resource` (Yanjiang 表1). */
export function hasPlannedFigures(s: Scenario, resource = "beds"): boolean {
  return s.facilities.some((f) => f.planned?.[resource] !== undefined);
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
