import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
