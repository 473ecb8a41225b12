import { describe, expect, it } from "vitest";
import { buildModel, jsLpSolver, solvePhases, type Solver } from "../../../models/index.js";
import { threeTowns } from "../fixtures.js";

describe("solvePhases", () => {
  it("solvePhases keeps the previous phase's allocation when a later phase comes back infeasible, and says so", async () => {
    const s = threeTowns();
    let calls = 0;
    const flaky: Solver = { name: "jslp", solve: async (m, o) => (++calls === 2 ? { status: "infeasible", objective: NaN, values: new Float64Array(m.columns.length), ms: 0 } : jsLpSolver.solve(m, o)) };
    const r = await solvePhases(buildModel(s), s.objective, flaky);
    expect(r.status).toBe("optimal");
    expect(r.phases).toBe(1);
    expect(r.message).toMatch(/phase expected skipped/);
    expect(r.goalValues.equity).toBeCloseTo(5 / 36, 6);
  });

  it("solvePhases reports infeasible when the first phase is", async () => {
    const s = threeTowns();
    const none: Solver = { name: "jslp", solve: async (m) => ({ status: "infeasible", objective: NaN, values: new Float64Array(m.columns.length), ms: 0 }) };
    expect((await solvePhases(buildModel(s), s.objective, none)).status).toBe("infeasible");
  });
});
