import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import type { AllocationResult } from "../../../models/result-types.js";
import { refs, resultOf, scenarioOf, withLine } from "./helpers.js";

/*
 * Two towns (A 10,000, B 20,000 in 2024 and 2025). A district hospital in A serves A (share 0.6) and
 * B (0.4); the township centre of B serves B. Capital by year 2024: 100, 2025: 100 (cumulative);
 * recurring 300 万元 on added running cost. Beds cost 10 capital + 1 running; doctors 0 + 10.
 * Targets:
 *  - bedsBand: beds 5–6 per 1,000, zone scope, 2025, expected (a band);
 *  - docsCatch: doctors 2 per 1,000, catchment scope, 2025, binding;
 *  - bedsHosp: beds 3 per 1,000 in district hospitals, region scope, 2024, binding.
 */
const input = () => ({
  version: 1,
  region: { id: "twoTowns", name: { zh: "两镇", en: "Two towns" }, level: "lesson", baseYear: 2020, planYear: 2025 },
  zones: [
    { id: "A", name: { zh: "甲镇", en: "Town A" }, kind: "town", population: { "2024": 10000, "2025": 10000 } },
    { id: "B", name: { zh: "乙镇", en: "Town B" }, kind: "town", population: { "2024": 20000, "2025": 20000 } },
  ],
  resources: [
    { id: "beds", name: { zh: "床位", en: "Beds" }, unit: { zh: "张", en: "beds" }, kind: "bed", capitalCost: 10, runningCost: 1, wholeUnits: true },
    { id: "doctors", name: { zh: "医师", en: "Doctors" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 0, runningCost: 10, wholeUnits: true },
  ],
  facilities: [
    { id: "hosp", name: { zh: "区医院", en: "District hospital" }, tier: "districtGeneralHospital", zone: "A", catchment: [{ zone: "A", share: 0.6 }, { zone: "B", share: 0.4 }], existing: { beds: 100, doctors: 30 } },
    { id: "hcB", name: { zh: "乙镇卫生院", en: "Town B health centre" }, tier: "townshipCentre", zone: "B", existing: { beds: 20, doctors: 5 } },
  ],
  targets: [
    { id: "bedsBand", resource: "beds", ratio: 5, upper: 6, per: 1000, scope: "zone", year: 2025, nature: "expected" },
    { id: "docsCatch", resource: "doctors", ratio: 2, per: 1000, scope: "catchment", year: 2025, nature: "binding" },
    { id: "bedsHosp", resource: "beds", ratio: 3, per: 1000, scope: "region", year: 2024, nature: "binding", tiers: ["districtGeneralHospital"] },
  ],
  budgets: { capital: { byYear: { "2024": 100, "2025": 100 } }, recurring: { total: 300, basis: "added" } },
  objective: { normalisation: "need" },
});
const scenario = scenarioOf(input());

/*
 * Allocation: hosp beds +5 +5 = 110, doctors +2 = 32; hcB beds +3 +6 = 29, doctors +10 +14 = 29.
 * bedsBand A: P 10,000, need 50, upper 60, supplied 0.6 × 110 = 66 → surplus 6.
 * bedsBand B: P 20,000, need 100, upper 120, supplied 0.4 × 110 + 29 = 73 → shortfall 27.
 * docsCatch: S(A) = 0.6, S(B) = 0.4 + 1 = 1.4. hosp: P = 10,000 × 0.6/0.6 + 20,000 × 0.4/1.4 =
 *   110,000/7, need 220/7 ≈ 31.43, supplied 32. hcB: P = 20,000 × 1/1.4 = 100,000/7, need 200/7 ≈ 28.57,
 *   supplied 29.
 * bedsHosp region 2024: P 30,000, need 90, supplied hosp beds at 2024 = 100 + 5 = 105.
 * Capital: 2024 (5 + 3) × 10 = 80 ≤ 100; 2025 (5 + 6) × 10 = 110, cumulative 190 ≤ 200.
 * Recurring: 19 beds × 1 + 26 doctors × 10 = 279 ≤ 300.
 * Goals: binding 0; equity 27/100 = 0.27; expected (0 + 6/60) + (0.27 + 0) = 0.37; cost 190 + 279 = 469.
 */
const docs = (unit: string, population: number, need: number, supplied: number) => ({
  target: "docsCatch", resource: "doctors", scope: "catchment" as const, unit, year: 2025, nature: "binding" as const,
  population, need, supplied, shortfall: Math.max(0, need - supplied), surplus: 0,
});
const correct: AllocationResult = resultOf({
  status: "optimal",
  years: [2024, 2025],
  allocation: [
    { facility: "hosp", resource: "beds", existing: 100, added: { "2024": 5, "2025": 5 }, total: 110 },
    { facility: "hosp", resource: "doctors", existing: 30, added: { "2024": 2 }, total: 32 },
    { facility: "hcB", resource: "beds", existing: 20, added: { "2024": 3, "2025": 6 }, total: 29 },
    { facility: "hcB", resource: "doctors", existing: 5, added: { "2024": 10, "2025": 14 }, total: 29 },
  ],
  subCentres: [],
  coverage: [
    { target: "bedsBand", resource: "beds", scope: "zone", unit: "A", year: 2025, nature: "expected", population: 10000, need: 50, upperNeed: 60, supplied: 66, shortfall: 0, surplus: 6 },
    { target: "bedsBand", resource: "beds", scope: "zone", unit: "B", year: 2025, nature: "expected", population: 20000, need: 100, upperNeed: 120, supplied: 73, shortfall: 27, surplus: 0 },
    docs("hosp", 110000 / 7, 220 / 7, 32),
    docs("hcB", 100000 / 7, 200 / 7, 29),
    { target: "bedsHosp", resource: "beds", scope: "region", unit: "region", year: 2024, nature: "binding", population: 30000, need: 90, supplied: 105, shortfall: 0, surplus: 0 },
  ],
  budget: [
    { kind: "capital", year: 2024, limit: 100, used: 80 },
    { kind: "capital", year: 2025, limit: 200, used: 190 },
    { kind: "recurring", year: null, limit: 300, used: 279 },
  ],
  objective: { binding: 0, equity: 0.27, expected: 0.37, cost: 469 },
});

/*
 * Short of doctors: hcB doctors +10 +10 = 25 < 200/7; shortfall 25/7 ≈ 3.5714, relative 0.125.
 * Recurring 19 + 22 × 10 = 239; cost 190 + 239 = 429; binding goal 0.125.
 */
const short: AllocationResult = {
  ...withLine(correct, "hcB", "doctors", { added: { "2024": 10, "2025": 10 }, total: 25 }),
  status: "unmet",
  coverage: correct.coverage.map((c) => (c.target === "docsCatch" && c.unit === "hcB" ? docs("hcB", 100000 / 7, 200 / 7, 25) : c)),
  budget: [correct.budget[0]!, correct.budget[1]!, { kind: "recurring", year: null, limit: 300, used: 239 }],
  objective: { binding: 0.125, equity: 0.27, expected: 0.37, cost: 429 },
  explanation: { ...correct.explanation, unmet: [{ target: "docsCatch", unit: "hcB", need: 200 / 7, supplied: 25, gap: 25 / 7 }] },
};

describe("checkResult with catchments, a band, binding targets and budgets by year", () => {
  it("checkResult accepts the hand-worked allocation", () => {
    expect(checkResult(scenario, correct)).toEqual([]);
  });

  it("checkResult flags a binding shortfall in an optimal result", () => {
    const v = checkResult(scenario, { ...short, status: "optimal", explanation: correct.explanation });
    expect(v).toEqual([expect.objectContaining({ kind: "binding", ref: "coverage docsCatch/hcB", expected: 200 / 7, actual: 25 })]);
  });

  it("checkResult accepts an unmet result listing its binding gap", () => {
    expect(checkResult(scenario, short)).toEqual([]);
  });

  it("checkResult flags an unmet result that leaves out a gap, misstates it or lists another unit", () => {
    const none = { ...short, explanation: { ...short.explanation, unmet: [] } };
    expect(refs(checkResult(scenario, none))).toEqual([{ kind: "binding", ref: "unmet docsCatch/hcB" }]);
    const wrongGap = { ...short, explanation: { ...short.explanation, unmet: [{ target: "docsCatch", unit: "hcB", need: 200 / 7, supplied: 25, gap: 3 }] } };
    expect(checkResult(scenario, wrongGap)).toEqual([expect.objectContaining({ kind: "binding", ref: "unmet docsCatch/hcB", actual: 3 })]);
    const extra = { ...short, explanation: { ...short.explanation, unmet: [...short.explanation.unmet, { target: "bedsBand", unit: "B", need: 100, supplied: 73, gap: 27 }] } };
    expect(refs(checkResult(scenario, extra))).toEqual([{ kind: "binding", ref: "unmet bedsBand/B" }]);
  });

  it("checkResult flags an unmet status when every binding target is met", () => {
    expect(refs(checkResult(scenario, { ...correct, status: "unmet" }))).toEqual([{ kind: "binding", ref: "status" }]);
  });

  it("checkResult flags capital spent beyond the cumulative limit by a year", () => {
    // 2024 limit 70 < 80 spent; cumulative 2025 limit 70 + 130 = 200 ≥ 190.
    const tight = scenarioOf({ ...input(), budgets: { capital: { byYear: { "2024": 70, "2025": 130 } }, recurring: { total: 300 } } });
    const r = { ...correct, budget: [{ kind: "capital" as const, year: 2024, limit: 70, used: 80 }, { kind: "capital" as const, year: 2025, limit: 200, used: 190 }, correct.budget[2]!] };
    expect(checkResult(tight, r)).toEqual([expect.objectContaining({ kind: "budget", ref: "budget capital 2024", expected: 70, actual: 80 })]);
  });

  it("checkResult lets capital a year does not spend carry over", () => {
    // 2025 alone spends 110 > 90, but cumulatively 190 ≤ 100 + 90.
    const carry = scenarioOf({ ...input(), budgets: { capital: { byYear: { "2024": 100, "2025": 90 } }, recurring: { total: 300 } } });
    const r = { ...correct, budget: [correct.budget[0]!, { kind: "capital" as const, year: 2025, limit: 190, used: 190 }, correct.budget[2]!] };
    expect(checkResult(carry, r)).toEqual([]);
  });

  it("checkResult flags a recurring overspend", () => {
    const tight = scenarioOf({ ...input(), budgets: { capital: { byYear: { "2024": 100, "2025": 100 } }, recurring: { total: 250 } } });
    const r = { ...correct, budget: [correct.budget[0]!, correct.budget[1]!, { kind: "recurring" as const, year: null, limit: 250, used: 279 }] };
    expect(checkResult(tight, r)).toEqual([expect.objectContaining({ kind: "budget", ref: "budget recurring total", expected: 250, actual: 279 })]);
  });

  it("checkResult sums the running cost of totals for a recurring budget on basis total", () => {
    // Beds 110 + 29 = 139 × 1, doctors 32 + 29 = 61 × 10: 749. The cost goal still counts additions (469).
    const onTotal = scenarioOf({ ...input(), budgets: { capital: { byYear: { "2024": 100, "2025": 100 } }, recurring: { total: 800, basis: "total" } } });
    const r = { ...correct, budget: [correct.budget[0]!, correct.budget[1]!, { kind: "recurring" as const, year: null, limit: 800, used: 749 }] };
    expect(checkResult(onTotal, r)).toEqual([]);
  });

  it("checkResult weighs expected terms by population under population normalisation", () => {
    // Mean P of bedsBand units 15,000: 0.1 × 10,000/15,000 + 0.27 × 20,000/15,000 = 1/15 + 0.36.
    const byPopulation = scenarioOf({ ...input(), objective: { normalisation: "population" } });
    expect(checkResult(byPopulation, correct)).toEqual([expect.objectContaining({ kind: "objective", ref: "objective expected", actual: 0.37 })]);
    expect(checkResult(byPopulation, { ...correct, objective: { ...correct.objective, expected: 1 / 15 + 0.36 } })).toEqual([]);
  });

  it("checkResult counts only additions up to a target's year", () => {
    // Reporting hosp's 2024 supply as its final 110 beds is wrong: the 2025 additions come later.
    const r = { ...correct, coverage: correct.coverage.map((c) => (c.target === "bedsHosp" ? { ...c, supplied: 110 } : c)) };
    expect(checkResult(scenario, r)).toEqual([expect.objectContaining({ kind: "coverage", ref: "coverage bedsHosp/region", expected: 105, actual: 110 })]);
  });

  it("checkResult flags a band's upper need and surplus when left out", () => {
    const r = { ...correct, coverage: correct.coverage.map((c) => (c.target === "bedsBand" && c.unit === "A" ? { ...c, upperNeed: undefined, surplus: 0 } : c)) };
    // Both the missing upper need (60) and the surplus reported 0 instead of 6 are named.
    expect(checkResult(scenario, r)).toEqual([
      expect.objectContaining({ kind: "coverage", ref: "coverage bedsBand/A", expected: 60 }),
      expect.objectContaining({ kind: "coverage", ref: "coverage bedsBand/A", expected: 6, actual: 0 }),
    ]);
  });
});
