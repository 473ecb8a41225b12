import { checkResult } from "../check/index.js";
import type { AllocationResult } from "../result-types.js";
import type { Scenario } from "../scenario/scenario.js";
import { solveScenario } from "../solve.js";
import type { SolverChoice } from "../solvers/choose.js";
import { drawPopulations, withPopulations } from "./draws.js";
import { additionKeys, type DrawSolve } from "./resolve-summary.js";
import type { McSpec } from "./spec.js";

/** The summary figures of one checked result. */
export function summariseSolve(s: Scenario, r: AllocationResult, violations: number): DrawSolve {
  const added = new Map<string, number>();
  for (const l of r.allocation) added.set(`${l.facility}|${l.resource}`, Object.values(l.added).reduce((a, b) => a + b, 0));
  const worst = r.coverage.length === 0 ? Number.NaN : r.coverage.reduce((a, c) => Math.max(a, c.need > 0 ? c.shortfall / c.need : 0), 0);
  return { status: r.status, violations, worst, equity: r.objective.equity, cost: r.objective.cost, added: additionKeys(s).map((k) => added.get(k) ?? 0) };
}

/**
 * Re-solves draws `from` … `to − 1`: each draw's scenario (its populations) solved for its own optimum
 * (no marginal-value re-solves) and checked by the independent checker.
 */
export async function resolveDraws(s: Scenario, spec: McSpec, from: number, to: number, solver: SolverChoice = "auto", signal?: AbortSignal): Promise<DrawSolve[]> {
  const out: DrawSolve[] = [];
  for (let d = from; d < to && !signal?.aborted; d++) {
    const sd = withPopulations(s, drawPopulations(s, spec, d));
    const r = await solveScenario(sd, { solver, marginal: false, timeLimitMs: 20_000, ...(signal ? { signal } : {}) });
    out.push(summariseSolve(s, r, checkResult(sd, r).length));
  }
  return out;
}
