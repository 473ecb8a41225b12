import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../models/index.js";
import { drawPopulations } from "../../../models/montecarlo/draws.js";
import { runMonteCarlo } from "../../../models/montecarlo/run.js";
import { serialExecutor } from "../../../models/montecarlo/runner.js";
import { normalCdf, quantile, triangularQuantile } from "../../../models/montecarlo/stats.js";
import { checkVariants } from "../../../models/montecarlo/variants.js";
import { caseInput, threeTowns } from "../fixtures.js";

describe("triangularQuantile and normalCdf", () => {
  it("match hand-computed values", () => {
    expect(triangularQuantile(0.5, 0, 5, 10)).toBe(5);
    // u < (mode − low)/(high − low) = 0.5: low + √(u (high − low)(mode − low)) = √(0.125 × 10 × 5) = 2.5
    expect(triangularQuantile(0.125, 0, 5, 10)).toBeCloseTo(2.5, 12);
    expect(triangularQuantile(0.875, 0, 5, 10)).toBeCloseTo(7.5, 12);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});

describe("low/high variants", () => {
  const withVariants = (v: unknown) => threeTowns((x) => (x.uncertainty = { variants: v }));

  it("draw a triangular population around the zone's own figure", () => {
    const s = withVariants({ A: { "2025": { low: 9000, high: 12000 } } });
    const spec = { draws: 4000, seed: 5, spread: 0.005, correlation: 0.5 };
    const a = Array.from({ length: 4000 }, (_, d) => drawPopulations(s, spec, d)[0]!["2025"]!);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(9000);
    expect(Math.max(...a)).toBeLessThanOrEqual(12000);
    // median of triangular(9000, 10000, 12000): 12000 − √(0.5 × 3000 × 2000) = 10267.9
    expect(Math.abs(quantile(a, 0.5) - 10267.95)).toBeLessThan(60);
    // zones without variants keep the growth-rate draws
    expect(drawPopulations(s, spec, 1)[1]).toEqual(drawPopulations(threeTowns(), spec, 1)[1]);
  });

  it("are checked against the zones and their own figures, with the field named", async () => {
    const s = withVariants({ Q: { "2025": { low: 1, high: 2 } }, B: { "2025": { low: 21000, high: 22000 } }, C: { "2031": { low: 1, high: 2 } } });
    const issues = checkVariants(s);
    expect(issues.map((i) => i.field)).toEqual(["uncertainty.variants.Q", "uncertainty.variants.B.2025", "uncertainty.variants.C.2031"]);
    expect(issues[1]!.zh).toMatch(/低方案 ≤ 20000 ≤ 高方案/);
    const out = await runMonteCarlo(s, { draws: 10, seed: 1, spread: 0.005, correlation: 0.5, mode: "evaluate" }, { exec: serialExecutor });
    expect(out.ok).toBe(false);
  });

  it("are part of the scenario format (low above high refused)", () => {
    const input = caseInput("three-towns");
    input.uncertainty = { spread: 0.01, variants: { A: { "2025": { low: 12000, high: 9000 } } } };
    const r = parseScenario(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe("uncertainty.variants.A.2025");
  });
});
