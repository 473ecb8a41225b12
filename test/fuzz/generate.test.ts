import { describe, expect, it } from "vitest";
import { caseSeeds } from "../../models/fuzz/campaign.js";
import { fuzzScenario } from "../../models/fuzz/generate.js";
import { parseScenario } from "../../models/scenario/index.js";

describe("fuzzScenario", () => {
  it("gives the same scenario for the same seed, and different ones for different seeds", () => {
    expect(fuzzScenario(42)).toEqual(fuzzScenario(42));
    expect(fuzzScenario(42, { maxTowns: 12 })).toEqual(fuzzScenario(42, { maxTowns: 12 }));
    expect(JSON.stringify(fuzzScenario(42).input)).not.toBe(JSON.stringify(fuzzScenario(43).input));
  });

  it("writes only scenarios that parseScenario accepts (600 seeds)", () => {
    const bad: string[] = [];
    for (const seed of caseSeeds(7, 600)) {
      const parsed = parseScenario(fuzzScenario(seed).input);
      if (!parsed.ok) bad.push(`${seed}: ${parsed.issues.slice(0, 3).map((i) => `${i.path}: ${i.en}`).join("; ")}`);
    }
    expect(bad).toEqual([]);
  });

  it("keeps to maxTowns and goes past 30 towns only when allowed", () => {
    const sizes = caseSeeds(3, 400).map((seed) => [fuzzScenario(seed, { maxTowns: 12 }).input.zones.length, fuzzScenario(seed).input.zones.length] as const);
    expect(Math.max(...sizes.map(([small]) => small))).toBeLessThanOrEqual(12);
    expect(Math.min(...sizes.map(([small]) => small))).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes.map(([, full]) => full))).toBeGreaterThan(30);
  });

  it("exercises every feature the fuzzing note lists", () => {
    const seen = new Map<string, number>();
    for (const seed of caseSeeds(11, 400)) for (const f of fuzzScenario(seed).features) seen.set(f, (seen.get(f) ?? 0) + 1);
    const wanted = [
      "wholeUnits", "siting", "separable", "multiYear", "byYear", "recurring", "band", "catchmentScope", "regionScope", "ageGroup", "binding",
      "staffRatio", "sizeRule", "noGrowth", "facilityLimits", "weighted", "customOrder", "contradiction", "impossibleBinding",
      "zeroBudget", "tightBudget", "midBudget", "looseBudget", "towns2-8", "towns9-30", "towns31+",
    ];
    expect(wanted.filter((f) => !seen.has(f))).toEqual([]);
  });

  it("makes whole-unit scenarios small: 2–3 towns, one whole-unit resource, one allocation year", () => {
    const mips = caseSeeds(5, 300).map((seed) => fuzzScenario(seed)).filter((f) => f.features.includes("wholeUnits"));
    expect(mips.length).toBeGreaterThan(20);
    for (const { input } of mips) {
      expect(input.zones.length).toBeLessThanOrEqual(3);
      expect(input.resources.filter((r) => r.wholeUnits)).toHaveLength(1);
      expect(Object.keys(input.budgets.capital?.byYear ?? { 2025: 0 })).toHaveLength(1);
    }
  });
});
