import type { AllocationResult, BudgetLine } from "../../../models/index.js";

/** The headline figures of a result. */
export type ResultSummary = {
  /** The overall capital line (the total, else the last year's cumulative line). */
  readonly capital: BudgetLine | null;
  readonly recurring: BudgetLine | null;
  /** Largest relative shortfall over every unit of every target (0 when all are met). */
  readonly worstGap: number;
  readonly unitsMet: number;
  readonly units: number;
};

const TOL = 1e-6;

/** Summarises a result: budget use, worst relative shortfall, units meeting their targets. */
export function summarise(r: AllocationResult): ResultSummary {
  const capitalLines = r.budget.filter((b) => b.kind === "capital");
  const capital = capitalLines.find((b) => b.year === null) ?? capitalLines.at(-1) ?? null;
  const recurring = r.budget.find((b) => b.kind === "recurring") ?? null;
  let worstGap = 0;
  let unitsMet = 0;
  for (const c of r.coverage) {
    const rel = c.need > 0 ? c.shortfall / c.need : 0;
    worstGap = Math.max(worstGap, rel);
    if (rel <= TOL) unitsMet++;
  }
  return { capital, recurring, worstGap, unitsMet, units: r.coverage.length };
}
