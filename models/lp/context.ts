import type { Need } from "../need.js";
import type { Goal } from "../scenario/objective.js";
import type { Scenario } from "../scenario/scenario.js";
import type { ModelBuilder } from "./builder.js";

/** Shared state while the constraint families are added (internal to `models/lp/`). */
export type BuildContext = {
  readonly s: Scenario;
  readonly need: Need;
  readonly years: readonly number[];
  readonly b: ModelBuilder;
  /** Column of `add` for facility f, resource r, year index y, or -1 where the resource may not grow. */
  readonly addCol: (f: number, r: number, y: number) => number;
  readonly resourceIndex: ReadonlyMap<string, number>;
  /** Sub-centre binary per candidate facility index. */
  readonly siteCol: Map<number, number>;
  /** Objective coefficients of each goal, by column. */
  readonly goals: Record<Goal, Map<number, number>>;
  /** Shortfall column per need unit (absent when existing stock already meets the need). */
  readonly shortfallCol: Map<number, number>;
  /** Rules that cannot hold whatever is added (the model is infeasible before any solve). */
  readonly impossible: { zh: string; en: string }[];
};

/** Adds `v` to goal `g`'s coefficient of column `c`. */
export function addGoal(ctx: BuildContext, g: Goal, c: number, v: number): void {
  if (v !== 0) ctx.goals[g].set(c, (ctx.goals[g].get(c) ?? 0) + v);
}

/** Terms Σ_{y ≤ year} x(f, r, y) × coef for one facility and resource. */
export function addTerms(ctx: BuildContext, f: number, r: number, coef: number, upToYear = Infinity): [number, number][] {
  const out: [number, number][] = [];
  ctx.years.forEach((year, y) => {
    const c = ctx.addCol(f, r, y);
    if (c >= 0 && year <= upToYear) out.push([c, coef]);
  });
  return out;
}
