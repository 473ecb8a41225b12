/**
 * What the fuzzer found wrong with one scenario:
 * - `invalid`: the generated scenario does not parse (a generator or schema bug);
 * - `check`: a result with a plan fails the independent checker;
 * - `status`: solvers that both finished disagree on the outcome (optimal / unmet / infeasible);
 * - `goal`: solvers disagree on a goal value beyond 1e-6 relative;
 * - `incomplete`: a lexicographic solve skipped goal phases (later goals are not optimal);
 * - `overtime`: a solve ran past its time limit (plus grace) without reporting `timeout`;
 * - `unproven`: a solve used its whole time limit yet reported a plan (an incumbent it did not prove optimal);
 * - `hang`: a solve had to be killed (it ignored its time limit altogether);
 * - `error`: a solve ended in `error` or threw.
 */
export type FindingKind = "invalid" | "check" | "status" | "goal" | "incomplete" | "overtime" | "unproven" | "hang" | "error";

/** One finding, with the solver(s) concerned and a message for the report. */
export type Finding = {
  readonly kind: FindingKind;
  readonly solvers: readonly string[];
  readonly message: string;
  /** The figures compared, when there are some. */
  readonly values?: readonly number[];
};

/** `|a − b| ≤ tol × max(1, |a|, |b|)`: the agreement the solvers owe each other (docs/model.md). */
export function agreeWithin(a: number, b: number, tol = 1e-6): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Relative difference as used by `agreeWithin` (for reports). */
export function relativeGap(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}
