/**
 * Teaching mode, model side: a small dense-tableau simplex that records every step, shadow prices with
 * their ranges, and the budget curve. Pure TypeScript, no DOM; not the production solve path.
 */
export type * from "./types.js";
export { stepSimplex, stepStages } from "./simplex.js";
export { teachScenario, type TeachOutcome } from "./teach-scenario.js";
export { tableauPrices, inBudgetUnits } from "./sensitivity.js";
export { solverPrices, type SolverPriceOptions } from "./solver-prices.js";
export { budgetCurve, capitalBase, withCapital } from "./budget-curve.js";
export { TEACH_LIMITS, toStandardForm, type StandardForm } from "./standard-form.js";
