import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../models/issues.js";
import { parseScenario, scenarioJsonSchema } from "../../../models/scenario/index.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const threeTowns = () => JSON.parse(readFileSync(join(ROOT, "test/cases/three-towns.json"), "utf8"));

describe("parseScenario", () => {
  it("parseScenario(three-towns) succeeds and fills defaults", () => {
    const r = parseScenario(threeTowns());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.objective.order).toEqual(["binding", "equity", "expected", "cost"]);
    expect(r.value.targets[0]!.method).toEqual({ kind: "ratio" });
    expect(r.value.rules.staffRatios).toEqual([]);
  });

  it("parseScenario names a negative population in both languages", () => {
    const s = threeTowns();
    s.zones[2].population["2025"] = -12;
    const r = parseScenario(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => formatIssue(i, "zh"))).toEqual(["zones[2].population.2025: 应为非负数，实际为 -12"]);
    expect(r.issues.map((i) => formatIssue(i, "en"))).toEqual(["zones[2].population.2025: must be a non-negative number, got -12"]);
  });

  it("parseScenario rejects a facility in an unknown zone", () => {
    const s = threeTowns();
    s.facilities[1].zone = "Z";
    const r = parseScenario(s);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, "en"))).toEqual(["facilities[1].zone: unknown zone Z"]);
  });

  it("parseScenario rejects catchment shares that do not sum to 1", () => {
    const s = threeTowns();
    s.facilities[0].catchment = [{ zone: "A", share: 0.5 }, { zone: "B", share: 0.3 }];
    const r = parseScenario(s);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, "zh"))).toEqual(["facilities[0].catchment: 服务范围份额之和应为 1，实际为 0.8"]);
  });

  it("parseScenario rejects duplicate ids and a missing target-year population", () => {
    const s = threeTowns();
    s.zones[1].id = "A";
    s.facilities[1].zone = "A";
    delete s.zones[0].population["2025"];
    const r = parseScenario(s);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, "en"))).toEqual([
      "zones[1].id: duplicate id A",
      "zones[0].population.2025: no population for 2025 (needed by target bedsPer1000)",
    ]);
  });

  it("parseScenario names a wrong type and a missing field", () => {
    const s = threeTowns();
    s.resources[0].capitalCost = "ten";
    delete s.budgets;
    const r = parseScenario(s);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, "en"))).toEqual([
      'resources[0].capitalCost: must be a number, got "ten"',
      "budgets: is required",
    ]);
  });
});

describe("parseScenario with a union field", () => {
  it("parseScenario names an unknown need method as 'must be one of'", () => {
    const s = threeTowns();
    s.targets[0].method = { kind: "guess" };
    const r = parseScenario(s);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, "en"))).toEqual(['targets[0].method.kind: must be one of ratio, utilisation, got "guess"']);
  });
});

describe("scenarioJsonSchema", () => {
  it("scenarios/schema.json is current (run `npm run schema` after changing the zod schema)", () => {
    const committed = JSON.parse(readFileSync(join(ROOT, "scenarios/schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
