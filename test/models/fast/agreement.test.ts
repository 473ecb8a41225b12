import { describe, expect, it } from "vitest";
import { generateScenario, solveScenario, type AllocationResult, type Goal } from "../../../models/index.js";
import { checkResult } from "../../../models/check/index.js";
import { scenarioOf } from "../fixtures.js";

const GOALS: readonly Goal[] = ["binding", "equity", "expected", "cost"];
const agree = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function disagreements(fast: AllocationResult, lp: AllocationResult): string[] {
  return GOALS.filter((g) => !agree(fast.objective[g], lp.objective[g])).map((g) => `${g}: fast ${fast.objective[g]} vs ${lp.solver.name} ${lp.objective[g]}`);
}

const CASES = [5, 20, 60].flatMap((towns, i) => [0.05, 0.4, 1.2].flatMap((budgetShare) => [false, true].map((binding) => ({ towns, seed: 11 + i, budgetShare, binding }))));

describe("fast path agrees with the LP solvers on generated scenarios", () => {
  it.each(CASES)("$towns towns, seed $seed, budget share $budgetShare, binding $binding", async (c) => {
    const s = scenarioOf(generateScenario(c));
    const fast = await solveScenario(s, { marginal: false });
    expect(fast.solver.name).toBe("fast");
    expect(fast.solver.reason).toMatch(/^auto: fast path/);
    expect(checkResult(s, fast)).toEqual([]);
    const highs = await solveScenario(s, { solver: "highs", marginal: false });
    expect(highs.status).toBe(fast.status);
    expect(disagreements(fast, highs)).toEqual([]);
    if (c.towns <= 20) {
      const jslp = await solveScenario(s, { solver: "jslp", marginal: false });
      expect(disagreements(fast, jslp)).toEqual([]);
    }
  }, 60_000);

  it("the marginal value of capital comes out of the fast path's re-solve too", async () => {
    const s = scenarioOf(generateScenario({ towns: 20, seed: 3 }));
    const r = await solveScenario(s);
    expect(r.solver.name).toBe("fast");
    expect(r.explanation.capitalValue).toBeGreaterThan(0);
  });
});
