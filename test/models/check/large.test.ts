import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import type { AllocationLine, AllocationResult, CoverageLine } from "../../../models/result-types.js";
import { refs, resultOf, scenarioOf } from "./helpers.js";

const ZONES = 3200;
const RESOURCES = ["beds", "doctors", "nurses", "techs", "vans", "places"];

/*
 * 3,200 zones of 1,000 people, each with a township centre (4 beds, serves its zone) and a village
 * clinic (no beds, serves its zone); 6 resources; beds 5 per 1,000 by zone, expected. Every centre
 * adds 1 bed at 1 万元: each zone has need 5 = supplied 5, and the capital used is 3,200 of 3,200.
 */
function large(): { scenario: ReturnType<typeof scenarioOf>; result: AllocationResult } {
  const ids = Array.from({ length: ZONES }, (_, i) => `z${i}`);
  const scenario = scenarioOf({
    version: 1,
    region: { id: "large", name: { zh: "大区", en: "Large" }, level: "synthetic", baseYear: 2020, planYear: 2025 },
    zones: ids.map((id) => ({ id, name: { zh: id, en: id }, kind: "town", population: { "2025": 1000 } })),
    resources: RESOURCES.map((id) => ({ id, name: { zh: id, en: id }, unit: { zh: "个", en: "units" }, kind: "other", capitalCost: id === "beds" ? 1 : 0, runningCost: 0, wholeUnits: true })),
    facilities: ids.flatMap((z) => [
      { id: `hc${z}`, name: { zh: `${z}卫生院`, en: `hc ${z}` }, tier: "townshipCentre", zone: z, existing: { beds: 4 } },
      { id: `vc${z}`, name: { zh: `${z}卫生室`, en: `vc ${z}` }, tier: "villageClinic", zone: z, catchment: [{ zone: z, share: 1 }], existing: {} },
    ]),
    targets: [{ id: "beds5", resource: "beds", ratio: 5, per: 1000, scope: "zone", year: 2025, nature: "expected" }],
    budgets: { capital: { total: ZONES } },
  });
  const allocation: AllocationLine[] = ids.flatMap((z) =>
    RESOURCES.flatMap((r): AllocationLine[] => [
      r === "beds" ? { facility: `hc${z}`, resource: r, existing: 4, added: { "2025": 1 }, total: 5 } : { facility: `hc${z}`, resource: r, existing: 0, added: {}, total: 0 },
      { facility: `vc${z}`, resource: r, existing: 0, added: {}, total: 0 },
    ]),
  );
  const coverage: CoverageLine[] = ids.map((unit) => ({ target: "beds5", resource: "beds", scope: "zone", unit, year: 2025, nature: "expected", population: 1000, need: 5, supplied: 5, shortfall: 0, surplus: 0 }));
  const result = resultOf({
    status: "optimal", years: [2025], allocation, subCentres: [], coverage,
    budget: [{ kind: "capital", year: null, limit: ZONES, used: ZONES }],
    objective: { binding: 0, equity: 0, expected: 0, cost: ZONES },
  });
  return { scenario, result };
}

describe("checkResult at scale", () => {
  it("checkResult accepts a correct 3,200-zone result and finds one wrong line in it", () => {
    const { scenario, result } = large();
    expect(result.allocation).toHaveLength(ZONES * 2 * RESOURCES.length);
    expect(checkResult(scenario, result)).toEqual([]);
    const wrong = { ...result, coverage: result.coverage.map((c) => (c.unit === "z1234" ? { ...c, supplied: 4 } : c)) };
    expect(refs(checkResult(scenario, wrong))).toEqual([{ kind: "coverage", ref: "coverage beds5/z1234" }]);
  });
});

describe("models/check", () => {
  it("checkResult's files import nothing from the model builder, the solvers or the result builder", () => {
    const dir = join(import.meta.dirname, "..", "..", "..", "models", "check");
    const imports = readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]!));
    expect(imports.length).toBeGreaterThan(0);
    for (const p of imports.filter((p) => p.startsWith(".."))) {
      expect(p).toMatch(/^\.\.\/(scenario\/index|result-types|issues)\.js$/);
    }
  });
});
