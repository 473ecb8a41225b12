import { describe, expect, it } from "vitest";
import { buildModel, chooseSolver, generateScenario, solveScenario, type AllocationModel } from "../../models/index.js";
import { scenarioOf, threeTowns } from "./fixtures.js";

/** A stand-in model of the given shape: chooseSolver reads only sizes and integrality. */
function shaped(rows: number, cols: number, integers = 0): AllocationModel {
  const model = buildModel(threeTowns());
  const column = model.model.columns[0]!;
  return {
    ...model,
    model: { ...model.model, rows: new Array(rows).fill(model.model.rows[0]), columns: Array.from({ length: cols }, (_, j) => ({ ...column, integer: j < integers })) },
  };
}

describe("chooseSolver", () => {
  it("chooseSolver(auto) gives a district-sized LP to javascript-lp-solver and says why", () => {
    const pick = chooseSolver(buildModel(scenarioOf(generateScenario({ towns: 25, seed: 1 }))));
    expect(pick.ok && pick.solver.name).toBe("jslp");
    expect(pick.ok && pick.reason).toMatch(/^auto: small model/);
  });

  it("chooseSolver(auto) gives a large model or many integers to HiGHS", () => {
    expect(chooseSolver(shaped(1000, 401)).ok && (chooseSolver(shaped(1000, 401)) as { reason: string }).reason).toMatch(/large model/);
    const ints = chooseSolver(shaped(10, 100, 61));
    expect(ints.ok && ints.solver.name).toBe("highs");
    expect(ints.ok && ints.reason).toMatch(/many integer variables/);
  });

  it("chooseSolver(jslp) refuses a model beyond its memory and names HiGHS in both languages", () => {
    const pick = chooseSolver(shaped(7000, 6000), "jslp");
    expect(pick.ok).toBe(false);
    if (pick.ok) return;
    expect(pick.en).toMatch(/use HiGHS/);
    expect(pick.zh).toMatch(/请改用 HiGHS/);
  });

  it("chooseSolver(fast) names HiGHS as the LP solver for what needs one (export, diagnosis)", () => {
    const pick = chooseSolver(buildModel(threeTowns()), "fast");
    expect(pick.ok && pick.solver.name).toBe("highs");
    expect(pick.ok && pick.reason).toMatch(/^fast path requested/);
  });
});

describe("automatic choice in solveScenario", () => {
  it("takes the fast path for a separable model and says so in result.solver", async () => {
    const r = await solveScenario(scenarioOf(generateScenario({ towns: 25, seed: 1 })), { marginal: false });
    expect(r.solver.name).toBe("fast");
    expect(r.solver.reason).toMatch(/^auto: fast path — separable allocation, exact \(124 need units, one capital budget\)/);
  });

  it("falls back to an LP solver for a model with rules and names the reason", async () => {
    const input = generateScenario({ towns: 10, seed: 1 });
    const r = await solveScenario(scenarioOf({ ...input, budgets: { ...input.budgets, recurring: { total: 1e6, basis: "added" } } }), { marginal: false });
    expect(r.solver.name).toBe("jslp");
    expect(r.solver.reason).toMatch(/^auto: small model .*; fast path does not apply: a recurring budget$/);
  });
});
