import { describe, expect, it } from "vitest";
import { bundled, expectSolvedAlike, populationsData, subCentresByZone } from "./helpers.js";

const s = bundled("zigong");
const data = populationsData().regions.zigong;

describe("scenarios/zigong-2025.json", () => {
  it("parseScenario accepts it: 6 published county-level zones, 22 facilities, 6 targets", () => {
    expect(s.zones).toHaveLength(6);
    expect(s.facilities).toHaveLength(22);
    expect(s.targets).toHaveLength(6);
    expect(s.zones.every((z) => z.populationStatus?.["2020"] === "published")).toBe(true);
    expect(s.zones.reduce((a, z) => a + z.population["2020"]!, 0)).toBe(data.census2020.total);
    expect(s.zones.find((z) => z.id === "yantan")?.ageShares).toEqual({ age0to14: 0.1704, age65plus: 0.1961 });
  });

  it("borrows beds and GPs from labelled national standards (the plan sets neither) and keeps its own ambulance rule", () => {
    const kind = Object.fromEntries(s.targets.map((t) => [t.id, t.source?.kind]));
    expect(kind).toMatchObject({ bedsPer1000: "national", gpsPer10000: "national", doctorsPer1000: "plan", ambulancesPer30000: "plan" });
  });

  it("solveScenario: both solvers agree, the checker passes, 2 sub-centres in each county and none in 自流井", async () => {
    const { jslp, highs } = await expectSolvedAlike("zigong");
    const want = { gongjing: 2, daan: 2, yantan: 2, rongxian: 2, fushun: 2 };
    expect(subCentresByZone(s, jslp)).toEqual(want);
    expect(subCentresByZone(s, highs)).toEqual(want);
  });
});
