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
