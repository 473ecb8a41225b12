import { describe, expect, it } from "vitest";
import { bundled, expectSolvedAlike, populationsData, subCentresByZone } from "./helpers.js";

const s = bundled("suining");
const data = populationsData().regions.suining;

describe("scenarios/suining-2025.json", () => {
  it("parseScenario accepts it: 5 county-level zones, 22 facilities, 6 targets", () => {
    expect(s.zones.map((z) => z.id)).toEqual(["chuanshan", "anju", "shehong", "pengxi", "daying"]);
    expect(s.facilities).toHaveLength(22);
    expect(s.targets).toHaveLength(6);
  });

  it("uses the published county figures and flags the split residual of 蓬溪 and 大英 as estimated", () => {
    const z = (id: string) => s.zones.find((x) => x.id === id)!;
    expect(z("chuanshan").population["2020"]).toBe(832863);
    expect(z("chuanshan").populationStatus).toEqual({ "2020": "published", "2025": "projected" });
    expect(z("pengxi").populationStatus?.["2020"]).toBe("estimated");
    expect(z("pengxi").population["2020"]! + z("daying").population["2020"]!).toBe(data.sumCheck.derived_pengxiPlusDaying.value);
    expect(s.zones.reduce((a, x) => a + x.population["2020"]!, 0)).toBe(data.census2020.total);
  });

  it("takes doctors, nurses and pharmacists from the plan and beds, GPs, ambulances from labelled national standards", () => {
    const kind = Object.fromEntries(s.targets.map((t) => [t.id, t.source?.kind]));
    expect(kind).toEqual({ bedsPer1000: "national", doctorsPer1000: "plan", nursesPer1000: "plan", pharmacistsPer1000: "plan", gpsPer10000: "national", ambulancesPer30000: "national" });
  });

  it("solveScenario: both solvers agree, the checker passes, and the 12 sub-centres follow the plan's county quotas", async () => {
    const { jslp, highs } = await expectSolvedAlike("suining");
    const quotas = { chuanshan: 4, anju: 2, shehong: 2, pengxi: 2, daying: 2 };
    expect(subCentresByZone(s, jslp)).toEqual(quotas);
    expect(subCentresByZone(s, highs)).toEqual(quotas);
    expect(jslp.subCentres).toEqual(expect.arrayContaining(["longfengChc", "laochiChc", "jinhuaChc", "hebianChc"]));
  });
});
