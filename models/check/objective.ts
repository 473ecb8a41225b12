import type { Goal } from "../scenario/index.js";
import { capitalByYear, runningCost } from "./budget.js";
import type { CheckContext } from "./context.js";
import type { RuleFigures } from "./ratio.js";
import type { UnitFigures } from "./units.js";
import { agree, fmt, violation, type Violation } from "./violation.js";

const GOAL_ZH: Readonly<Record<Goal, string>> = { binding: "约束性缺口", equity: "公平性（最大相对缺口）", expected: "预期性目标偏差", cost: "费用" };

/** One target's term of the `expected` goal: Σ weight × (relative shortfall + relative surplus). */
function expectedTerm(ctx: CheckContext, units: readonly UnitFigures[]): number {
  const byPopulation = ctx.scenario.objective.normalisation === "population";
  const mean = units.reduce((a, u) => a + u.population, 0) / Math.max(1, units.length);
  let sum = 0;
  for (const u of units) {
    const factor = byPopulation ? (mean > 0 ? u.population / mean : 0) : 1;
    sum += u.target.weight * (u.relShortfall + u.relSurplus) * factor;
  }
  return sum;
}

/** The four goal values of docs/model.md "Objective", recomputed. */
export function goalValues(ctx: CheckContext, units: readonly (readonly UnitFigures[])[], rules: readonly RuleFigures[] = []): Readonly<Record<Goal, number>> {
  let binding = 0;
  let equity = 0;
  let expected = 0;
  for (const r of rules) {
    if (r.rule.nature === "binding") binding += r.deficit / r.scale;
    else if (r.rule.nature === "expected") expected += r.deficit / r.scale;
  }
  for (const list of units) {
    const nature = list[0]?.target.nature;
    if (nature === "binding") {
      for (const u of list) binding += u.relShortfall;
    } else if (nature === "expected") {
      for (const u of list) equity = Math.max(equity, u.relShortfall);
      expected += expectedTerm(ctx, list);
    }
  }
  const capital = capitalByYear(ctx).reduce((a, b) => a + b, 0);
  return { binding, equity, expected, cost: capital + runningCost(ctx, "added") };
}

/** `result.objective`: each goal reported and equal to its recomputation. */
export function checkObjective(ctx: CheckContext, units: readonly (readonly UnitFigures[])[], rules: readonly RuleFigures[] = []): Violation[] {
  const want = goalValues(ctx, units, rules);
  const got = ctx.result.objective as Partial<Record<Goal, number>>;
  const out: Violation[] = [];
  for (const g of ["binding", "equity", "expected", "cost"] as const) {
    const a = got[g];
    if (a !== undefined && agree(a, want[g])) continue;
    out.push(violation("objective", `objective ${g}`, `目标值 ${GOAL_ZH[g]} 报告为 ${fmt(a)}，重算为 ${fmt(want[g])}`, `objective ${g} reported ${fmt(a)}, recomputed ${fmt(want[g])}`, want[g], a));
  }
  return out;
}
