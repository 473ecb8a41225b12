import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyProjection } from "../../../models/projection/index.js";
import { parseScenario, type Scenario } from "../../../models/scenario/index.js";
import { deepFreeze, issuesOf, valueOf } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** Three towns (A 10,000, B 20,000, C 30,000 in 2020 and 2025), plan year 2030, C marked published. */
function threeTowns(): Scenario {
  const input = JSON.parse(readFileSync(join(ROOT, "test/cases/three-towns.json"), "utf8"));
  input.region.planYear = 2030;
  input.zones[0].ageShares = { age0to14: 0.15, age65plus: 0.2 };
  input.zones[2].populationStatus = { "2025": "published" };
  return valueOf(parseScenario(input));
}

const growth = { method: "growth", baseYear: 2025, rate: 0.02 } as const;

describe("applyProjection", () => {
  it("applyProjection(scenario, growth) writes projected figures and marks them", () => {
    // A 2030: 10,000 × 1.02^5 = 11,040.808032; C 2026: 30,000 × 1.02 = 30,600
    const s = valueOf(applyProjection(threeTowns(), growth, [2026, 2030]));
    const [a, , c] = s.zones;
    expect(a!.population["2030"]).toBeCloseTo(11_040.808032, 6);
    expect(a!.population["2025"]).toBe(10_000);
    expect(a!.populationStatus).toEqual({ "2026": "projected", "2030": "projected" });
    expect(c!.population["2026"]).toBeCloseTo(30_600, 9);
    expect(c!.populationStatus).toEqual({ "2025": "published", "2026": "projected", "2030": "projected" });
  });

  it("applyProjection(scenario) does not mutate its input and shares what does not change", () => {
    const input = deepFreeze(threeTowns());
    const before = structuredClone(input);
    // years already held by every zone (2020, 2025) change nothing
    const same = valueOf(applyProjection(input, growth, [2020, 2025]));
    expect(same).not.toBe(input);
    expect(same.zones.every((z, i) => z === input.zones[i])).toBe(true);
    const changed = valueOf(applyProjection(input, growth, [2030]));
    expect(changed.zones[0]).not.toBe(input.zones[0]);
    expect(changed.facilities).toBe(input.facilities);
    expect(changed.zones[0]!.name).toBe(input.zones[0]!.name);
    expect(input).toEqual(before);
  });

  it("applyProjection(scenario, ageDrift) writes the plan year's age shares", () => {
    // plan year 2030: 65+ 0.2 + 0.4 / 100 × 5 = 0.22; zones without shares keep none
    const spec = { ...growth, ageDrift: { from: 2025, perYear: { age65plus: 0.4 } } };
    const s = valueOf(applyProjection(threeTowns(), spec, [2030]));
    expect(s.zones[0]!.ageShares!.age65plus).toBeCloseTo(0.22, 12);
    expect(s.zones[0]!.ageShares!.age0to14).toBe(0.15);
    expect(s.zones[1]!.ageShares).toBeUndefined();
  });

  it("applyProjection(scenario) re-projects figures it projected before", () => {
    // first 2%: 11,040.808…; then 0%: 10,000 (the 2030 figure was `projected`, so it is redone)
    const once = valueOf(applyProjection(threeTowns(), growth, [2030]));
    const twice = valueOf(applyProjection(once, { method: "growth", baseYear: 2025, rate: 0 }, [2030]));
    expect(twice.zones[0]!.population["2030"]).toBe(10_000);
    expect(twice.zones[0]!.populationStatus).toEqual({ "2030": "projected" });
  });

  it("applyProjection(scenario) returns the issues of bad input and no scenario", () => {
    const r = applyProjection(threeTowns(), { method: "growth", baseYear: 2019, rate: 0.02 }, [2030]);
    expect(issuesOf(r)).toEqual([
      "zones[0].population.2019: 缺少基期 2019 年人口 / no population for the base year 2019",
      "zones[1].population.2019: 缺少基期 2019 年人口 / no population for the base year 2019",
      "zones[2].population.2019: 缺少基期 2019 年人口 / no population for the base year 2019",
    ]);
  });
});
