import { describe, expect, it } from "vitest";
import { computeNeed, needOf } from "../../models/index.js";
import { threeTowns } from "./fixtures.js";

describe("computeNeed", () => {
  it("computeNeed gives population × ratio / per for each zone", () => {
    const need = computeNeed(threeTowns());
    expect(need.units.map((u) => [u.unit, u.need])).toEqual([["A", 60], ["B", 120], ["C", 180]]);
    expect(need.years).toEqual([2025]);
  });

  it("computeNeed counts children through age shares (per 1,000 children)", () => {
    const s = threeTowns((x) => {
      x.zones.forEach((z: any) => (z.ageShares = { age0to14: 0.15 }));
      x.targets[0] = { ...x.targets[0], ratio: 2.5, population: "children0to14" };
    });
    // 10,000 × 0.15 × 2.5 / 1,000 = 3.75
    expect(computeNeed(s).units[0]!.need).toBeCloseTo(3.75, 12);
  });

  it("computeNeed splits a zone's people between the facilities whose catchments share it", () => {
    const s = threeTowns((x) => {
      x.targets[0].scope = "catchment";
      x.facilities[0].catchment = [{ zone: "A", share: 0.5 }, { zone: "B", share: 0.5 }];
    });
    // B is served by hcA (share 0.5) and hcB (share 1): hcA counts 10,000 + 20,000 × 0.5/1.5.
    const u = computeNeed(s).units;
    expect(u.find((x) => x.unit === "hcA")!.population).toBeCloseTo(10000 + 20000 / 3, 9);
    expect(u.find((x) => x.unit === "hcB")!.population).toBeCloseTo((20000 * 2) / 3, 9);
    expect(u.reduce((a, x) => a + x.population, 0)).toBeCloseTo(60000, 9);
  });

  it("computeNeed sums the region for a region-wide target (one ambulance per 30,000)", () => {
    const s = threeTowns((x) => (x.targets[0] = { ...x.targets[0], scope: "region", ratio: 1, per: 30000 }));
    expect(computeNeed(s).units).toMatchObject([{ unit: "region", population: 60000, need: 2 }]);
  });

  it("computeNeed weighs units by population with population normalisation", () => {
    const s = threeTowns((x) => (x.objective = { normalisation: "population" }));
    expect(computeNeed(s).units.map((u) => u.weight)).toEqual([0.5, 1, 1.5]);
  });
});

describe("needOf", () => {
  it("needOf(utilisation) = population × admissions × stay / (365 × occupancy)", () => {
    // 100,000 × 0.18 × 9 / (365 × 0.85) = 162,000 / 310.25 = 522.159…
    const t = threeTowns((x) => (x.targets[0].method = { kind: "utilisation", admissionRate: 0.18, avgStay: 9, occupancy: 0.85 })).targets[0]!;
    expect(needOf(100000, t).need).toBeCloseTo(162000 / 310.25, 9);
  });

  it("needOf gives the band's upper need", () => {
    const t = threeTowns((x) => (x.targets[0].upper = 6.5)).targets[0]!;
    expect(needOf(20000, t)).toEqual({ need: 120, upperNeed: 130 });
  });
});
