import { describe, expect, it } from "vitest";
import { buildModel, generateScenario, solveScenario, type Scenario } from "../../../models/index.js";
import { fastApplies } from "../../../models/fast/applies.js";
import { choosePath } from "../../../models/solvers/fast.js";
import { scenarioOf, threeTowns } from "../fixtures.js";

function refusal(s: Scenario): string {
  const r = fastApplies(buildModel(s), s.objective);
  if (r.ok) return "applies";
  expect(r.zh).toMatch(/^快速路径不适用：/);
  return r.en;
}

const gen = (edit: (x: any) => void = () => {}, o: Partial<Parameters<typeof generateScenario>[0]> = {}) => {
  const x: any = generateScenario({ towns: 10, seed: 2, ...o });
  edit(x);
  return scenarioOf(x);
};

describe("fastApplies", () => {
  it("applies to the generated scenario and to three towns", () => {
    expect(refusal(gen())).toBe("applies");
    expect(refusal(threeTowns())).toBe("applies");
  });

  it("refuses whole units, siting, a recurring budget, bands, limits, staff ratios, phased budgets, another order", () => {
    expect(refusal(gen(undefined, { wholeUnits: true }))).toMatch(/whole units/);
    expect(refusal(gen(undefined, { siting: true }))).toMatch(/sub-centre siting/);
    expect(refusal(gen((x) => (x.budgets.recurring = { total: 1e6, basis: "added" })))).toMatch(/recurring budget/);
    expect(refusal(gen((x) => (x.targets[0].upper = 8)))).toMatch(/band/);
    expect(refusal(gen((x) => (x.facilities[0].limits = { min: { beds: 1000 } })))).toMatch(/facility size limits/);
    expect(refusal(gen((x) => (x.rules = { staffRatios: [{ id: "dn", numerator: ["nurses"], denominator: ["doctors"], min: 1, scope: "facility" }], sizes: [], noGrowth: [] })))).toMatch(/staff-ratio/);
    expect(refusal(gen((x) => (x.budgets.capital = { byYear: { "2024": 1000, "2025": 2000 } })))).toMatch(/more than one capital budget row/);
    expect(refusal(gen((x) => (x.objective = { order: ["binding", "expected", "equity", "cost"] })))).toMatch(/not the default/);
    expect(refusal(gen((x) => (x.objective = { mode: "weighted" })))).toMatch(/weighted/);
  });

  it("refuses a unit no facility serves alone (a zone served only by a shared hospital)", () => {
    const s = threeTowns((x) => {
      x.facilities = [{ id: "hosp", name: { zh: "医院", en: "Hospital" }, tier: "districtGeneralHospital", zone: "A", existing: { beds: 100 }, catchment: [{ zone: "A", share: 0.5 }, { zone: "B", share: 0.5 }] }, x.facilities[2]];
    });
    expect(refusal(s)).toMatch(/has no facility serving it alone/);
  });

  it("a capped own facility refuses when the cap is below the gap, applies when it is above", () => {
    expect(refusal(threeTowns((x) => (x.facilities[0].limits = { max: { beds: 50 } })))).toMatch(/no facility serving it alone/);
    expect(refusal(threeTowns((x) => (x.facilities[0].limits = { max: { beds: 500 } })))).toBe("applies");
  });
});

describe("choosePath", () => {
  it("auto falls back to an LP solver and says why; fast refuses in both languages", async () => {
    const s = gen(undefined, { wholeUnits: true });
    const am = buildModel(s);
    const auto = choosePath(am, s.objective);
    expect(auto.ok && auto.kind).toBe("lp");
    expect(auto.ok && auto.reason).toMatch(/fast path does not apply: resources added in whole units/);
    const fast = choosePath(am, s.objective, "fast");
    expect(fast.ok).toBe(false);
    const r = await solveScenario(s, { solver: "fast", marginal: false });
    expect(r.status).toBe("error");
    expect(r.message?.zh).toMatch(/快速路径不适用/);
  });

  it("jslp and highs are taken as asked even where the fast path applies", () => {
    const s = gen();
    const am = buildModel(s);
    expect(choosePath(am, s.objective, "highs")).toMatchObject({ ok: true, kind: "lp" });
    expect(choosePath(am, s.objective, "jslp")).toMatchObject({ ok: true, kind: "lp" });
    expect(choosePath(am, s.objective)).toMatchObject({ ok: true, kind: "fast" });
  });
});
