import { describe, expect, it } from "vitest";
import { atMost, empiricalQuantile, quantile, spreadOf } from "../../../models/montecarlo/stats.js";

describe("quantile", () => {
  it("interpolates between order statistics (type 7)", () => {
    const x = [5, 1, 4, 2, 3];
    expect(quantile(x, 0.5)).toBe(3);
    expect(quantile(x, 0.25)).toBe(2);
    // h = 4 × 0.1 = 0.4 → 1 + 0.4 × (2 − 1)
    expect(quantile(x, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 1)).toBe(5);
    expect(x).toEqual([5, 1, 4, 2, 3]);
  });
});

describe("empiricalQuantile", () => {
  it("is the smallest value with at least a share α at or below it", () => {
    const x = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(empiricalQuantile(x, 0.9)).toBe(9);
    expect(empiricalQuantile(x, 0.91)).toBe(10);
    expect(empiricalQuantile(x, 0.5)).toBe(5);
    expect(empiricalQuantile(x, 0.05)).toBe(1);
  });
});

describe("spreadOf", () => {
  it("gives mean and p5/p50/p95", () => {
    const x = Array.from({ length: 101 }, (_, i) => i);
    expect(spreadOf(x)).toEqual({ mean: 50, p5: 5, p50: 50, p95: 95 });
  });
});

describe("atMost", () => {
  it("uses the model's relative tolerance", () => {
    expect(atMost(1000.0005, 1000)).toBe(true);
    expect(atMost(1000.01, 1000)).toBe(false);
  });
});
