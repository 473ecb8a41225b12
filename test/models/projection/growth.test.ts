import { describe, expect, it } from "vitest";
import { projectPopulation } from "../../../models/projection/index.js";
import { issuesOf, populations, valueOf, zone } from "./helpers.js";

const zones = [zone("A", { "2025": 10_000 }), zone("B", { "2025": 20_000 }), zone("t3", { "2025": 5_000 })];

describe("projectPopulation(growth)", () => {
  it("projectPopulation(growth) compounds 2% a year for five years", () => {
    // 10,000 × 1.02^5 = 10,000 × 1.1040808032 = 11,040.808032
    const r = valueOf(projectPopulation([zone("A", { "2025": 10_000 })], { method: "growth", baseYear: 2025, rate: 0.02 }, [2030]));
    expect(r.zones[0]!.population["2030"]).toBeCloseTo(11_040.808032, 6);
    expect(r.zones[0]!.status).toEqual({ "2030": "projected" });
  });

  it("projectPopulation(growth) uses rates per zone and falls back to the one rate", () => {
    // A: 10,000 × 1.1^2 = 12,100; B: 20,000 × 0.95^2 = 18,050; t3 (rate): 5,000 × 1.02^2 = 5,202
    const spec = { method: "growth", baseYear: 2025, rate: 0.02, rates: { A: 0.1, B: -0.05 } } as const;
    const r = valueOf(projectPopulation(zones, spec, [2027]));
    const p = populations(r);
    expect(p["A"]!["2027"]).toBeCloseTo(12_100, 9);
    expect(p["B"]!["2027"]).toBeCloseTo(18_050, 9);
    expect(p["t3"]!["2027"]).toBeCloseTo(5_202, 9);
    // total 12,100 + 18,050 + 5,202 = 35,352
    expect(r.totals["2027"]).toBeCloseTo(35_352, 9);
  });

  it("projectPopulation(growth) keeps exact figures, sorts the years and drops repeats", () => {
    // 10,000 × 1.02 = 10,200; 10,000 × 1.02^3 = 10,612.08 (not rounded to whole persons)
    const r = valueOf(projectPopulation([zone("A", { "2025": 10_000 })], { method: "growth", baseYear: 2025, rate: 0.02 }, [2028, 2026, 2028]));
    expect(r.years).toEqual([2026, 2028]);
    expect(r.zones[0]!.population["2026"]).toBeCloseTo(10_200, 9);
    expect(r.zones[0]!.population["2028"]).toBeCloseTo(10_612.08, 9);
  });

  it("projectPopulation(growth) back-casts a year before the base year", () => {
    // 10,200 × 1.02^-1 = 10,000
    const r = valueOf(projectPopulation([zone("A", { "2026": 10_200 })], { method: "growth", baseYear: 2026, rate: 0.02 }, [2025]));
    expect(r.zones[0]!.population["2025"]).toBeCloseTo(10_000, 9);
  });

  it("projectPopulation(growth) keeps the zone's own figures and their status, and redoes projected ones", () => {
    // 2025 published 10,000 kept; 2030 was projected 99 → recomputed 10,000 × 1.02^5 = 11,040.808032
    const a = zone("A", { "2025": 10_000, "2030": 99 }, { populationStatus: { "2025": "published", "2030": "projected" } });
    const b = zone("B", { "2025": 20_000, "2030": 21_000 });
    const r = valueOf(projectPopulation([a, b], { method: "growth", baseYear: 2025, rate: 0.02 }, [2025, 2030]));
    expect(r.zones[0]!.population["2025"]).toBe(10_000);
    expect(r.zones[0]!.population["2030"]).toBeCloseTo(11_040.808032, 6);
    expect(r.zones[0]!.status).toEqual({ "2025": "published", "2030": "projected" });
    // B's own 2030 figure (no status listed = user) stays
    expect(r.zones[1]!.population).toEqual({ "2025": 20_000, "2030": 21_000 });
    expect(r.zones[1]!.status).toEqual({ "2025": "user", "2030": "user" });
  });

  it("projectPopulation(growth) names a rate of −100% or less in both languages", () => {
    const r = projectPopulation(zones, { method: "growth", baseYear: 2025, rate: 0, rates: { t3: -1.2 } }, [2030]);
    expect(issuesOf(r)).toEqual(["growth.rates.t3: 应大于 -1，实际为 -1.2 / must be above -1, got -1.2"]);
  });

  it("projectPopulation(growth) names an unknown zone in rates", () => {
    const r = projectPopulation(zones, { method: "growth", baseYear: 2025, rate: 0, rates: { Z9: 0.01 } }, [2030]);
    expect(issuesOf(r)).toEqual(["growth.rates.Z9: 未知的镇/街道编号：Z9 / unknown zone Z9"]);
  });

  it("projectPopulation(growth) names a zone with no base-year population", () => {
    const r = projectPopulation([zone("A", { "2025": 1 }), zone("B", { "2020": 1 })], { method: "growth", baseYear: 2025, rate: 0.01 }, [2030]);
    expect(issuesOf(r)).toEqual(["zones[1].population.2025: 缺少基期 2025 年人口 / no population for the base year 2025"]);
  });

  it("projectPopulation(growth) names a zone without a rate", () => {
    const r = projectPopulation(zones, { method: "growth", baseYear: 2025, rates: { A: 0.01, B: 0.01 } }, [2030]);
    expect(issuesOf(r)).toEqual(["growth.rates: 镇/街道 t3 没有增长率（请给出 rate 或 rates.t3） / no growth rate for zone t3 (give rate or rates.t3)"]);
  });

  it("projectPopulation(growth) names a bad year", () => {
    const r = projectPopulation(zones, { method: "growth", baseYear: 2025, rate: 0 }, [2030, 2030.5, 2200]);
    expect(issuesOf(r)).toEqual([
      "years[1]: 应为整数，实际为 2030.5 / must be a int, got 2030.5",
      "years[2]: 应不大于 2100，实际为 2200 / must be at most 2100, got 2200",
    ]);
  });
});
