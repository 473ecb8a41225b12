import { describe, expect, it } from "vitest";
import { buildModel } from "../../models/lp/build.js";
import { chooseSolver } from "../../models/solvers/choose.js";
import { bundled, expectSolvedAlike, populationsData, seedOf } from "./helpers.js";

// The app's default scenario: Yanjiang District (资阳市雁江区), 表1's 24 facilities, 5 sub-centres among 8.
const s = bundled("yanjiang");
const seed = seedOf("yanjiang");
const data = populationsData().regions.yanjiang;

describe("scenarios/yanjiang-2025.json", () => {
  it("parseScenario accepts it: 22 towns and streets, 24 表1 facilities plus two stated extras, 8 targets", () => {
    expect(s.zones).toHaveLength(22);
    expect(s.zones.filter((z) => z.kind === "street")).toHaveLength(5);
    expect(s.zones.map((z) => z.code)).toEqual(data.towns.map((t: { nbsCode: string }) => t.nbsCode));
    expect(s.facilities).toHaveLength(26);
    expect(s.targets).toHaveLength(8);
  });

  it("town populations are estimates that add up to the census total and the stated projection", () => {
    const sum = (y: string) => s.zones.reduce((a, z) => a + z.population[y]!, 0);
    expect(sum("2020")).toBe(data.census2020.total);
    expect(sum("2025")).toBe(Math.round(867119 * Math.sqrt(867119 / 905729)));
    for (const z of s.zones) {
      expect(z.populationStatus).toEqual({ "2020": "estimated", "2025": "estimated" });
      expect(z.populationSource?.kind).toBe("estimate");
      expect(z.populationSource?.note).toMatch(/ESTIMATE/);
    }
  });

  it("carries 表1's 2025 beds for each of its 24 facilities (summing to 4,195)", () => {
    const planned = s.facilities.filter((f) => f.planned?.["beds"] !== undefined);
    expect(planned).toHaveLength(24);
    expect(planned.reduce((a, f) => a + f.planned!["beds"]!, 0)).toBe(4195);
    for (const f of planned) {
      const sf = seed.facilities.find((x) => x.id === f.source?.ref)!;
      const fig = sf.figures.find((g) => g.resource === "beds")!.figure.value;
      expect(fig.kind === "number" && fig.value).toBe(f.planned!["beds"]);
    }
    expect(s.facilities.filter((f) => f.subCentreCandidate).map((f) => f.id)).toEqual(["wuhuangChc", "xiaoyuanChc", "zhongheChc", "danshanChc", "fengyuChc", "baoheChc", "nanjinChc", "xiangfuChc"]);
  });

  it("takes its ratios from the plan: 6.0 district-run and grassroots beds, 3.2 doctors, 3.8 nurses", () => {
    const t = (id: string) => s.targets.find((x) => x.id === id)!;
    expect(t("countyAndGrassrootsBedsPer1000")).toMatchObject({ ratio: 6, per: 1000, scope: "zone", source: { kind: "plan", ref: "countyAndGrassrootsBedsPer1000", line: 94 } });
    expect(t("doctorsPer1000")).toMatchObject({ ratio: 3.2, source: { kind: "plan" } });
    expect(t("nursesPer1000")).toMatchObject({ ratio: 3.8, source: { kind: "plan" } });
    expect(s.rules.siting).toMatchObject({ min: 5, max: 5, requirements: { beds: 100, nurses: 40 } });
  });

  it("is small enough for javascript-lp-solver under auto (few integer columns)", () => {
    const pick = chooseSolver(buildModel(s));
    expect(pick.ok && pick.solver.name).toBe("jslp");
  });

  it("solveScenario: jslp and HiGHS agree, the checker finds nothing, and 5 sub-centres are chosen", async () => {
    const { jslp, highs } = await expectSolvedAlike("yanjiang");
    expect(jslp.subCentres).toHaveLength(5);
    // The five that already meet the secondary minimum (≥ 40 nurses on the estimated stock); the three
    // 110-bed centres would need about 3 more nurses each.
    expect([...jslp.subCentres].sort()).toEqual(["danshanChc", "fengyuChc", "wuhuangChc", "xiaoyuanChc", "zhongheChc"]);
    expect([...highs.subCentres].sort()).toEqual([...jslp.subCentres].sort());
    const beds = (id: string) => jslp.allocation.find((l) => l.facility === id && l.resource === "beds")!.total;
    expect(beds("peoplesHospital")).toBe(990);
    expect(beds("baolianCsc")).toBeCloseTo(50, 6);
  });
});
