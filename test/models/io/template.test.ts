import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importIntoScenario, readCsv, readXlsx, scenarioToJson, templateCsv, templateTables, templateXlsx } from "../../../models/io/index.js";
import { parseScenario } from "../../../models/scenario/index.js";
import { ok, threeTowns } from "./helpers.js";

/** Three towns with every field the template has a column for. */
function richScenario() {
  const input = JSON.parse(readFileSync(join(import.meta.dirname, "../../cases/three-towns.json"), "utf8"));
  input.resources.push({ id: "doctors", name: { zh: "执业（助理）医师", en: "Doctors" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 5, runningCost: 15, wholeUnits: true });
  Object.assign(input.zones[0], {
    code: "510703001000", urban: true, populationStatus: { "2020": "published", "2025": "estimated" },
    ageShares: { age0to3: 0.035, age65plus: 0.18 }, coordinates: { lat: 30.1, lon: 104.5 },
  });
  Object.assign(input.facilities[1], {
    existing: { beds: 100, doctors: 30 }, planned: { beds: 120 }, limits: { max: { beds: 150 }, min: { doctors: 10 }, noGrowth: ["doctors"] },
    catchment: [{ zone: "B", share: 0.75 }, { zone: "C", share: 0.25 }], subCentreCandidate: true,
  });
  return ok(parseScenario(input));
}

describe("templateCsv", () => {
  it("templateCsv('zones') is UTF-8 with a BOM, Chinese headers on row 1 and English on row 2", () => {
    const bytes = templateCsv("zones");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      "编号,名称,英文名,类型,区划代码,是否城镇,2020年常住人口,2020年人口状态,2025年常住人口,2025年人口状态,0-3岁占比,0-14岁占比,65岁及以上占比,纬度,经度\r\n" +
      "id,name_zh,name_en,kind,code,urban,pop_2020,status_2020,pop_2025,status_2025,age0to3,age0to14,age65plus,lat,lon\r\n",
    );
  });

  it("templateCsv('facilities') has a group of columns per resource", () => {
    expect(new TextDecoder().decode(templateCsv("facilities")).split("\r\n").slice(0, 2)).toEqual([
      "编号,名称,英文名,层级,所在镇街,现有床位,规划床位,床位上限,床位下限,现有医师,规划医师,医师上限,医师下限,现有护士,规划护士,护士上限,护士下限,不增长,服务范围,可作次中心",
      "id,name_zh,name_en,tier,zone,beds,planned_beds,max_beds,min_beds,doctors,planned_doctors,max_doctors,min_doctors,nurses,planned_nurses,max_nurses,min_nurses,no_growth,catchment,sub_centre_candidate",
    ]);
  });

  it("templateCsv(kind, scenario) → readCsv → importIntoScenario gives the scenario back", () => {
    const s = richScenario();
    const tables = (["zones", "facilities"] as const).map((k) => ok(readCsv(templateCsv(k, s), k)).table);
    expect(scenarioToJson(ok(importIntoScenario(s, tables)))).toBe(scenarioToJson(s));
  });
});

describe("templateXlsx", () => {
  it("templateXlsx() has the 人口, 机构 and 说明 sheets", () => {
    expect(ok(readXlsx(templateXlsx())).sheets.map((t) => [t.name, t.rows.length])).toEqual([["人口", 2], ["机构", 2], ["说明", 12]]);
  });

  it("templateXlsx(scenario) → readXlsx → importIntoScenario gives the scenario back, in update and replace mode", () => {
    const s = richScenario();
    const sheets = ok(readXlsx(templateXlsx(s))).sheets;
    expect(sheets[0]!.rows[2]).toEqual(["A", "甲镇", "Town A", "镇", "510703001000", true, 10000, "公布", 10000, "估算", 0.035, null, 0.18, 30.1, 104.5]);
    for (const mode of ["update", "replace"] as const) expect(scenarioToJson(ok(importIntoScenario(s, sheets, { mode })))).toBe(scenarioToJson(s));
  });

  it("templateTables(scenario) writes the facility row with Chinese tier names, lists and catchments", () => {
    const facilities = templateTables(richScenario())[1]!;
    expect(facilities.rows[1]).toContain("max_doctors");
    expect(facilities.rows[3]).toEqual(["hcB", "乙镇卫生院", "Town B health centre", "乡镇卫生院", "B", 100, 120, 150, null, 30, null, null, 10, "doctors", "B:0.75; C:0.25", true]);
    expect(templateTables(threeTowns())[0]!.rows[1]).toContain("pop_2020");
  });
});
