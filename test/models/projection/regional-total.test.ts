import { describe, expect, it } from "vitest";
import { projectPopulation } from "../../../models/projection/index.js";
import { issuesOf, populations, valueOf, zone } from "./helpers.js";

// Base-year figures in the ratio 1:2:3.
const zones = [zone("A", { "2020": 10_000 }), zone("B", { "2020": 20_000 }), zone("C", { "2020": 30_000 })];

describe("projectPopulation(regionalTotal)", () => {
  it("projectPopulation(regionalTotal by share) spreads 120,000 in the ratio 1:2:3", () => {
    // 120,000 × 1/6 = 20,000; × 2/6 = 40,000; × 3/6 = 60,000
    const spec = { method: "regionalTotal", by: "share", baseYear: 2020, year: 2030, total: 120_000 } as const;
    const r = valueOf(projectPopulation(zones, spec, [2030]));
    const p = populations(r);
    expect(p["A"]!["2030"]).toBeCloseTo(20_000, 9);
    expect(p["B"]!["2030"]).toBeCloseTo(40_000, 9);
    expect(p["C"]!["2030"]).toBeCloseTo(60_000, 9);
    expect(r.totals["2030"]).toBeCloseTo(120_000, 9);
    expect(r.zones.map((z) => z.status["2030"])).toEqual(["projected", "projected", "projected"]);
  });

  it("projectPopulation(regionalTotal by share) puts years between on the geometric path", () => {
    // base sum 60,000 (2020) → 240,000 (2030): 2025 total = 60,000 × 4^(5/10) = 120,000 → 20,000 / 40,000 / 60,000
    const spec = { method: "regionalTotal", by: "share", baseYear: 2020, year: 2030, total: 240_000 } as const;
    const r = valueOf(projectPopulation(zones, spec, [2025, 2030]));
    const p = populations(r);
    expect(p["A"]!["2025"]).toBeCloseTo(20_000, 9);
    expect(p["C"]!["2025"]).toBeCloseTo(60_000, 9);
    // 2030: 240,000 × 1/6 = 40,000
    expect(p["A"]!["2030"]).toBeCloseTo(40_000, 9);
  });

  it("projectPopulation(regionalTotal by trend) grows each zone at its own trend, rescaled to the total", () => {
    // trend 2018 → 2020 (2 years): A 10,000 → 12,100 (+10%/yr), B 20,000 → 20,000 (0), C 40,000 → 32,400 (−10%/yr)
    // 2022 unscaled: A 12,100 × 1.1^2 = 14,641; B 20,000; C 32,400 × 0.9^2 = 26,244; sum 60,885
    // total 121,770 = 2 × 60,885 → A 29,282, B 40,000, C 52,488
    const trendZones = [
      zone("A", { "2018": 10_000, "2020": 12_100 }),
      zone("B", { "2018": 20_000, "2020": 20_000 }),
      zone("C", { "2018": 40_000, "2020": 32_400 }),
    ];
    const spec = { method: "regionalTotal", by: "trend", from: 2018, baseYear: 2020, year: 2022, total: 121_770 } as const;
    const r = valueOf(projectPopulation(trendZones, spec, [2022]));
    const p = populations(r);
    expect(p["A"]!["2022"]).toBeCloseTo(29_282, 6);
    expect(p["B"]!["2022"]).toBeCloseTo(40_000, 6);
    expect(p["C"]!["2022"]).toBeCloseTo(52_488, 6);
  });

  it("projectPopulation(regionalTotal) holds a zone's own figure and spreads the rest", () => {
    // C has a published 2030 figure of 50,000; the rest 130,000 − 50,000 = 80,000 goes to A:B = 10,000:30,000 = 1:3
    // → A 20,000, B 60,000
    const held = [
      zone("A", { "2025": 10_000 }),
      zone("B", { "2025": 30_000 }),
      zone("C", { "2025": 20_000, "2030": 50_000 }, { populationStatus: { "2030": "published" } }),
    ];
    const spec = { method: "regionalTotal", by: "share", baseYear: 2025, year: 2030, total: 130_000 } as const;
    const r = valueOf(projectPopulation(held, spec, [2030]));
    expect(r.zones.map((z) => z.population["2030"])).toEqual([20_000, 60_000, 50_000]);
    expect(r.zones.map((z) => z.status["2030"])).toEqual(["projected", "projected", "published"]);
  });

  it("projectPopulation(regionalTotal) names a negative total", () => {
    const r = projectPopulation(zones, { method: "regionalTotal", by: "share", baseYear: 2020, year: 2030, total: -120_000 }, [2030]);
    expect(issuesOf(r)).toEqual(["regionalTotal.total: 应大于 0，实际为 -120000 / must be above 0, got -120000"]);
  });

  it("projectPopulation(regionalTotal) names a target year not after the base year and a trend start not before it", () => {
    const r = projectPopulation(zones, { method: "regionalTotal", by: "trend", from: 2020, baseYear: 2020, year: 2019, total: 1 }, [2030]);
    expect(issuesOf(r)).toEqual([
      "regionalTotal.year: 应晚于基期 2020 年，实际为 2019 / must be after the base year 2020, got 2019",
      "regionalTotal.from: 应早于基期 2020 年，实际为 2020 / must be before the base year 2020, got 2020",
    ]);
  });

  it("projectPopulation(regionalTotal) names an unknown way of spreading", () => {
    const spec = { method: "regionalTotal", by: "equal", baseYear: 2020, year: 2030, total: 1 } as unknown as Parameters<typeof projectPopulation>[1];
    expect(issuesOf(projectPopulation(zones, spec, [2030]))).toEqual([
      'regionalTotal.by: 应为以下之一：share、trend，实际为 "equal" / must be one of share, trend, got "equal"',
    ]);
  });

  it("projectPopulation(regionalTotal) names a missing base-year figure and a base-year sum of 0", () => {
    const spec = { method: "regionalTotal", by: "share", baseYear: 2020, year: 2030, total: 1_000 } as const;
    expect(issuesOf(projectPopulation([zone("A", { "2020": 0 }), zone("B", { "2021": 5 })], spec, [2030]))).toEqual([
      "zones[1].population.2020: 缺少基期 2020 年人口 / no population for the base year 2020",
    ]);
    expect(issuesOf(projectPopulation([zone("A", { "2020": 0 })], spec, [2030]))).toEqual([
      "regionalTotal.baseYear: 2020 年可分配的镇/街道基期人口合计为 0 / zones to spread over have no base population in 2020",
    ]);
  });

  it("projectPopulation(regionalTotal by trend) names a zero first-year figure", () => {
    const spec = { method: "regionalTotal", by: "trend", from: 2018, baseYear: 2020, year: 2030, total: 1_000 } as const;
    const r = projectPopulation([zone("A", { "2018": 0, "2020": 50 }), zone("B", { "2018": 5, "2020": 5 })], spec, [2030]);
    expect(issuesOf(r)).toEqual(["zones[0].population.2018: 2018 年人口为 0，无法计算增长趋势 / population is 0 in 2018, so there is no growth trend"]);
  });

  it("projectPopulation(regionalTotal) names own figures above the total", () => {
    // own 2030 figure 90,000 > total 80,000
    const held = [zone("A", { "2025": 10_000 }), zone("B", { "2025": 10_000, "2030": 90_000 })];
    const spec = { method: "regionalTotal", by: "share", baseYear: 2025, year: 2030, total: 80_000 } as const;
    expect(issuesOf(projectPopulation(held, spec, [2030]))).toEqual([
      "regionalTotal.total: 2030 年已有人口 90000 与区域总量 80000 不符 / own figures for 2030 sum to 90000, which does not fit the total 80000",
    ]);
  });
});
