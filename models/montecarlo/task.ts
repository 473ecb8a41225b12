import type { Violation } from "../check/index.js";
import type { AllocationResult, CoverageLine } from "../result-types.js";
import type { Scenario } from "../scenario/scenario.js";
import type { SolverChoice } from "../solvers/choose.js";
import type { DrawSolve } from "./resolve-summary.js";
import type { McSpec } from "./spec.js";

/**
 * A unit of work a worker (or the caller's thread) runs: the needs of draws `from` … `to − 1`, the
 * re-solve of those draws, or one checked solve (the base or the robust allocation).
 */
export type McTask =
  | { readonly kind: "needs"; readonly scenario: Scenario; readonly lines: readonly CoverageLine[]; readonly spec: McSpec; readonly from: number; readonly to: number }
  | { readonly kind: "resolve"; readonly scenario: Scenario; readonly spec: McSpec; readonly from: number; readonly to: number; readonly solver: SolverChoice }
  | { readonly kind: "solve"; readonly scenario: Scenario; readonly solver: SolverChoice; readonly from: 0; readonly to: 0 };

/** What a task gives back. */
export type McTaskResult =
  | { readonly kind: "needs"; readonly needs: Float64Array }
  | { readonly kind: "resolve"; readonly solves: readonly DrawSolve[] }
  | { readonly kind: "solve"; readonly result: AllocationResult; readonly violations: readonly Violation[] };

/** Runs tasks and returns their results in task order; `onDone(task)` after each. */
export type Executor = (tasks: readonly McTask[], onDone: (t: McTask) => void, signal?: AbortSignal) => Promise<McTaskResult[]>;

/** Splits draws `from` … `to − 1` into chunks of at most `size`. */
export function chunks(from: number, to: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = from; a < to; a += size) out.push([a, Math.min(to, a + size)]);
  return out;
}
