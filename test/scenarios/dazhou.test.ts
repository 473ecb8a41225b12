import { describe, expect, it } from "vitest";
import { bundled, expectSolvedAlike, populationsData, subCentresByZone } from "./helpers.js";

const s = bundled("dazhou");
const data = populationsData().regions.dazhou;

describe("scenarios/dazhou-2025.json", () => {
  it("parseScenario accepts it: 7 county-level zones, 44 facilities, 5 targets", () => {
    expect(s.zones).toHaveLength(7);
    expect(s.facilities).toHaveLength(44);
    expect(s.targets).toHaveLength(5);
  });

  it("labels the derived 通川 and 万源 figures as estimates and adds up to the census total", () => {
    const status = Object.fromEntries(s.zones.map((z) => [z.id, z.populationStatus?.["2020"]]));
    expect(status).toMatchObject({ tongchuan: "estimated", wanyuan: "estimated", dachuan: "published", quxian: "published" });
    expect(s.zones.find((z) => z.id === "tongchuan")?.populationSource?.note).toMatch(/DERIVED/);
    expect(s.zones.reduce((a, z) => a + z.population["2020"]!, 0)).toBe(data.census2020.total);
  });

  it("sets no ratio from the plan (it has none): every target is a labelled national standard", () => {
    expect(s.targets.every((t) => t.source?.kind === "national")).toBe(true);
  });

  it("solveScenario: both solvers agree, the checker passes, and 30 sub-centres are split by county population", async () => {
    const { jslp, highs } = await expectSolvedAlike("dazhou");
    const want = { tongchuan: 5, dachuan: 5, wanyuan: 2, xuanhan: 6, kaijiang: 2, dazhu: 5, quxian: 5 };
    expect(jslp.subCentres).toHaveLength(30);
    expect(subCentresByZone(s, jslp)).toEqual(want);
    expect(subCentresByZone(s, highs)).toEqual(want);
  });
});
