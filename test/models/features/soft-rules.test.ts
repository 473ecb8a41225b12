import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import { solveScenario, type AllocationResult } from "../../../models/index.js";
import { scenarioOf } from "../fixtures.js";

/*
 * One town of 10,000 with one centre holding 30 doctors and 30 nurses; doctors 3.2 and nurses 3.0 per
 * 1,000 (needs 32 and 30); nurses ≥ 1.3 × doctors. Doctors cost 10 万元, nurses 3 万元.
 * With the rule off: 2 doctors (20 万元). Hard or binding: 32 doctors need 41.6 nurses, 11.6 more.
 */
const input = (rule: Record<string, unknown> | null, budget: number) => ({
  version: 1,
  region: { id: "ratioRule", name: { zh: "配比示例", en: "Ratio rule" }, level: "lesson", baseYear: 2020, planYear: 2025 },
  zones: [{ id: "A", name: { zh: "甲镇", en: "Town A" }, kind: "town", population: { "2025": 10000 } }],
  resources: [
    { id: "doctors", name: { zh: "医师", en: "Doctors" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 10, runningCost: 0, wholeUnits: false },
    { id: "nurses", name: { zh: "护士", en: "Nurses" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 3, runningCost: 0, wholeUnits: false },
  ],
  facilities: [{ id: "hc", name: { zh: "卫生院", en: "Centre" }, tier: "townshipCentre", zone: "A", existing: { doctors: 30, nurses: 30 } }],
  targets: [
    { id: "doctors", resource: "doctors", ratio: 3.2, per: 1000, scope: "zone", year: 2025, nature: "expected" },
    { id: "nurses", resource: "nurses", ratio: 3.0, per: 1000, scope: "zone", year: 2025, nature: "expected" },
  ],
  rules: { staffRatios: rule ? [{ id: "dn", name: { zh: "医护比", en: "Doctor:nurse" }, numerator: ["nurses"], denominator: ["doctors"], min: 1.3, scope: "region", ...rule }] : [] },
  budgets: { capital: { total: budget } },
});

const solve = async (rule: Record<string, unknown> | null, budget: number) => {
  const s = scenarioOf(input(rule, budget));
  const r = await solveScenario(s, { solver: "highs", marginal: false });
  return { s, r };
};
const added = (r: AllocationResult, id: string) => r.allocation.find((l) => l.resource === id)!.total - r.allocation.find((l) => l.resource === id)!.existing;

describe("staff-ratio rules: hard, binding, expected, switched off", () => {
  it("a rule switched off adds no constraint: 2 doctors, no nurses", async () => {
    const { s, r } = await solve({ enabled: false }, 1000);
    expect(added(r, "doctors")).toBeCloseTo(2, 6);
    expect(added(r, "nurses")).toBeCloseTo(0, 6);
    expect(r.rules).toEqual([]);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("a hard rule forces 41.6 nurses for 32 doctors", async () => {
    const { s, r } = await solve({}, 1000);
    expect(added(r, "nurses")).toBeCloseTo(11.6, 6);
    expect(r.rules).toEqual([{ rule: "dn", side: "min", unit: "region", nature: "hard", required: expect.closeTo(41.6, 6), actual: expect.closeTo(41.6, 6), deficit: expect.closeTo(0, 6), scale: 39 }]);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("a binding rule the budget cannot meet leaves the result unmet, with the deficit listed and checked", async () => {
    // 20 万元: the binding deficit (39 − 30 = 9 nurses before any doctor) comes first: 6.67 nurses.
    const { s, r } = await solve({ nature: "binding" }, 20);
    expect(r.status).toBe("unmet");
    expect(added(r, "doctors")).toBeCloseTo(0, 6);
    expect(added(r, "nurses")).toBeCloseTo(20 / 3, 6);
    expect(r.explanation.unmetRules).toEqual([{ rule: "dn", side: "min", unit: "region", deficit: expect.closeTo(39 - 30 - 20 / 3, 6) }]);
    expect(r.objective.binding).toBeCloseTo((39 - 30 - 20 / 3) / 39, 9);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("an expected rule trades off against the expected targets within the budget", async () => {
    const { s, r } = await solve({ nature: "expected" }, 1000);
    expect(r.status).toBe("optimal");
    expect(r.rules![0]!.deficit).toBeCloseTo(0, 6);
    expect(checkResult(s, r)).toEqual([]);
  });

  it("checkResult flags a rule line whose deficit was altered and an optimal result hiding a binding deficit", async () => {
    const { s, r } = await solve({ nature: "binding" }, 20);
    const forged = { ...r, status: "optimal" as const, rules: r.rules!.map((l) => ({ ...l, deficit: 0 })), explanation: { ...r.explanation, unmetRules: [] } };
    const kinds = checkResult(s, forged).map((v) => v.kind);
    expect(kinds).toContain("figure");
    expect(kinds).toContain("binding");
  });
});
