import { describe, expect, it } from "vitest";
import { scenarioToJson } from "../../../models/io/index.js";
import { parseScenario, type Scenario } from "../../../models/scenario/index.js";
import { ok, threeTowns } from "./helpers.js";

/** A copy with every object's keys in reverse order. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) as T;
}

describe("scenarioToJson", () => {
  it("scenarioToJson(scenario) is pretty JSON in schema order that parses back to the scenario", () => {
    const s = threeTowns();
    const text = scenarioToJson(s);
    expect(Object.keys(JSON.parse(text))).toEqual(["version", "region", "zones", "resources", "facilities", "targets", "rules", "budgets", "objective", "notes"]);
    expect(text.split("\n").slice(0, 4)).toEqual(["{", '  "version": 1,', '  "region": {', '    "id": "threeTowns",']);
    expect(text.endsWith("}\n")).toBe(true);
    expect(ok(parseScenario(JSON.parse(text)))).toEqual(s);
  });

  it("scenarioToJson(scenario) does not depend on the order objects were built in", () => {
    const s = threeTowns();
    const shuffled: Scenario = reversed({ ...s, zones: s.zones.map((z) => ({ ...z, population: { "2025": z.population["2025"]!, "2020": z.population["2020"]! } })) });
    expect(scenarioToJson(shuffled)).toBe(scenarioToJson(s));
    expect(Object.keys(JSON.parse(scenarioToJson(shuffled)).zones[0])).toEqual(["id", "name", "kind", "population"]);
    expect(Object.keys(JSON.parse(scenarioToJson(shuffled)).targets[0])).toEqual(["id", "resource", "ratio", "per", "population", "scope", "enabled", "year", "nature", "method", "weight"]);
  });
});
