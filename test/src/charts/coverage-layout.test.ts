import { describe, expect, it } from "vitest";
import { compareLayout } from "../../../src/charts/compare-layout.js";
import { coverageLayout, type CoverageDatum } from "../../../src/charts/coverage-layout.js";
import { zoneMapLayout } from "../../../src/charts/zone-map-layout.js";

const round = (x: number) => Math.round(x * 10) / 10;
const data: CoverageDatum[] = [
  { id: "A", label: "甲镇", population: 10000, supplied: 51.7, need: 60 },
  { id: "B", label: "乙镇", population: 20000, supplied: 120, need: 120 },
  { id: "C", label: "丙镇", population: 30000, supplied: 155, need: 180 },
  { id: "D", label: "丁镇", population: 0, supplied: 0, need: 0 },
];

describe("coverageLayout", () => {
  it("coverageLayout(data, o) sorts units least covered first and drops units without people", () => {
    const l = coverageLayout(data, { width: 600, per: 1000 });
    expect(l.bars.map((b) => b.id)).toEqual(["C", "A", "B"]);
    expect(l.bars.map((b) => [round(b.value), b.target, b.short])).toEqual([[5.2, 6, true], [5.2, 6, true], [6, 6, false]]);
    expect(l.bars.map((b) => b.y)).toEqual([22, 46, 70]);
    expect(l.height).toBe(22 + 3 * 24 + 8);
  });

  it("coverageLayout puts the common target line at the target and the scale from 0 past the largest figure", () => {
    const l = coverageLayout(data, { width: 600, per: 1000, labelWidth: 100, valueWidth: 100 });
    expect(l.plot.x0).toBe(100);
    expect(l.plot.x1).toBe(500);
    expect(l.ticks[0]).toEqual({ x: 100, value: 0 });
    expect(l.ticks.at(-1)!.value).toBeGreaterThanOrEqual(6);
    expect(l.targetLine?.value).toBe(6);
    const b = l.bars[0]!;
    expect(b.x).toBeLessThan(b.xNeed);
    expect(round(b.xNeed)).toBe(round(l.targetLine!.x));
  });

  it("coverageLayout draws per-row targets without a common line when targets differ, and marks a band's surplus", () => {
    const l = coverageLayout(
      [
        { id: "A", label: "A", population: 1000, supplied: 9, need: 5, upperNeed: 6 },
        { id: "B", label: "B", population: 1000, supplied: 3, need: 4, upperNeed: 6 },
      ],
      { width: 500, per: 1000 },
    );
    expect(l.targetLine).toBeNull();
    expect(l.upperLine?.value).toBe(6);
    expect(l.bars.find((b) => b.id === "A")).toMatchObject({ over: true, short: false, coverage: 1.8 });
  });
});

describe("compareLayout", () => {
  it("compareLayout(data, series, o) places one mark per proposal on each row, nudged apart", () => {
    const l = compareLayout(
      [
        { id: "A", label: "A", target: 6, values: [5, 6] },
        { id: "B", label: "B", target: 6, values: [6, null] },
      ],
      2,
      { width: 500, labelWidth: 100 },
    );
    expect(l.rows.map((r) => r.marks.length)).toEqual([2, 1]);
    const [m0, m1] = l.rows[0]!.marks;
    expect(m0!.y).toBeLessThan(m1!.y);
    expect(m0!.x).toBeLessThan(m1!.x);
    expect(l.rows[0]!.xTarget).toBe(m1!.x);
    expect(l.height).toBe(22 + 2 * 26 + 8);
  });
});

describe("zoneMapLayout", () => {
  it("zoneMapLayout(zones, width) keeps north up and east right; null with fewer than two zones", () => {
    const l = zoneMapLayout(
      [
        { id: "n", label: "N", lat: 30.2, lon: 104.6, population: 1000, coverage: 1 },
        { id: "s", label: "S", lat: 30.0, lon: 104.7, population: 4000, coverage: 0.5 },
      ],
      400,
    )!;
    const [n, s] = l.dots;
    expect(n!.y).toBeLessThan(s!.y);
    expect(n!.x).toBeLessThan(s!.x);
    expect(s!.r).toBeGreaterThan(n!.r);
    expect([n!.level, s!.level]).toEqual(["met", "short"]);
    expect(zoneMapLayout([{ id: "a", label: "a", lat: 1, lon: 1, population: 1, coverage: null }], 400)).toBeNull();
  });
});

describe("clip", () => {
  it("clip(label, width) keeps labels that fit and cuts longer ones with an ellipsis", async () => {
    const { clip, textWidth } = await import("../../../src/charts/chart-support.js");
    expect(clip("甲镇", 100)).toBe("甲镇");
    expect(textWidth("甲镇")).toBe(24);
    const cut = clip("Baolian Street Community", 80);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(80);
  });
});

describe("coverageLayout limit", () => {
  it("coverageLayout(data, {limit}) draws only the least covered units and counts them all", () => {
    const l = coverageLayout(data, { width: 600, per: 1000, limit: 2 });
    expect(l.bars.map((b) => b.id)).toEqual(["C", "A"]);
    expect(l.total).toBe(3);
  });
});
