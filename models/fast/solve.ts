import type { AllocationModel } from "../lp/build.js";
import type { PhasedSolution } from "../lp/phases.js";
import type { Goal } from "../scenario/objective.js";
import type { FastStructure, FastUnit } from "./applies.js";
import { fillKnapsack } from "./knapsack.js";

/**
 * The smallest worst shortfall E ≥ 0 that the budget can buy: F(E) = Σ p_u · max(0, g_u − E) ≤ budget
 * over the units with an equity row. F is convex, piecewise linear and decreasing, with breakpoints at
 * the gaps g_u; walking the breakpoints from the largest gap down, on the segment where F crosses the
 * budget E = (Σ p_u g_u − budget) / Σ p_u over the units above it — exact, no bisection tolerance.
 * Units with p_u = 0 (coverage that costs no budget) never bind.
 */
export function equityLevel(units: readonly FastUnit[], y: Float64Array, budget: number): number {
  // Gaps left after the binding phase, largest first.
  const open = units.flatMap((u, k) => (u.equity && u.p > 0 && u.g - y[k]! > 0 ? [{ gap: u.g - y[k]!, p: u.p }] : [])).sort((a, b) => b.gap - a.gap);
  let S = 0;
  let C = 0;
  for (let k = 0; k < open.length; k++) {
    S += open[k]!.p * open[k]!.gap;
    C += open[k]!.p;
    const next = k + 1 < open.length ? open[k + 1]!.gap : 0;
    if (S - C * next > budget) return Math.min(open[k]!.gap, Math.max(next, (S - budget) / C));
  }
  return 0;
}

/**
 * Solves the separable allocation problem exactly (docs/model.md, "Fast path"), phase by phase in the
 * default lexicographic order, in unit space (y_u = relative coverage added, shortfall g_u − y_u):
 *
 * 1. binding — minimise Σ b_u (g_u − y_u) under the budget: a fractional knapsack filled by b_u / p_u;
 * 2. equity — the least worst shortfall E* the remaining budget can buy (`equityLevel`); every unit
 *    with an equity row gets y_u = g_u − E* where its gap is larger;
 * 3. expected — minimise Σ w_u (g_u − y_u) with what is left: a fractional knapsack by w_u / p_u (when
 *    E* > 0 the budget is spent exactly by step 2, so nothing is left);
 * 4. cost — nothing more is added; among equal-ratio items the knapsacks fill the cheapest in the cost
 *    goal first, which is the choice the cost phase makes among the optima of the earlier goals.
 *
 * Returns the solution in the AllocationModel's column space: each unit's coverage is added at its own
 * facility, shortfall columns are g_u − y_u, the equity column is E*.
 */
export function solveFast(am: AllocationModel, st: FastStructure): PhasedSolution {
  const t0 = performance.now();
  const { units } = st;
  const y = new Float64Array(units.length);
  let left = st.budget;
  const spend = (taken: Map<number, number>) => {
    for (const [k, v] of taken) y[k]! += v;
  };
  const goals = new Set<Goal>((Object.keys(am.goals) as Goal[]).filter((g) => am.goals[g].length > 0));

  if (goals.has("binding")) {
    const items = units.map((u, k) => ({ index: k, cap: u.g, value: u.b, price: u.p, cost: u.q }));
    const r = fillKnapsack(items, left);
    spend(r.taken);
    left = r.left;
  }
  let worst = 0;
  if (goals.has("equity")) {
    worst = equityLevel(units, y, left);
    units.forEach((u, k) => {
      if (!u.equity) return;
      const need = u.g - y[k]! - worst;
      if (need <= 0) return;
      y[k]! += need;
      left -= need * u.p;
    });
    left = worst > 0 ? 0 : Math.max(0, left);
  }
  if (goals.has("expected")) {
    const items = units.map((u, k) => ({ index: k, cap: u.g - y[k]!, value: u.w, price: u.p, cost: u.q }));
    const r = fillKnapsack(items, left);
    spend(r.taken);
    left = r.left;
  }

  const values = new Float64Array(am.model.columns.length);
  units.forEach((u, k) => {
    values[u.own] = y[k]! / u.a;
    values[u.sf] = Math.max(0, u.g - y[k]!);
  });
  if (st.equityCol >= 0) values[st.equityCol] = units.reduce((a, u) => (u.equity ? Math.max(a, values[u.sf]!) : a), 0);
  const goalValues: Partial<Record<Goal, number>> = {};
  for (const g of goals) goalValues[g] = am.goals[g].reduce((a, [c, v]) => a + v * values[c]!, 0);
  const last = [...goals].at(-1);
  const ms = performance.now() - t0;
  return {
    status: "optimal",
    solution: { status: "optimal", objective: last ? goalValues[last]! : 0, values, ms },
    model: am.model,
    goalValues,
    phases: goals.size,
    ms,
  };
}
