import { describe, expect, it } from "vitest";
import { isolatedSolve } from "../../bin/fuzz-isolated.js";
import { runCampaign } from "../../models/fuzz/campaign.js";

/**
 * The seeded fuzz run of `npm test` (docs/fuzzing.md): 200 random scenarios solved by every solver, each
 * result checked by the independent checker and against the other solvers. Smaller towns and time limits
 * than `npm run fuzz`, so that it stays well under a minute on two cores; solves run in worker threads,
 * killed when they overrun, so that a solver stuck in a loop is reported, not waited for.
 */
describe("fuzz: 200 seeded scenarios, every solver, independent checker", () => {
  it("finds nothing wrong (seed 1)", { timeout: 240_000 }, async () => {
    const solve = isolatedSolve((limit) => limit + 4000);
    try {
      const summary = await runCampaign({ runs: 200, seed: 1, maxTowns: 12, solvers: ["jslp", "highs", "fast"], timeLimitMs: 3000, solve });
      const report = summary.failures.map((c) => `seed ${c.scenario.seed} [${c.scenario.features.join(" ")}]\n${c.report.findings.map((f) => `  [${f.kind}] ${f.solvers.join("/")}: ${f.message}`).join("\n")}`);
      expect(report.join("\n")).toBe("");
      expect(summary.failed).toBe(0);
      // The run exercised what it claims to: plans, unmet binding targets, contradictions, and the fast path.
      expect(summary.statuses["highs"]?.["optimal"]).toBeGreaterThan(50);
      expect(summary.statuses["highs"]?.["unmet"]).toBeGreaterThan(10);
      expect(summary.statuses["highs"]?.["infeasible"]).toBeGreaterThan(5);
      expect(summary.statuses["fast"]?.["optimal"]).toBeGreaterThan(5);
    } finally {
      await solve.close();
    }
  });
});
