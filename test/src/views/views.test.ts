import { describe, expect, it } from "vitest";
import type { Proposal } from "../../../src/state/types.js";
import { compareProposals, differs } from "../../../src/views/compare/compare-model.js";
import { targetFigure, targetName, unitName } from "../../../src/views/names.js";
import { allocationTable } from "../../../src/views/results/allocation-rows.js";
import { chartTargetOf, coverageData } from "../../../src/views/results/coverage-data.js";
import { summarise } from "../../../src/views/results/summary.js";
import { solved, threeTowns } from "../helpers.js";

const labels = { capital: "资本", recurring: "经常", worst: "最大缺口", short: "未达标", added: (r: string) => `新增${r}` };

async function proposal(name: string, capital: number): Promise<Proposal> {
  const s = { ...threeTowns(), budgets: { capital: { total: capital } } };
  const c = await solved(s);
  return { id: name, name, savedAt: "2025-01-01T00:00:00.000Z", workspace: "example:three-towns", scenario: s, result: c.result, violations: c.violations };
}

describe("result views", () => {
  it("allocationTable(s, r) lays out existing / added / total per facility and resource with totals", async () => {
    const s = threeTowns();
    const { result } = await solved(s);
    const t = allocationTable(s, result);
    expect(t.resources).toEqual(["beds"]);
    expect(t.rows.map((r) => r.facility)).toEqual(["hcA", "hcB", "hcC"]);
    expect(t.totals[0]!.existing).toBe(260);
    expect(t.totals[0]!.added).toBeCloseTo(50, 4);
    expect(t.totals[0]!.total).toBeCloseTo(310, 4);
  });

  it("summarise(r) gives capital use, worst relative shortfall and units meeting targets", async () => {
    const { result } = await solved(threeTowns());
    const sum = summarise(result);
    expect(sum.capital?.limit).toBe(500);
    expect(sum.recurring).toBeNull();
    expect(sum.worstGap).toBeCloseTo(0.1389, 3);
    expect([sum.unitsMet, sum.units]).toEqual([0, 3]);
  });

  it("coverageData(s, r, target) names the units; chartTargetOf prefers the chosen, then a zone-scoped target", async () => {
    const s = threeTowns();
    const { result } = await solved(s);
    expect(coverageData(s, result, "bedsPer1000", "zh-CN").map((d) => d.label)).toEqual(["甲镇", "乙镇", "丙镇"]);
    expect(chartTargetOf(s, "nope")?.id).toBe("bedsPer1000");
    expect(chartTargetOf({ ...s, targets: [] }, null)).toBeUndefined();
  });

  it("names targets, figures and units in both languages", () => {
    const s = threeTowns();
    const t = s.targets[0]!;
    expect(targetName(s, t, "zh-CN")).toBe("每千常住人口床位");
    expect(targetName(s, t, "en")).toBe("Beds per 1,000 residents");
    expect(targetFigure({ ...t, upper: 6.5 }, "en")).toBe("6–6.5");
    expect(unitName(s, "region", "region", "zh-CN")).toBe("三镇示例");
    expect(unitName(s, "hcA", "catchment", "en")).toBe("Town A health centre");
  });
});

describe("compareProposals", () => {
  it("compareProposals(ps) lines up figures, coverage by zone and the facilities that differ most", async () => {
    const c = compareProposals([await proposal("多", 500), await proposal("少", 200)], null, "zh-CN", labels);
    expect(c.names).toEqual(["多", "少"]);
    expect(c.verdicts).toEqual(["plan", "plan"]);
    expect(c.sameScenario).toEqual([true, true]);
    const capital = c.metrics.find((m) => m.key === "capital")!;
    expect(capital.values.map((v) => Math.round(v!))).toEqual([500, 200]);
    expect(c.metrics.find((m) => m.key === "added:beds")!.values.map((v) => Math.round(v!))).toEqual([50, 20]);
    expect(c.target).toEqual({ id: "bedsPer1000", label: "每千常住人口床位", per: 1000 });
    expect(c.zones.map((z) => z.label).sort()).toEqual(["丙镇", "乙镇", "甲镇"]);
    expect(c.zones.every((z) => z.target === 6)).toBe(true);
    expect(c.facilities.length).toBeGreaterThan(0);
    expect(c.facilities[0]!.label).toMatch(/卫生院 · 床位$/);
  });

  it("differs(a, b) ignores rounding noise", () => {
    expect(differs(1, 1 + 1e-9)).toBe(false);
    expect(differs(1, 1.01)).toBe(true);
    expect(differs(null, 1)).toBe(true);
    expect(differs(null, null)).toBe(false);
  });
});
