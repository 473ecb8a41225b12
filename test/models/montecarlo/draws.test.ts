import { describe, expect, it } from "vitest";
import { drawPopulations } from "../../../models/montecarlo/draws.js";
import type { McSpec } from "../../../models/montecarlo/spec.js";
import { threeTowns } from "../fixtures.js";

const spec: McSpec = { draws: 2000, seed: 11, spread: 0.005, correlation: 0.5 };

/** The annual deviation ε a draw applied to zone `zi` (three towns: flat populations 2020 → 2025). */
function epsilon(pop: Readonly<Record<string, number>>, p0: number): number {
  return (pop["2025"]! / p0) ** (1 / 5) - 1;
}

const sd = (x: number[]) => {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
};
const corr = (x: number[], y: number[]) => {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  const c = x.reduce((a, xi, i) => a + (xi - mx) * (y[i]! - my), 0);
  return c / Math.sqrt(x.reduce((a, xi) => a + (xi - mx) ** 2, 0) * y.reduce((a, yi) => a + (yi - my) ** 2, 0));
};

describe("drawPopulations", () => {
  const s = threeTowns();

  it("is determined by the seed and the draw index", () => {
    expect(drawPopulations(s, spec, 5)).toEqual(drawPopulations(s, spec, 5));
    expect(drawPopulations(s, spec, 5)).not.toEqual(drawPopulations(s, spec, 6));
    expect(drawPopulations(s, spec, 5)).not.toEqual(drawPopulations(s, { ...spec, seed: 12 }, 5));
  });

  it("keeps base-year figures and, with no spread, every figure", () => {
    expect(drawPopulations(s, spec, 0).map((p) => p["2020"])).toEqual([10000, 20000, 30000]);
    expect(drawPopulations(s, { ...spec, spread: 0 }, 3).map((p) => p["2025"])).toEqual([10000, 20000, 30000]);
  });

  it("follows the implied growth path: a zone growing 2 % a year keeps growing 2 % on average", () => {
    const grown = threeTowns((x) => (x.zones[0].population["2025"] = 10000 * 1.02 ** 5));
    const eps = Array.from({ length: 2000 }, (_, d) => epsilon(drawPopulations(grown, spec, d)[0]!, 10000) - 0.02);
    expect(Math.abs(eps.reduce((a, b) => a + b, 0) / eps.length)).toBeLessThan(0.0005);
    expect(sd(eps)).toBeGreaterThan(0.0045);
    expect(sd(eps)).toBeLessThan(0.0055);
  });

  it("shares a regional component: correlation ρ between zones, one rate at ρ = 1", () => {
    const eps = (rho: number, zi: number) => Array.from({ length: 2000 }, (_, d) => epsilon(drawPopulations(s, { ...spec, correlation: rho }, d)[zi]!, [10000, 20000, 30000][zi]!));
    expect(corr(eps(0.5, 0), eps(0.5, 1))).toBeGreaterThan(0.42);
    expect(corr(eps(0.5, 0), eps(0.5, 1))).toBeLessThan(0.58);
    expect(Math.abs(corr(eps(0, 0), eps(0, 2)))).toBeLessThan(0.07);
    const one = drawPopulations(s, { ...spec, correlation: 1 }, 9);
    expect(one[0]!["2025"]! / 10000).toBeCloseTo(one[2]!["2025"]! / 30000, 12);
  });
});
