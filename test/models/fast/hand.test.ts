import { describe, expect, it } from "vitest";
import { buildModel, solveScenario } from "../../../models/index.js";
import { fastApplies } from "../../../models/fast/applies.js";
import { equityLevel, solveFast } from "../../../models/fast/solve.js";
import { checkResult } from "../../../models/check/index.js";
import { addedOf, threeTowns } from "../fixtures.js";

/**
 * three-towns.json: beds need 60 / 120 / 180 (6 per 1,000), existing 40 / 100 / 120, so the gaps are
 * 1/3, 1/6, 1/3; a bed costs 10 万元.
 */
describe("solveFast on three towns, worked by hand", () => {
  it("budget 500: F(E) = 1000 − 3600 E on [0, 1/6] gives E* = 5/36, beds 11⅔ / 3⅓ / 35", async () => {
    // On [1/6, 1/3] only A and C are open: F(E) = 2400 (1/3 − E) = 500 at E = 0.125 < 1/6, so the
    // crossing is on [0, 1/6], where F(E) = 1000 − 3600 E = 500 at E = 5/36.
    const r = await solveScenario(threeTowns(), { solver: "fast", marginal: false });
    expect(r.status).toBe("optimal");
    expect(r.solver.name).toBe("fast");
    expect(r.objective.equity).toBeCloseTo(5 / 36, 12);
    expect(r.objective.expected).toBeCloseTo(15 / 36, 12);
    expect(r.objective.cost).toBeCloseTo(500, 9);
    const added = addedOf(r);
    expect(added["hcA"]).toBeCloseTo(60 * (7 / 36), 9);
    expect(added["hcB"]).toBeCloseTo(120 / 36, 9);
    expect(added["hcC"]).toBeCloseTo(35, 9);
    expect(checkResult(threeTowns(), r)).toEqual([]);
  });

  it("budget 1,200 (more than the 1,000 that meets every need): every gap closed, 200 left unspent", async () => {
    const s = threeTowns((x) => (x.budgets.capital.total = 1200));
    const r = await solveScenario(s, { solver: "fast", marginal: false });
    expect(r.objective.equity).toBe(0);
    expect(r.objective.expected).toBe(0);
    expect(r.objective.cost).toBeCloseTo(1000, 9);
    expect(addedOf(r)).toEqual({ hcA: 20, hcB: 20, hcC: 60 });
  });

  it("budget 0: nothing added, the worst shortfall is the largest gap", async () => {
    const r = await solveScenario(threeTowns((x) => (x.budgets.capital.total = 0)), { solver: "fast", marginal: false });
    expect(r.objective.equity).toBeCloseTo(1 / 3, 12);
    expect(r.objective.cost).toBe(0);
  });

  it("a binding doctors target the budget cannot meet: the cheaper unit first, then unmet, nothing left for equity", async () => {
    // Doctors 2 per 1,000: need 20 / 40 / 60, existing 10 / 40 / 30 → gaps 1/2, 0, 1/2 at 5 万元 each.
    // Per unit of relative shortfall A costs 5 × 20 = 100, C 5 × 60 = 300. Budget 100: A closed (50),
    // C gets 50 / 300 = 1/6 → shortfall 1/3 (20 doctors). Beds keep their gaps: equity 1/3.
    const s = threeTowns((x) => {
      x.resources.push({ id: "doctors", name: { zh: "医师", en: "Doctors" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 5, runningCost: 0, wholeUnits: false });
      x.facilities.forEach((f: { existing: Record<string, number> }, i: number) => (f.existing["doctors"] = [10, 40, 30][i]!));
      x.targets.push({ id: "doctorsPer1000", resource: "doctors", ratio: 2, per: 1000, scope: "zone", year: 2025, nature: "binding" });
      x.budgets.capital.total = 100;
    });
    const r = await solveScenario(s, { solver: "fast", marginal: false });
    expect(r.status).toBe("unmet");
    expect(r.objective.binding).toBeCloseTo(1 / 3, 12);
    expect(r.objective.equity).toBeCloseTo(1 / 3, 12);
    expect(addedOf(r, "doctors")).toEqual({ hcA: 10, hcB: 0, hcC: 10 });
    expect(r.explanation.unmet.map((u) => [u.unit, u.gap])).toEqual([["C", 20]]);
    expect(checkResult(s, r)).toEqual([]);
  });
});

describe("equityLevel", () => {
  it("walks the breakpoints exactly: a budget that ends on a breakpoint gives that breakpoint", () => {
    const am = buildModel(threeTowns());
    const st = fastApplies(am, threeTowns().objective);
    if (!st.ok) throw new Error(st.en);
    const y = new Float64Array(st.structure.units.length);
    // Scaled budget (÷ 500): F(1/6) = 2400 / 6 = 400 万元 → 0.8 of the budget.
    expect(equityLevel(st.structure.units, y, 0.8)).toBeCloseTo(1 / 6, 14);
    expect(equityLevel(st.structure.units, y, 2)).toBe(0);
    expect(equityLevel(st.structure.units, y, 0)).toBeCloseTo(1 / 3, 14);
  });

  it("solveFast reports each goal's value in the model's terms", () => {
    const s = threeTowns();
    const am = buildModel(s);
    const st = fastApplies(am, s.objective);
    if (!st.ok) throw new Error(st.en);
    const sol = solveFast(am, st.structure);
    expect(sol.goalValues.equity).toBeCloseTo(5 / 36, 12);
    expect(sol.goalValues.expected).toBeCloseTo(15 / 36, 12);
    expect(sol.phases).toBe(3);
  });
});
