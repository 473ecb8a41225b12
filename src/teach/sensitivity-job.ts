import { buildModel, phaseStages, type Scenario, type SolverChoice } from "../../models/index.js";
import { budgetCurve, capitalBase } from "../../models/teach/budget-curve.js";
import { tableauPrices } from "../../models/teach/sensitivity.js";
import { solverPricing } from "../../models/teach/solver-prices.js";
import type { TeachOutcome } from "../../models/teach/teach-scenario.js";
import type { BudgetCurve } from "../../models/teach/types.js";
import type { PricesAnswer } from "./protocol.js";

/**
 * Shadow prices at the last stage's optimum: read off the stepped tableau when the teaching simplex
 * reached the optimum (`stepped`), else from the solver's duals ranged by re-solving.
 */
export async function pricesOf(s: Scenario, stepped: TeachOutcome): Promise<PricesAnswer> {
  if (stepped.ok && stepped.run.status === "optimal") {
    // budget rows in 万元 (the limit as the bound, the price per 万元), as the solver's prices and the lessons' answers state them
    return { prices: tableauPrices(stepped.am.model, stepped.run, { scenario: s }), stage: stepped.run.stages.at(-1)?.name ?? "" };
  }
  const stages = phaseStages(buildModel(s), s.objective);
  const priced = await solverPricing(s);
  return { prices: priced.prices, stage: stages.at(-1)?.name ?? "", ...(priced.relaxed ? { relaxed: true } : {}), ...(priced.unpriced ? { unpriced: priced.unpriced } : {}) };
}

/** The budget curve from 0 to 2× the capital budget, or null without a capital budget. */
export async function curveOf(s: Scenario, solver: SolverChoice): Promise<BudgetCurve | null> {
  return capitalBase(s) > 0 ? budgetCurve(s, solver) : null;
}
