import { describe, expect, it } from "vitest";
import { checkResult } from "../../models/check/index.js";
import { solveScenario, type SolverChoice } from "../../models/index.js";
import { addedOf, threeTowns } from "./fixtures.js";

const SOLVERS: SolverChoice[] = ["jslp", "highs"];

describe.each(SOLVERS)("solveScenario with %s", (solver) => {
  it("solveScenario(three towns) equalises relative shortfall at 5/36 (worked on paper)", async () => {
    // Needs 60/120/180 beds, existing 40/100/120: gaps 20/20/60. The budget buys 500/10 = 50 beds.
    // Minimax: (20−a)/60 = (20−b)/120 = (60−c)/180 = E with a+b+c = 50 → 100 − 360E = 50 → E = 5/36,
    // a = 20 − 60E = 11.667, b = 20 − 120E = 3.333, c = 60 − 180E = 35.
    const r = await solveScenario(threeTowns(), { solver });
    expect(r.status).toBe("optimal");
    expect(r.objective.equity).toBeCloseTo(5 / 36, 6);
    const add = addedOf(r);
    expect(add["hcA"]).toBeCloseTo(35 / 3, 3);
    expect(add["hcB"]).toBeCloseTo(10 / 3, 3);
    expect(add["hcC"]).toBeCloseTo(35, 3);
    expect(r.budget[0]!.used).toBeCloseTo(500, 3);
    expect(checkResult(threeTowns(), r)).toEqual([]);
  });

  it("solveScenario reports a binding target the budget cannot meet with its exact gap", async () => {
    // Binding: minimise Σ relative shortfall. A bed is worth 1/60 in A, 1/120 in B, 1/180 in C, so the
    // 50 beds fill A (20), then B (20), then 10 go to C: C stays 60 − 10 = 50 beds short.
    const s = threeTowns((x) => (x.targets[0].nature = "binding"));
    const r = await solveScenario(s, { solver });
    expect(r.status).toBe("unmet");
    expect(r.explanation.unmet).toHaveLength(1);
    expect(r.explanation.unmet[0]).toMatchObject({ target: "bedsPer1000", unit: "C" });
    expect(r.explanation.unmet[0]!.gap).toBeCloseTo(50, 4);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario adds whole beds when the resource comes in whole units (worked on paper)", async () => {
    // Integer minimax: c = 35 (25/180), a = 12 (8/60), b = 3 (17/120) gives E = 17/120; every other split
    // of 50 beds leaves some town above 17/120 (a = 11 → 9/60 = 0.15; c = 34 → 26/180 = 0.144).
    const s = threeTowns((x) => (x.resources[0].wholeUnits = true));
    const r = await solveScenario(s, { solver });
    expect(r.status).toBe("optimal");
    expect(addedOf(r)).toEqual({ hcA: 12, hcB: 3, hcC: 35 });
    expect(r.objective.equity).toBeCloseTo(17 / 120, 9);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario keeps supply inside a band: no surplus above its upper need", async () => {
    // Zone band 5–6 per 1,000 and a region-wide 8 per 1,000 with money to spare, expected targets first:
    // a bed above a town's band adds 1/upperNeed(town) ≥ 1/180 of relative surplus but removes only 1/480
    // of region shortfall, so every town stops at 6 per 1,000: 60 / 120 / 180 beds. (With equity first the
    // region's 8 per 1,000 would lead instead: equity is the worst relative shortfall, surplus is not in it.)
    const s = threeTowns((x) => {
      x.targets[0].ratio = 5;
      x.targets[0].upper = 6;
      x.targets.push({ id: "regionBeds", resource: "beds", ratio: 8, per: 1000, scope: "region", year: 2025, nature: "expected" });
      x.budgets.capital.total = 100000;
      x.objective = { order: ["binding", "expected", "equity", "cost"] };
    });
    const r = await solveScenario(s, { solver });
    const totals = Object.fromEntries(r.allocation.map((l) => [l.facility, l.total]));
    expect(totals["hcA"]).toBeCloseTo(60, 4);
    expect(totals["hcB"]).toBeCloseTo(120, 4);
    expect(totals["hcC"]).toBeCloseTo(180, 4);
    expect(r.coverage.filter((c) => c.target === "bedsPer1000").every((c) => c.surplus < 1e-6)).toBe(true);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario splits a shared hospital's beds across towns by catchment share", async () => {
    // A district hospital with 200 beds serves A (25%) and B (75%): A gets 40 + 50 = 90 ≥ 60 needed,
    // B gets 100 + 150 = 250 ≥ 120; only C (120 of 180) is short, and the budget goes there: 50 beds.
    const s = threeTowns((x) => {
      x.facilities.push({ id: "dh", name: { zh: "区医院", en: "District hospital" }, tier: "districtGeneralHospital", zone: "A", existing: { beds: 200 }, catchment: [{ zone: "A", share: 0.25 }, { zone: "B", share: 0.75 }], limits: { noGrowth: ["beds"] } });
    });
    const r = await solveScenario(s, { solver });
    const cov = Object.fromEntries(r.coverage.map((c) => [c.unit, c.supplied]));
    expect(cov["A"]).toBeCloseTo(90, 6);
    expect(cov["B"]).toBeCloseTo(250, 6);
    expect(addedOf(r)["hcC"]).toBeCloseTo(50, 4);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario chooses exactly K sub-centres, the cheapest to raise to the standard", async () => {
    // Choose 2 of 3 centres; a sub-centre must hold 110 beds. B (100 → +10) and C (120, already there)
    // cost 10 beds; any pair with A costs at least 70. Equity then spends the rest as usual.
    const s = threeTowns((x) => {
      for (const f of x.facilities) f.subCentreCandidate = true;
      x.rules = { siting: { min: 2, max: 2, requirements: { beds: 110 }, upgradeCost: 0 } };
      x.targets[0].ratio = 4;
    });
    const r = await solveScenario(s, { solver });
    expect(r.status).toBe("optimal");
    expect([...r.subCentres].sort()).toEqual(["hcB", "hcC"]);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario honours a siting quota that forces a town's centre in", async () => {
    // Town A's quota forces hcA in (+70 beds to reach 110, 700 万元, so the budget is raised to 1,000).
    const s = threeTowns((x) => {
      x.budgets.capital.total = 1000;
      for (const f of x.facilities) f.subCentreCandidate = true;
      x.rules = { siting: { min: 2, max: 2, quotas: [{ zones: ["A"], min: 1, max: 1 }], requirements: { beds: 110 }, upgradeCost: 0 } };
      x.targets[0].ratio = 4;
    });
    const r = await solveScenario(s, { solver });
    expect(r.subCentres).toContain("hcA");
    expect(r.subCentres).toHaveLength(2);
    expect(addedOf(r)["hcA"]).toBeGreaterThanOrEqual(70 - 1e-6);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario holds a doctor:nurse ratio in every facility", async () => {
    const s = threeTowns((x) => {
      x.resources.push({ id: "doctors", name: { zh: "医师", en: "Doctors" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 1, runningCost: 0, wholeUnits: false });
      x.resources.push({ id: "nurses", name: { zh: "护士", en: "Nurses" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 1, runningCost: 0, wholeUnits: false });
      x.facilities.forEach((f: any, i: number) => Object.assign(f.existing, { doctors: 20 + i * 10, nurses: 18 }));
      x.targets.push({ id: "doctorsPer1000", resource: "doctors", ratio: 3, per: 1000, scope: "zone", year: 2025, nature: "expected" });
      x.rules = { staffRatios: [{ id: "doctorNurse", numerator: ["nurses"], denominator: ["doctors"], min: 1.3, scope: "facility" }] };
      x.budgets.capital.total = 2000;
    });
    const r = await solveScenario(s, { solver });
    for (const f of ["hcA", "hcB", "hcC"]) {
      const get = (res: string) => r.allocation.find((l) => l.facility === f && l.resource === res)!.total;
      expect(get("nurses")).toBeGreaterThanOrEqual(1.3 * get("doctors") - 1e-6);
    }
    expect(checkResult(s, r)).toEqual([]);
  });

  it("solveScenario names the budget when a forced sub-centre cannot be afforded", async () => {
    const s = threeTowns((x) => {
      for (const f of x.facilities) f.subCentreCandidate = true;
      x.rules = { siting: { min: 2, max: 2, quotas: [{ zones: ["A"], min: 1, max: 1 }], requirements: { beds: 110 }, upgradeCost: 0 } };
    });
    const r = await solveScenario(s, { solver });
    expect(r.status).toBe("infeasible");
    expect(r.message?.en).toMatch(/capital budget/);
  });

  it("solveScenario names contradicting rules instead of a bare infeasible", async () => {
    // A minimum of 150 beds at A (+110 beds = 1,100 万元) against a 500 万元 budget.
    const s = threeTowns((x) => (x.facilities[0].limits = { min: { beds: 150 } }));
    const r = await solveScenario(s, { solver });
    expect(r.status).toBe("infeasible");
    expect(r.message?.en).toMatch(/capital budget/);
    expect(r.message?.zh).toMatch(/资本预算/);
    expect(r.allocation).toEqual([]);
  });
});

describe("solveScenario numerics", () => {
  it("solveScenario stays exact with a city of a million and a ratio of 1e-5", async () => {
    // Psychiatrists: 1 per 100,000 over towns of 8,000 and 1,000,000 people.
    const s = threeTowns((x) => {
      x.zones[0].population["2025"] = 8000;
      x.zones[2].population["2025"] = 1_000_000;
      x.resources.push({ id: "psy", name: { zh: "精神科医师", en: "Psychiatrists" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 2, runningCost: 0, wholeUnits: false });
      x.targets.push({ id: "psyPer100k", resource: "psy", ratio: 1, per: 100000, scope: "zone", year: 2025, nature: "expected" });
      x.budgets.capital.total = 100000;
    });
    for (const solver of SOLVERS) {
      const r = await solveScenario(s, { solver });
      expect(r.status).toBe("optimal");
      const psy = Object.fromEntries(r.coverage.filter((c) => c.target === "psyPer100k").map((c) => [c.unit, c.supplied]));
      expect(psy["A"]).toBeCloseTo(0.08, 9);
      expect(psy["C"]).toBeCloseTo(10, 6);
      expect(checkResult(s, r)).toEqual([]);
    }
  });
});
