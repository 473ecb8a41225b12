import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import { drawNeeds, evaluateNeeds } from "../../../models/montecarlo/evaluate.js";
import { drawPopulations } from "../../../models/montecarlo/draws.js";
import { quantileScenario } from "../../../models/montecarlo/robust.js";
import { runMonteCarlo } from "../../../models/montecarlo/run.js";
import { empiricalQuantile } from "../../../models/montecarlo/stats.js";
import { serialExecutor } from "../../../models/montecarlo/runner.js";
import { threeTowns } from "../fixtures.js";

const s = threeTowns((x) => (x.budgets.capital.total = 5000));
const options = { draws: 1000, seed: 7, spread: 0.01, correlation: 0.5, mode: "evaluate" as const, robust: 0.9 };

describe("quantileScenario", () => {
  it("puts each zone's population at its α-quantile over the draws", () => {
    const q = quantileScenario(s, options, 0.9);
    const draws = Array.from({ length: 1000 }, (_, d) => drawPopulations(s, options, d));
    for (const [zi, z] of q.zones.entries()) {
      expect(z.population["2025"]).toBe(empiricalQuantile(draws.map((d) => d[zi]!["2025"]!), 0.9));
      expect(z.population["2020"]).toBe(s.zones[zi]!.population["2020"]);
    }
  });
});

describe("the robust allocation", () => {
  it("passes the checker, meets each town in ≥ α of its own draws and about α of fresh ones", async () => {
    const out = await runMonteCarlo(s, options, { exec: serialExecutor });
    if (!out.ok) throw new Error(out.en);
    const r = out.report.robust!;
    expect(r.violations).toEqual([]);
    expect(r.result.status).toBe("optimal");
    // in sample: exactly the chance constraint
    const inSample = evaluateNeeds(r.result.coverage, drawNeeds(s, r.result.coverage, options, 0, options.draws));
    for (const l of inSample.lines) expect(l.pMet).toBeGreaterThanOrEqual(0.9);
    // out of sample: binomial standard error √(0.09 / 1000) ≈ 0.0095; allow three of them
    expect(r.fresh.draws).toBe(1000);
    for (const l of r.fresh.lines) expect(l.pMet).toBeGreaterThan(0.9 - 0.03);
    // the central allocation (supply = central need) only meets about half
    for (const l of out.report.evaluation.lines) expect(l.pMet).toBeLessThan(0.6);
    expect(r.result.objective.cost).toBeGreaterThan(out.report.base.objective.cost);
  });
});
