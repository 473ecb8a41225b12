import { describe, expect, it } from "vitest";
import { runMonteCarlo } from "../../../models/montecarlo/run.js";
import { serialExecutor } from "../../../models/montecarlo/runner.js";
import { bandData, reportTargets, robustDifferences, unitRows } from "../../../src/views/uncertainty/uncertainty-data.js";
import { threeTowns } from "../../models/fixtures.js";

describe("uncertainty view data", () => {
  it("names each unit, pairs it with the robust line and lists what the robust allocation adds differently", async () => {
    const s = threeTowns((x) => (x.budgets.capital.total = 5000));
    const out = await runMonteCarlo(s, { draws: 200, seed: 9, spread: 0.01, correlation: 0.5, mode: "evaluate", robust: 0.9 }, { exec: serialExecutor });
    if (!out.ok) throw new Error(out.en);
    const r = out.report;
    expect(reportTargets(s, r)).toEqual(["bedsPer1000"]);
    const rows = unitRows(s, r, "bedsPer1000", "zh-CN");
    expect(rows.map((u) => u.label)).toEqual(["甲镇", "乙镇", "丙镇"]);
    for (const u of rows) {
      expect(u.robust).not.toBeNull();
      expect(u.robust!.supplied).toBeGreaterThan(u.line.supplied);
    }
    const bands = bandData(rows);
    expect(bands[0]!.coverage).toEqual(rows[0]!.line.coverage);
    expect(bands[0]!.robust!.pMet).toBe(rows[0]!.robust!.pMet);
    const diff = robustDifferences(r);
    expect(diff.map((d) => d.facility)).toEqual(["hcA", "hcB", "hcC"]);
    for (const d of diff) expect(d.robust).toBeGreaterThan(d.base);
  });
});
