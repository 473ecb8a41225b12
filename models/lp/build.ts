import { computeNeed, type Need } from "../need.js";
import type { Goal } from "../scenario/objective.js";
import type { Scenario } from "../scenario/scenario.js";
import { addBudgets } from "./budget.js";
import { ModelBuilder } from "./builder.js";
import { addColumns } from "./columns.js";
import type { BuildContext } from "./context.js";
import { addCoverage } from "./coverage.js";
import { addLimits, addStaffRatios, addSubCentreRequirements } from "./facility.js";
import { addSiting } from "./siting.js";
import type { LinearModel, RowLabel } from "./types.js";

/** The model of a scenario: the LP/MIP, each goal's objective coefficients, and what maps back to the scenario. */
export type AllocationModel = {
  readonly model: LinearModel;
  /** Sparse objective of each goal: [column, coefficient]. */
  readonly goals: Readonly<Record<Goal, readonly (readonly [number, number])[]>>;
  readonly need: Need;
  readonly years: readonly number[];
  /** Rules that cannot hold whatever is added; non-empty means infeasible without solving. */
  readonly impossible: readonly RowLabel[];
  /** Whether any column is integer (a MIP). */
  readonly integer: boolean;
};

/**
 * Builds the allocation LP/MIP of a scenario (docs/model.md): additions, coverage with relative
 * shortfall, bands, equity, budgets, limits, staff ratios, siting. Pure: the scenario is not touched.
 */
export function buildModel(s: Scenario, need: Need = computeNeed(s)): AllocationModel {
  const b = new ModelBuilder();
  const years = need.years;
  const add = addColumns(s, years, b);
  const nR = s.resources.length;
  const ctx: BuildContext = {
    s,
    need,
    years,
    b,
    addCol: (f, r, y) => add[(f * nR + r) * years.length + y]!,
    resourceIndex: new Map(s.resources.map((r, i) => [r.id, i])),
    siteCol: new Map(),
    goals: { binding: new Map(), equity: new Map(), expected: new Map(), cost: new Map() },
    shortfallCol: new Map(),
    impossible: [],
  };
  addSiting(ctx);
  addCoverage(ctx);
  addBudgets(ctx);
  addLimits(ctx);
  addStaffRatios(ctx);
  addSubCentreRequirements(ctx);
  const model = b.finish(s.region.id);
  const goals = Object.fromEntries(Object.entries(ctx.goals).map(([g, m]) => [g, [...m.entries()]])) as Record<Goal, [number, number][]>;
  return { model, goals, need, years, impossible: ctx.impossible, integer: model.columns.some((c) => c.integer) };
}
