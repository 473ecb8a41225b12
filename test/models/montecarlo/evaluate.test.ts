import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import type { CoverageLine } from "../../../models/index.js";
import { solveScenario } from "../../../models/solve.js";
import { drawNeeds, evaluateNeeds } from "../../../models/montecarlo/evaluate.js";
import { threeTowns } from "../fixtures.js";

const line = (unit: string, supplied: number, nature: "binding" | "expected" = "expected"): CoverageLine => ({
  target: "t", resource: "beds", scope: "zone", unit, year: 2025, nature, population: 0, need: 10, supplied, shortfall: 0, surplus: 0,
});

describe("evaluateNeeds", () => {
  it("counts draws met and the shortfall spread (hand-computed)", () => {
    // one line, supply 10, needs of four draws 8, 10, 12, 14 → met in 2 of 4, shortfalls 0, 0, 2, 4
    const e = evaluateNeeds([line("A", 10, "binding")], Float64Array.from([8, 10, 12, 14]));
    expect(e.draws).toBe(4);
    expect(e.lines[0]!.pMet).toBe(0.5);
    expect(e.lines[0]!.shortfall.mean).toBe(1.5);
    expect(e.lines[0]!.shortfall.p50).toBe(1);
    expect(e.pAllBindingMet).toBe(0.5);
  });

  it("needs every line met for the region-wide share", () => {
    // two lines × three draws: draw 0 both met, draw 1 only A, draw 2 only B
    const e = evaluateNeeds([line("A", 10, "binding"), line("B", 10)], Float64Array.from([9, 9, 9, 11, 11, 9]));
    expect(e.pAllMet).toBeCloseTo(1 / 3, 12);
    expect(e.pAllBindingMet).toBeCloseTo(2 / 3, 12);
    expect(e.minPMet).toBeCloseTo(2 / 3, 12);
    // both lines meet their central need (10): every draw with a line short breaks "held"
    expect(e.centralMet).toBe(2);
    expect(e.pCentralHeld).toBeCloseTo(1 / 3, 12);
    // a line short already at its central need does not count against "held"
    const short = evaluateNeeds([line("A", 10), { ...line("B", 5), need: 10 }], Float64Array.from([9, 11, 11, 11]));
    expect(short.centralMet).toBe(1);
    expect(short.pCentralHeld).toBe(0.5);
  });
});

describe("a town supplied exactly its central need", () => {
  it("is met in about half of the draws under a symmetric spread", async () => {
    const s = threeTowns((x) => (x.budgets.capital.total = 5000));
    const r = await solveScenario(s, { marginal: false });
    expect(checkResult(s, r)).toEqual([]);
    for (const c of r.coverage) expect(c.supplied).toBeCloseTo(c.need, 6);
    const draws = 2000;
    const e = evaluateNeeds(r.coverage, drawNeeds(s, r.coverage, { draws, seed: 4, spread: 0.01, correlation: 0.5 }, 0, draws));
    for (const l of e.lines) {
      // P(ε ≤ 0) = 0.5; binomial standard error √(0.25 / 2000) ≈ 0.011
      expect(l.pMet).toBeGreaterThan(0.45);
      expect(l.pMet).toBeLessThan(0.55);
      expect(l.needSpread.p50).toBeCloseTo(l.need, -1);
    }
  });
});
