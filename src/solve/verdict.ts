import type { Messages } from "../i18n/messages.js";
import type { SolveState } from "../state/types.js";
import type { CheckedResult } from "./protocol.js";

/**
 * How a checked result may be shown:
 * - `plan`: optimal and the checker found nothing — the only verdict shown as a plan;
 * - `unmet`: the best allocation still leaves binding targets short (shown as "cannot be met");
 * - `violations`: the checker disagrees with the result — shown as an error, never as a plan;
 * - `infeasible`, `timeout`, `error`: no allocation.
 */
export type Verdict = "plan" | "unmet" | "violations" | "infeasible" | "timeout" | "error";

/** The verdict of a checked result; violations override every status. */
export function verdictOf(c: CheckedResult): Verdict {
  if (c.violations.length > 0) return "violations";
  switch (c.result.status) {
    case "optimal":
      return "plan";
    case "unmet":
      return "unmet";
    default:
      return c.result.status;
  }
}

/** A result that carries an allocation one may read, compare and print (a plan, or a plan with unmet gaps). */
export function hasAllocation(c: CheckedResult): boolean {
  const v = verdictOf(c);
  return v === "plan" || v === "unmet";
}

/**
 * Whether the marginal value of the budget is known for a shown result: `known` (a final answer),
 * `pending` (the second, marginal step is running or about to), `timeout` (the time limit ran out in that
 * step: the allocation stands, the value was not computed in time), `stopped` (cancelled or failed then).
 */
export type MarginalState = "known" | "pending" | "timeout" | "stopped";

/** The marginal state of `c` given the solve state (a result of an earlier revision is no longer being worked on). */
export function marginalState(c: CheckedResult, solve: Pick<SolveState, "status" | "revision">): MarginalState {
  if (c.final) return "known";
  if (c.revision !== solve.revision) return "stopped";
  if (solve.status === "timeout") return "timeout";
  return solve.status === "failed" || solve.status === "cancelled" ? "stopped" : "pending";
}

/**
 * What a solve stopped by its time limit left: the allocation without the budget's marginal value
 * (`current`: a result of the current figures is shown), or nothing, with the previous result shown
 * (`previous`) or not. Shared by the status line (cp-status) and the results' solve status.
 */
export function timeoutSays(x: Messages, seconds: string, current: boolean, previous: boolean): string {
  return `${current ? x.limits.timeoutPartial(seconds) : x.limits.timeout(seconds)}${previous && !current ? ` ${x.limits.previousShown}` : ""}`;
}
