import type { AllocationResult } from "../result-types.js";
import type { Scenario } from "../scenario/index.js";
import { checkBinding } from "./binding.js";
import { checkBudgets } from "./budget.js";
import { indexContext } from "./context.js";
import { checkCoverage } from "./coverage.js";
import { checkLimits } from "./limits.js";
import { checkObjective } from "./objective.js";
import { checkRatios, ruleFigures } from "./ratio.js";
import { checkSiting } from "./siting.js";
import { checkNonPlan, checkStructure } from "./structure.js";
import { computeUnits } from "./units.js";
import type { Violation } from "./violation.js";

export type { Violation, ViolationKind } from "./violation.js";

/**
 * The independent checker: re-evaluates every constraint and every reported figure of an allocation
 * result from the scenario alone (docs/model.md), without the model builder's code. Returns the
 * violations found, `[]` for a sound result. A result without a plan (`infeasible`, `timeout`,
 * `error`) is sound when it carries no allocation and no coverage.
 */
export function checkResult(scenario: Scenario, result: AllocationResult): Violation[] {
  if (result.status !== "optimal" && result.status !== "unmet") return checkNonPlan(result);
  const ctx = indexContext(scenario, result);
  const units = computeUnits(ctx);
  const rules = ruleFigures(ctx);
  return [
    ...checkStructure(ctx),
    ...checkLimits(ctx),
    ...checkCoverage(ctx, units),
    ...checkBinding(ctx, units, rules),
    ...checkBudgets(ctx),
    ...checkRatios(ctx, rules),
    ...checkSiting(ctx),
    ...checkObjective(ctx, units, rules),
  ];
}
