import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isolatedSolve } from "../../bin/fuzz-isolated.js";
import { checkResult } from "../../models/check/index.js";
import { parseScenario } from "../../models/scenario/index.js";
import { solveScenario } from "../../models/solve.js";

/**
 * test/cases/jslp-defect.json: fuzz seed 252538981 with a recurring budget (so the fast path does not take it),
 * on which javascript-lp-solver 1.0.3 reports as optimal a point with a negative addition (−1.57 GPs).
 */
const scenario = () => {
  const p = parseScenario(JSON.parse(readFileSync(join(import.meta.dirname, "..", "cases", "jslp-defect.json"), "utf8")));
  if (!p.ok) throw new Error(p.issues.map((i) => i.en).join("; "));
  return p.value;
};

describe("javascript-lp-solver's self-check", () => {
  it("refuses the broken point when javascript-lp-solver is asked for, naming the bound it breaks", async () => {
    const r = await solveScenario(scenario(), { solver: "jslp", marginal: false });
    expect(r.status).toBe("error");
    expect(r.message?.en).toMatch(/breaks the bounds of add_gps_hc8_2025/);
    expect(r.allocation).toEqual([]);
  });

  it("the automatic choice falls back to HiGHS, says so, and the result passes the checker", async () => {
    const s = scenario();
    const r = await solveScenario(s, { marginal: false });
    expect(r.solver.name).toBe("highs");
    expect(r.solver.reason).toMatch(/javascript-lp-solver failed .*HiGHS used/);
    expect(["optimal", "unmet"]).toContain(r.status);
    expect(checkResult(s, r)).toEqual([]);
    const h = await solveScenario(s, { solver: "highs", marginal: false });
    expect(r.objective.expected).toBeCloseTo(h.objective.expected, 9);
  });
});

describe("javascript-lp-solver's pivot guard", () => {
  // Fuzz seed 1858945877 (31 towns, 392 × 631): the library's phase 2 cycles on the equity phase and never
  // returned. Solved in a worker thread that is killed on a hang, so a regression fails instead of hanging.
  const solve = isolatedSolve((limit) => limit + 30_000);
  afterAll(() => solve.close());
  const cycle = () => JSON.parse(readFileSync(join(import.meta.dirname, "..", "cases", "jslp-cycle.json"), "utf8"));

  it("stops the cycle (retrying in reverse order) and returns, instead of hanging", { timeout: 120_000 }, async () => {
    const p = parseScenario(cycle());
    if (!p.ok) throw new Error("invalid case");
    const outcome = await solve(p.value, "jslp", 60_000);
    expect("hang" in outcome).toBe(false);
    if (!("result" in outcome)) return;
    expect(["optimal", "unmet", "error"]).toContain(outcome.result.status);
    expect(checkResult(p.value, outcome.result)).toEqual([]);
  });

  it("honours the time limit inside the pivot loop: a 200 ms limit ends as a timeout, not a hang", { timeout: 120_000 }, async () => {
    const p = parseScenario(cycle());
    if (!p.ok) throw new Error("invalid case");
    const outcome = await solve(p.value, "jslp", 200);
    if (!("result" in outcome)) throw new Error("no answer: the guard did not stop the library");
    expect(outcome.result.status).toBe("timeout");
  });

  it("the automatic choice ends with a checked HiGHS result", { timeout: 120_000 }, async () => {
    const p = parseScenario(cycle());
    if (!p.ok) throw new Error("invalid case");
    const outcome = await solve(p.value, "auto", 60_000);
    if (!("result" in outcome)) throw new Error("no result");
    expect(outcome.result.solver.name).toBe("highs");
    expect(outcome.result.status).toBe("unmet");
    expect(checkResult(p.value, outcome.result)).toEqual([]);
  });
});

describe("the guard is installed", () => {
  it("javascript-lp-solver's Tableau.pivot is wrapped (a library update that renames it must fail here)", async () => {
    const mod = (await import("javascript-lp-solver")) as unknown as { default?: { Tableau?: { prototype: Record<string, unknown> } } };
    await import("../../models/solvers/js-lp-solver.js");
    expect(mod.default?.Tableau?.prototype["__cpGuard"]).toBe(true);
  });
});
