import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import type { AllocationResult, CoverageLine } from "../../../models/result-types.js";
import { refs, resultOf, scenarioOf, threeTownsInput } from "./helpers.js";

/** Three towns with its target replaced; nothing is added (existing 40 / 100 / 120 beds). */
const withTarget = (target: object, ageShares?: readonly number[]) => {
  const s = threeTownsInput();
  s.targets = [target];
  if (ageShares) s.zones.forEach((z: { ageShares?: object }, i: number) => { z.ageShares = { age65plus: ageShares[i] }; });
  return scenarioOf(s);
};

const unchanged = (coverage: readonly CoverageLine[], objective: AllocationResult["objective"]) =>
  resultOf({
    status: "optimal",
    years: [2025],
    allocation: [
      { facility: "hcA", resource: "beds", existing: 40, added: {}, total: 40 },
      { facility: "hcB", resource: "beds", existing: 100, added: { "2025": 0 }, total: 100 },
      { facility: "hcC", resource: "beds", existing: 120, added: {}, total: 120 },
    ],
    subCentres: [],
    coverage,
    budget: [{ kind: "capital", year: null, limit: 500, used: 0 }],
    objective,
  });

describe("checkResult recomputes need by method and population group", () => {
  it("checkResult accepts utilisation need with a band", () => {
    /*
     * need = P × 0.1 × 7.3 / (365 × 0.8) = P × 0.0025 → 25 / 50 / 75; band upper need = need × 3/2.5 →
     * 30 / 60 / 90. Supplied 40 / 100 / 120: surplus 10 / 40 / 30, relative 1/3, 2/3, 1/3 → expected 4/3.
     */
    const scenario = withTarget({
      id: "bedsUse", resource: "beds", ratio: 2.5, upper: 3, per: 1000, scope: "zone", year: 2025, nature: "expected",
      method: { kind: "utilisation", admissionRate: 0.1, avgStay: 7.3, occupancy: 0.8 },
    });
    const line = (unit: string, population: number, need: number, upperNeed: number, supplied: number): CoverageLine => ({
      target: "bedsUse", resource: "beds", scope: "zone", unit, year: 2025, nature: "expected", population, need, upperNeed, supplied, shortfall: 0, surplus: supplied - upperNeed,
    });
    const r = unchanged([line("A", 10000, 25, 30, 40), line("B", 20000, 50, 60, 100), line("C", 30000, 75, 90, 120)], { binding: 0, equity: 0, expected: 4 / 3, cost: 0 });
    expect(checkResult(scenario, r)).toEqual([]);
    const wrongNeed = { ...r, coverage: r.coverage.map((c) => (c.unit === "B" ? { ...c, need: 60 } : c)) };
    expect(checkResult(scenario, wrongNeed)).toEqual([expect.objectContaining({ kind: "coverage", ref: "coverage bedsUse/B", expected: 50, actual: 60 })]);
  });

  it("checkResult counts only the target's age group", () => {
    /*
     * Elderly shares 0.1 / 0.2 / 0.3 → P 1,000 / 4,000 / 9,000; 20 beds per 1,000 → need 20 / 80 / 180.
     * Supplied 40 / 100 / 120: only C is short (60, relative 1/3) → equity 1/3, expected 1/3.
     */
    const scenario = withTarget({ id: "eldBeds", resource: "beds", ratio: 20, per: 1000, population: "elderly65", scope: "zone", year: 2025, nature: "expected" }, [0.1, 0.2, 0.3]);
    const line = (unit: string, population: number, need: number, supplied: number): CoverageLine => ({
      target: "eldBeds", resource: "beds", scope: "zone", unit, year: 2025, nature: "expected", population, need, supplied, shortfall: Math.max(0, need - supplied), surplus: 0,
    });
    const r = unchanged([line("A", 1000, 20, 40), line("B", 4000, 80, 100), line("C", 9000, 180, 120)], { binding: 0, equity: 1 / 3, expected: 1 / 3, cost: 0 });
    expect(checkResult(scenario, r)).toEqual([]);
    const residents = { ...r, coverage: r.coverage.map((c) => (c.unit === "A" ? { ...c, population: 10000 } : c)) };
    expect(refs(checkResult(scenario, residents))).toEqual([{ kind: "coverage", ref: "coverage eldBeds/A" }]);
  });

  it("checkResult shares a zone's people among the eligible facilities serving it", () => {
    /*
     * hcA serves A (0.5) and B (0.5); hcB and hcC their own towns. Catchment scope:
     * S(A) = 0.5, S(B) = 0.5 + 1 = 1.5, S(C) = 1. P(hcA) = 10,000 × 0.5/0.5 + 20,000 × 0.5/1.5 = 16,666.67,
     * P(hcB) = 20,000/1.5 = 13,333.33, P(hcC) = 30,000. 6 beds per 1,000 → need 100 / 80 / 180;
     * supplied 40 / 100 / 120 → shortfall 60 / 0 / 60, relative 0.6 / 0 / 1/3. Binding → unmet.
     */
    const s = threeTownsInput();
    s.facilities[0].catchment = [{ zone: "A", share: 0.5 }, { zone: "B", share: 0.5 }];
    s.targets = [{ id: "bedsCatch", resource: "beds", ratio: 6, per: 1000, scope: "catchment", year: 2025, nature: "binding" }];
    const scenario = scenarioOf(s);
    const line = (unit: string, population: number, need: number, supplied: number): CoverageLine => ({
      target: "bedsCatch", resource: "beds", scope: "catchment", unit, year: 2025, nature: "binding", population, need, supplied, shortfall: Math.max(0, need - supplied), surplus: 0,
    });
    const r: AllocationResult = {
      ...unchanged([line("hcA", 50000 / 3, 100, 40), line("hcB", 40000 / 3, 80, 100), line("hcC", 30000, 180, 120)], { binding: 0.6 + 1 / 3, equity: 0, expected: 0, cost: 0 }),
      status: "unmet",
    };
    const unmet = [
      { target: "bedsCatch", unit: "hcA", need: 100, supplied: 40, gap: 60 },
      { target: "bedsCatch", unit: "hcC", need: 180, supplied: 120, gap: 60 },
    ];
    expect(checkResult(scenario, { ...r, explanation: { ...r.explanation, unmet } })).toEqual([]);
    expect(refs(checkResult(scenario, { ...r, explanation: { ...r.explanation, unmet: unmet.slice(1) } }))).toEqual([{ kind: "binding", ref: "unmet bedsCatch/hcA" }]);
  });
});
