import { describe, expect, it } from "vitest";
import { bandLayout, type BandDatum } from "../../../src/charts/band-layout.js";

const datum = (id: string, p5: number, p50: number, p95: number, pMet: number, robust?: BandDatum["robust"]): BandDatum => ({ id, label: id, coverage: { p5, p50, p95 }, pMet, ...(robust ? { robust } : {}) });

describe("bandLayout", () => {
  it("sorts least often met first and maps coverage linearly with the target at 100 %", () => {
    const l = bandLayout([datum("a", 0.95, 1.0, 1.05, 0.5), datum("b", 0.8, 0.9, 1.0, 0.05), datum("c", 1.1, 1.2, 1.3, 1)], { width: 600, labelWidth: 100, valueWidth: 100 });
    expect(l.rows.map((r) => r.id)).toEqual(["b", "a", "c"]);
    const a = l.rows[1]!.band;
    // linear: x(1.0) is the target line; the median of "a" sits on it
    expect(a.x50).toBeCloseTo(l.targetX, 9);
    expect(a.x5).toBeLessThan(a.x50);
    expect(a.x95).toBeGreaterThan(a.x50);
    expect((a.x95 - a.x50) / (a.x50 - a.x5)).toBeCloseTo(1, 9);
    expect(l.rows[0]!.short).toBe(true);
    expect(l.rows[2]!.short).toBe(false);
    expect(l.plot.x0).toBe(100);
    expect(l.plot.x1).toBe(500);
    expect(l.ticks.every((t) => t.x >= l.plot.x0 - 1e-9 && t.x <= l.plot.x1 + 1e-9)).toBe(true);
  });

  it("keeps 100 % in view when every band lies above it, and lays out robust bands", () => {
    const l = bandLayout([datum("a", 1.2, 1.3, 1.4, 1, { coverage: { p5: 1.3, p50: 1.4, p95: 1.5 }, pMet: 1 })], { width: 400 });
    expect(l.targetX).toBeGreaterThanOrEqual(l.plot.x0);
    expect(l.rows[0]!.robust).not.toBeNull();
    expect(l.rows[0]!.robust!.x50).toBeGreaterThan(l.rows[0]!.band.x50);
    expect(l.height).toBe(22 + 30 + 8);
  });
});
