import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import { computeNeed, solveScenario } from "../../../models/index.js";
import { scenarioOf, threeTowns } from "../fixtures.js";

/*
 * Switches and scopes added for structural what-ifs: a target or rule switched off, a target for some
 * zones only, no capital limit, recurring budgets by year. Three towns A/B/C (10k/20k/30k) with beds
 * 40/100/120 and 6 beds per 1,000: needs 60/120/180, gaps 20/20/60 (2,000 … 600 万元 at 10 万元 a bed).
 */
describe("targets switched off and for some zones", () => {
  it("computeNeed(scenario) gives no unit to a target with enabled false", () => {
    const s = threeTowns((x) => (x.targets[0].enabled = false));
    expect(computeNeed(s).units).toHaveLength(0);
  });

  it("computeNeed(scenario) gives zone units only for the target's zones", () => {
    const s = threeTowns((x) => (x.targets[0].zones = ["B", "C"]));
    expect(computeNeed(s).units.map((u) => [u.unit, u.need])).toEqual([["B", 120], ["C", 180]]);
  });

  it("computeNeed(scenario) counts a region target over its zones, supplied through catchment shares", () => {
    const s = threeTowns((x) => {
      x.targets[0] = { ...x.targets[0], scope: "region", zones: ["A", "B"] };
      x.facilities[2].catchment = [{ zone: "B", share: 0.25 }, { zone: "C", share: 0.75 }];
    });
    const [u] = computeNeed(s).units;
    expect(u!.population).toBe(30000);
    expect(u!.need).toBe(180);
    expect(u!.contributors).toEqual([{ facility: 0, share: 1 }, { facility: 1, share: 1 }, { facility: 2, share: 0.25 }]);
  });

  it("solveScenario meets a binding target set for one town only and the checker agrees", async () => {
    const s = threeTowns((x) => (x.budgets.capital.total = 700, x.targets.push({ id: "bedsC", resource: "beds", ratio: 6, per: 1000, scope: "zone", zones: ["C"], year: 2025, nature: "binding" })));
    const r = await solveScenario(s, { solver: "highs", marginal: false });
    expect(r.status).toBe("optimal");
    expect(r.coverage.filter((c) => c.target === "bedsC").map((c) => [c.unit, c.shortfall])).toEqual([["C", 0]]);
    expect(checkResult(s, r)).toEqual([]);
  });
});

describe("budgets", () => {
  it("solveScenario without any capital limit meets every target and reports no capital line", async () => {
    const s = threeTowns((x) => (x.budgets = { capital: {} }));
    const r = await solveScenario(s, { solver: "highs", marginal: false });
    expect(r.status).toBe("optimal");
    expect(r.objective.expected).toBeCloseTo(0, 9);
    expect(r.budget.filter((b) => b.kind === "capital")).toEqual([]);
    expect(r.objective.cost).toBeCloseTo(1000, 6);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario holds a recurring limit per allocation year on the totals reached by that year", async () => {
    const s = scenarioOf({
      ...JSON.parse(JSON.stringify(threeTowns())),
      resources: [{ id: "beds", name: { zh: "床位", en: "Beds" }, unit: { zh: "张", en: "beds" }, kind: "bed", capitalCost: 10, runningCost: 1, wholeUnits: false }],
      budgets: { capital: { byYear: { "2023": 1000, "2025": 1000 } }, recurring: { byYear: { "2023": 30, "2025": 100 } } },
    });
    const r = await solveScenario(s, { solver: "highs", marginal: false });
    const rec = r.budget.filter((b) => b.kind === "recurring");
    expect(rec.map((b) => b.year)).toEqual([2023, 2025]);
    expect(rec[0]!.used).toBeLessThanOrEqual(30 + 1e-6);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("parseScenario rejects a recurring budget for a year that is not an allocation year, naming it", async () => {
    const { parseScenario } = await import("../../../models/index.js");
    const r = parseScenario({ ...JSON.parse(JSON.stringify(threeTowns())), budgets: { capital: { total: 100 }, recurring: { byYear: { "2023": 5 } } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe("budgets.recurring.byYear.2023");
  });
});

describe("utilisation band on a zero ratio (one meaning, docs/model.md)", () => {
  it("computeNeed gives no band and the checker finds none: a solved result passes", async () => {
    const s = threeTowns((x) => {
      x.targets[0] = { ...x.targets[0], ratio: 0, upper: 1, method: { kind: "utilisation", admissionRate: 0.15, avgStay: 8, occupancy: 0.85 } };
    });
    expect(computeNeed(s).units.every((u) => u.upperNeed === undefined)).toBe(true);
    const r = await solveScenario(s, { solver: "highs", marginal: false });
    expect(r.coverage.every((c) => c.upperNeed === undefined && c.surplus === 0)).toBe(true);
    expect(checkResult(s, r)).toEqual([]);
  });
});
