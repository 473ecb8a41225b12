import { describe, expect, it } from "vitest";
import { bundled, expectSolvedAlike, populationsData } from "./helpers.js";

const s = bundled("rongchang");
const data = populationsData().regions.rongchang;

describe("scenarios/rongchang-2025.json", () => {
  it("parseScenario accepts it: 21 towns and streets, 22 facilities, 5 targets", () => {
    expect(s.zones).toHaveLength(21);
    expect(s.facilities).toHaveLength(22);
    expect(s.targets).toHaveLength(5);
  });

  it("town populations are estimates adding up to the census total (2020) and the plan's 74.17万 (2025)", () => {
    expect(s.zones.reduce((a, z) => a + z.population["2020"]!, 0)).toBe(data.census2020.total);
    expect(s.zones.reduce((a, z) => a + z.population["2025"]!, 0)).toBe(741700);
    expect(s.zones.every((z) => z.populationStatus?.["2020"] === "estimated" && z.populationStatus?.["2025"] === "estimated")).toBe(true);
  });

  it("names the plan's six area centres (片区中心) and raises 吴家 to a secondary hospital's 100 beds", () => {
    const area = s.facilities.filter((f) => f.tier === "countySubCentre").map((f) => f.zone).sort();
    expect(area).toEqual(["anfu", "fenggao", "hebao", "panlong", "shuanghe", "wujia"]);
    expect(s.facilities.find((f) => f.id === "wujiaSrc")?.limits?.min?.["beds"]).toBe(100);
  });

  it("keeps the plan's binding doctors, nurses and GPs, and takes its capital budget from 专栏2 (52.97亿元)", () => {
    expect(s.targets.filter((t) => t.nature === "binding").map((t) => t.id)).toEqual(["doctorsPer1000", "nursesPer1000", "gpsPer10000"]);
    expect(s.budgets.capital.total).toBe(529700);
    expect(s.budgets.capital.source).toMatchObject({ kind: "plan", ref: "projectsInvestmentTotal", line: 191 });
  });

  it("solveScenario: both solvers agree, the checker passes, and every binding target is met", async () => {
    const { jslp } = await expectSolvedAlike("rongchang");
    expect(jslp.objective.binding).toBe(0);
    expect(jslp.allocation.find((l) => l.facility === "wujiaSrc" && l.resource === "beds")?.total).toBeCloseTo(100, 6);
  });
});
