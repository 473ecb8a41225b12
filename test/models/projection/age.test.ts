import { describe, expect, it } from "vitest";
import { ageGroupCounts, projectPopulation } from "../../../models/projection/index.js";
import { issuesOf, valueOf, zone } from "./helpers.js";

const a = zone("A", { "2025": 10_000 }, { ageShares: { age0to14: 0.15, age65plus: 0.2 } });

describe("ageGroupCounts", () => {
  it("ageGroupCounts(projected zone) counts children and elderly as population × share", () => {
    // 2030: 10,000 × 1.02^5 = 11,040.808032; 0–14: × 0.15 = 1,656.1212048; 65+: × 0.2 = 2,208.1616064
    const r = valueOf(projectPopulation([a], { method: "growth", baseYear: 2025, rate: 0.02 }, [2030]));
    const z = r.zones[0]!;
    expect(z.ageShares["2030"]).toEqual({ age0to14: 0.15, age65plus: 0.2 });
    const counts = ageGroupCounts(z, 2030);
    expect(Object.keys(counts).sort()).toEqual(["age0to14", "age65plus"]);
    expect(counts.age0to14).toBeCloseTo(1_656.1212048, 6);
    expect(counts.age65plus).toBeCloseTo(2_208.1616064, 6);
    expect(ageGroupCounts(z, 2040)).toEqual({});
  });

  it("projectPopulation(growth, ageDrift) moves the 65+ share half a point a year", () => {
    // 65+ share 2030 = 0.2 + 0.5 / 100 × (2030 − 2025) = 0.225; 2027: 0.2 + 0.005 × 2 = 0.21
    // 65+ in 2030 = 11,040.808032 × 0.225 = 2,484.1818072; 0–14 has no drift: 0.15
    const spec = { method: "growth", baseYear: 2025, rate: 0.02, ageDrift: { from: 2025, perYear: { age65plus: 0.5 } } } as const;
    const z = valueOf(projectPopulation([a], spec, [2027, 2030])).zones[0]!;
    expect(z.ageShares["2027"]!.age65plus).toBeCloseTo(0.21, 12);
    expect(z.ageShares["2030"]!.age65plus).toBeCloseTo(0.225, 12);
    expect(z.ageShares["2030"]!.age0to14).toBe(0.15);
    expect(ageGroupCounts(z, 2030).age65plus).toBeCloseTo(2_484.1818072, 6);
  });

  it("projectPopulation(urbanisation) uses the drift of the projection underneath", () => {
    // 0–14 share 2030 = 0.15 − 1 / 100 × 5 = 0.10
    const u = zone("U", { "2025": 1_000 }, { urban: true, ageShares: { age0to14: 0.15 } });
    const spec = {
      method: "urbanisation",
      baseYear: 2025,
      share: 0.5,
      base: { method: "growth", baseYear: 2025, rate: 0, ageDrift: { from: 2025, perYear: { age0to14: -1 } } },
    } as const;
    expect(valueOf(projectPopulation([u], spec, [2030])).zones[0]!.ageShares["2030"]!.age0to14).toBeCloseTo(0.1, 12);
  });

  it("projectPopulation(ageDrift) names a share driven out of 0–1", () => {
    // 0.2 + 0.5 × 5 / 100 = 0.225 fine; 0.99 + 1 × 5 / 100 = 1.04 too big
    const old = zone("B", { "2025": 100 }, { ageShares: { age65plus: 0.99 } });
    const spec = { method: "growth", baseYear: 2025, rate: 0, ageDrift: { from: 2025, perYear: { age65plus: 1 } } } as const;
    expect(issuesOf(projectPopulation([old], spec, [2030]))).toEqual([
      "growth.ageDrift.perYear.age65plus: 镇/街道 B 的 age65plus 在 2030 年将为 1.04，超出 0–1 / age65plus of zone B would be 1.04 in 2030, outside 0–1",
    ]);
  });
});
