import { describe, expect, it } from "vitest";
import { importIntoScenario, importZones, mergeImport, readSpreadsheet, scenarioToJson, type Table, type ZoneImport } from "../../../models/io/index.js";
import { deepFreeze, lines, ok, threeTowns } from "./helpers.js";

const zonesSheet = (rows: Table["rows"]): ZoneImport => ok(importZones({ name: "人口", rows }));
const csv = (text: string, name: string) => ok(readSpreadsheet(new TextEncoder().encode(text), name));

describe("mergeImport", () => {
  it("mergeImport(scenario, imported) returns a new scenario and leaves the input untouched", () => {
    // Empty name and kind cells keep A's name and kind (required fields are never cleared).
    const before = deepFreeze(threeTowns());
    const json = scenarioToJson(before);
    const merged = ok(mergeImport(before, { zones: zonesSheet([["id", "pop_2025", "name_zh", "kind"], ["A", 11000, null, null], ["D", 5000, "丁镇", "镇"]]) }));
    expect(scenarioToJson(before)).toBe(json);
    expect(merged).not.toBe(before);
    expect(merged.zones.map((z) => [z.id, z.name, z.population])).toEqual([
      ["A", { zh: "甲镇", en: "Town A" }, { "2020": 10000, "2025": 11000 }],
      ["B", { zh: "乙镇", en: "Town B" }, { "2020": 20000, "2025": 20000 }],
      ["C", { zh: "丙镇", en: "Town C" }, { "2020": 30000, "2025": 30000 }],
      ["D", { zh: "丁镇", en: "丁镇" }, { "2025": 5000 }],
    ]);
    expect(merged.zones[1]).toEqual(before.zones[1]);
  });

  it("mergeImport(scenario, imported) sets a field per column, clears optional fields on empty cells and keeps the rest", () => {
    const s = ok(mergeImport(threeTowns(), { zones: zonesSheet([["id", "age65plus", "status_2025"], ["A", "20%", "估算"]]) }));
    expect(s.zones[0]).toEqual({ id: "A", name: { zh: "甲镇", en: "Town A" }, kind: "town", population: { "2020": 10000, "2025": 10000 }, ageShares: { age65plus: 0.2 }, populationStatus: { "2025": "estimated" } });
    const cleared = ok(mergeImport(s, { zones: zonesSheet([["id", "age65plus", "status_2025"], ["A", null, null]]) }));
    expect(cleared.zones[0]).toEqual(threeTowns().zones[0]);
  });

  it("mergeImport(scenario, imported) rejects a negative population and names the cell", () => {
    const before = deepFreeze(threeTowns());
    const imported: ZoneImport = {
      kind: "zones", sheet: "人口", ignored: [],
      columns: [{ key: "id", letter: "A", header: { zh: "编号", en: "id" } }, { key: "population.2025", letter: "D", header: { zh: "2025年常住人口", en: "pop_2025" } }],
      rows: [{ row: 7, id: "B", values: { id: "B", "population.2025": -12 } }],
    };
    expect(lines(mergeImport(before, imported.rows.length ? { zones: imported } : {}))).toEqual([
      "人口!D7 (2025年常住人口): 应为非负数，实际为 -12",
      "人口!D7 (pop_2025): must be a non-negative number, got -12",
    ]);
  });

  it("mergeImport(scenario, imported) in replace mode drops what the file lacks, and says which facility breaks", () => {
    const r = mergeImport(threeTowns(), { zones: zonesSheet([["id", "name_zh", "kind", "pop_2025"], ["A", "甲镇", "镇", 1], ["B", "乙镇", "镇", 2]]) }, { mode: "replace" });
    expect(lines(r)).toEqual(["facilities[2].zone：未知的镇/街道编号：C", "facilities[2].zone: unknown zone C"]);
    const kept = ok(mergeImport(threeTowns(), { zones: zonesSheet([["id", "pop_2025"], ["C", 1], ["B", 2], ["A", 3]]) }, { mode: "replace" }));
    expect(kept.zones.map((z) => `${z.id}:${z.population["2025"]}:${z.population["2020"]}`)).toEqual(["C:1:30000", "B:2:20000", "A:3:10000"]);
  });
});

describe("importIntoScenario", () => {
  it("importIntoScenario(scenario, tables) rejects a CSV with a negative population and changes nothing", () => {
    const before = deepFreeze(threeTowns());
    const json = scenarioToJson(before);
    const r = importIntoScenario(before, csv("编号,名称,类型,2025年常住人口\r\nA,甲镇,镇,-12\r\n", "人口.csv"));
    expect(lines(r)).toEqual(['人口!D2 (2025年常住人口): 应为非负数，实际为 "-12"', '人口!D2 (pop_2025): must be a non-negative number, got "-12"']);
    expect(scenarioToJson(before)).toBe(json);
  });

  it("importIntoScenario(scenario, tables) locates cross-reference problems in the sheet", () => {
    const r = importIntoScenario(threeTowns(), csv("编号,名称,层级,所在镇街,现有床位,现有救护车\r\nhcD,丁院,卫生院,Z,10,1\r\nhcE,戊院,卫生院,A,1,\r\n", "机构.csv"));
    expect(lines(r)).toEqual([
      "机构!D2 (所在镇街): 未知的镇/街道编号：Z",
      "机构!D2 (zone): unknown zone Z",
      "机构!F2 (现有救护车): 未知的资源编号：ambulances",
      "机构!F2 (ambulances): unknown resource ambulances",
    ]);
  });

  it("importIntoScenario(scenario, tables) names the row when no column holds the field", () => {
    const r = importIntoScenario(threeTowns(), csv("id,name_zh,pop_2025\r\nD,丁镇,100\r\n", "zones.csv"));
    expect(lines(r)).toEqual([
      "zones 第 2 行：（编号 D）zones[3].kind：缺少此项，应为以下之一：street、town、county、district、city、other",
      "zones row 2: (id D) zones[3].kind: is required: one of street, town, county, district, city, other",
    ]);
  });

  it("importIntoScenario(scenario, tables) adds a facility with its resources, limits and catchment", () => {
    const s = ok(importIntoScenario(threeTowns(), csv("编号,名称,英文名,层级,所在镇街,现有床位,床位上限,不增长,服务范围\r\nhcD,丁院,Hospital D,区级医院,A,10,80,床位,A:0.5;B:0.5\r\n", "机构.csv")));
    expect(s.facilities[3]).toEqual({
      id: "hcD", name: { zh: "丁院", en: "Hospital D" }, tier: "districtGeneralHospital", zone: "A", existing: { beds: 10 },
      limits: { max: { beds: 80 }, noGrowth: ["beds"] }, catchment: [{ zone: "A", share: 0.5 }, { zone: "B", share: 0.5 }],
    });
  });
});
