import type { Goal, Scenario } from "../../../models/index.js";

/** Whether two goal values agree within the model's tolerance (docs/model.md: 1e-6 relative, 1e-6 absolute near 0). */
export function agree(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A goal value to 6 decimals, the order of the tolerance (−0 and float dust shown as 0). */
export function goalText(v: number): string {
  const r = Math.round(v * 1e6) / 1e6;
  return (r === 0 ? 0 : r).toFixed(6).replace("-", "−");
}

/** A tableau entry to 4 decimals (−0 and float dust shown as 0). */
export function cellText(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  const r = Math.round(v * 1e4) / 1e4;
  return (r === 0 ? "0" : String(r)).replace("-", "−");
}

/**
 * A stepped goal value in the units of `AllocationResult.objective`: the model's cost goal is divided by
 * the capital budget (models/lp/budget.ts) while the result's cost is in 万元; the other goals agree as they are.
 */
export function resultUnits(s: Scenario, g: Goal, v: number): number {
  if (g !== "cost") return v;
  const c = s.budgets.capital;
  const base = c.total ?? Object.values(c.byYear ?? {}).reduce((a, b) => a + b, 0);
  return v * (base > 0 ? base : 1);
}
