import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planTable } from "../../models/plan-table.js";
import { parseScenario, type Scenario } from "../../models/scenario/index.js";
import { solveScenario } from "../../models/solve.js";
import { ROOT, bundled, solvedBoth } from "./helpers.js";

/** Three towns (10k / 20k / 30k, need 60 / 120 / 180 beds at 6‰) with the plan's own figures per centre. */
function threeTownsWithPlan(): Scenario {
  const input = JSON.parse(readFileSync(join(ROOT, "test/cases/three-towns.json"), "utf8"));
  input.budgets.capital.total = 10000;
  input.facilities[0].limits = { noGrowth: ["beds"] };
  input.facilities[0].planned = { beds: 50 };
  input.facilities[1].limits = { max: { beds: 110 } };
  input.facilities[1].planned = { beds: 100 };
  input.facilities[2].planned = { beds: 150 };
  input.zones[2].populationStatus = { "2020": "estimated", "2025": "estimated" };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.en).join("; "));
  return parsed.value;
}

describe("planTable(scenario, result)", () => {
  it("planTable names what drives each facility: no growth, a cap, its town's need", async () => {
    const s = threeTownsWithPlan();
    const t = planTable(s, await solveScenario(s, { solver: "jslp", marginal: false }));
    const row = (id: string) => t.rows.find((r) => r.facility === id)!;
    expect(t.rows.map((r) => [r.facility, r.planned, Math.round(r.model * 1e3) / 1e3, Math.round(r.difference * 1e3) / 1e3])).toEqual([
      ["hcA", 50, 40, -10],
      ["hcB", 100, 110, 10],
      ["hcC", 150, 180, 30],
    ]);
    expect(row("hcA").reasons.map((r) => r.code)).toEqual(["noGrowth", "townStillShort"]);
    expect(row("hcB").reasons.map((r) => r.code)).toEqual(["atCap", "townStillShort"]);
    expect(row("hcC").reasons.map((r) => r.code)).toEqual(["addedForTownNeed"]);
    expect(row("hcA").servedAtRatio).toBeCloseTo(50000 / 6, 9);
    expect(row("hcC").zonePopulation).toBe(30000);
    expect(t.rows.map((r) => r.dependsOnEstimate)).toEqual([false, false, true]);
    expect(t.totals).toMatchObject({ planned: 300, existing: 260, population: 60000, need: 360, populationEstimated: true });
  });

  it("planTable on Yanjiang: 24 表1 rows summing to 4,195, the 6.0‰ ratio, and the reasons the result gives", async () => {
    const s = bundled("yanjiang");
    const { jslp } = await solvedBoth("yanjiang");
    const t = planTable(s, jslp, { otherPopulations: [{ label: { zh: "隐含人口", en: "implied" }, population: 1_000_627 }] });
    expect(t.target).toMatchObject({ id: "countyAndGrassrootsBedsPer1000", ratio: 6, per: 1000, year: 2025 });
    expect(t.rows).toHaveLength(24);
    expect(t.totals.planned).toBe(4195);
    expect(t.totals.servedAtRatio).toBeCloseTo((4195 * 1000) / 6, 6);
    const row = (id: string) => t.rows.find((r) => r.facility === id)!;
    for (const id of ["peoplesHospital", "tcmHospital", "mchHospital"]) {
      expect(row(id).difference).toBe(0);
      expect(row(id).reasons.map((r) => r.code)).toEqual(["noGrowth", "servesAllTowns"]);
      expect(row(id).dependsOnEstimate).toBe(false);
    }
    expect(row("baolianCsc").model).toBeCloseTo(50, 6);
    expect(row("baolianCsc").reasons.map((r) => r.code)).toEqual(["atCap", "townStillShort"]);
    expect(row("danshanChc").reasons.map((r) => r.code)).toEqual(["subCentre", "townNeedMetWithout"]);
    expect(row("baoheChc").reasons.map((r) => r.code)).toEqual(["candidateNotChosen", "addedForTownNeed"]);
    expect(row("baotaiThc").dependsOnEstimate).toBe(true);
    expect(t.subCentres.filter((x) => !x.chosen).map((x) => [x.facility, Object.keys(x.lacking)])).toEqual([["baoheChc", ["nurses"]], ["nanjinChc", ["nurses"]], ["xiangfuChc", ["nurses"]]]);
    expect(t.outside.map((x) => x.facility)).toEqual(["yanjiangTownThc"]);
    expect(t.findings.length).toBeGreaterThanOrEqual(5);
    expect(t.findings[0]!.en).toContain("4,195");
    expect(t.findings[1]!.en).toContain("4.2‰");
  });
});
