import { describe, expect, it } from "vitest";
import {
  importFacilities, importTables, importZones, readCsv, readSpreadsheet, sheetKindOf, templateTables, type Table,
} from "../../../models/io/index.js";
import { fixture, lines, ok, threeTowns } from "./helpers.js";

const zones = (rows: Table["rows"], name = "人口") => importZones({ name, rows });

describe("importZones", () => {
  it("importZones(table) reads the template's two header rows, thousands separators and full-width digits", () => {
    const imp = ok(importZones(ok(readCsv(fixture("zones-gbk.csv"), "zones")).table));
    expect(imp.columns.map((c) => `${c.letter}:${c.key}`)).toEqual(["A:id", "B:name.zh", "C:name.en", "D:kind", "E:population.2020", "F:population.2025"]);
    expect(imp.rows).toEqual([
      { row: 3, id: "A", values: { id: "A", "name.zh": "甲镇", "name.en": "Town A, north", kind: "town", "population.2020": 12345, "population.2025": 12000 } },
      { row: 4, id: "B", values: { id: "B", "name.zh": "乙镇", "name.en": 'Town "B"', kind: "street", "population.2020": 20000, "population.2025": 21000 } },
    ]);
    expect(imp.ignored).toEqual([{ letter: "G", header: "人口状态2025" }]);
  });

  it("importZones(table) names sheet, row, column and header in both languages", () => {
    const rows: Table["rows"] = [
      ["编号", "名称", "类型", "2025年常住人口"],
      ["id", "name_zh", "kind", "pop_2025"],
      ...["A", "B", "C", "D"].map((id) => [id, `${id}镇`, "镇", "100"]),
      ["E", "戊镇", "镇", "-12"],
    ];
    expect(lines(zones(rows))).toEqual([
      '人口!D7 (2025年常住人口): 应为非负数，实际为 "-12"',
      '人口!D7 (pop_2025): must be a non-negative number, got "-12"',
    ]);
    const issue = (zones(rows) as { issues: readonly object[] }).issues[0];
    expect(issue).toMatchObject({ path: "人口!D7", sheet: "人口", row: 7, column: "D", header: { zh: "2025年常住人口", en: "pop_2025" }, received: '"-12"' });
  });

  it("importZones(table) reports each bad cell, a missing id and a repeated id", () => {
    const rows: Table["rows"] = [
      ["id", "name_zh", "kind", "code", "pop_2025", "status_2025", "age65plus"],
      ["1A", "甲", "village", "1.10101E+11", "abc", "guess", "1.5"],
      [null, "乙", "镇", null, "100"],
      ["C", "丙", "镇", null, "100"],
      ["C", "丙", "镇", null, "100"],
    ];
    expect(lines(zones(rows, "Zones data"))).toMatchInlineSnapshot(`
      [
        "'Zones data'!A2 (编号): 应为编号：字母开头，仅含字母、数字、_ 或 -（至多 64 个字符），实际为 "1A"",
        "'Zones data'!A2 (id): must be an id: a letter, then letters, digits, _ or - (at most 64), got "1A"",
        "'Zones data'!C2 (类型): 应为以下之一：street（街道）、town（镇）、county（县）、district（区）、city（市）、other（其他），实际为 "village"",
        "'Zones data'!C2 (kind): must be one of street（街道）, town（镇）, county（县）, district（区）, city（市）, other（其他）, got "village"",
        "'Zones data'!D2 (区划代码): 应为 6–12 位数字；Excel 把它改成了科学计数法，请把该列设为文本后重新输入，实际为 "1.10101E+11"",
        "'Zones data'!D2 (code): must be 6–12 digits; Excel turned it into scientific notation: format the column as text and type it again, got "1.10101E+11"",
        "'Zones data'!E2 (2025年常住人口): 应为数字，实际为 "abc"",
        "'Zones data'!E2 (pop_2025): must be a number, got "abc"",
        "'Zones data'!F2 (2025年人口状态): 应为以下之一：published（公布）、estimated（估算）、projected（预测）、user（用户），实际为 "guess"",
        "'Zones data'!F2 (status_2025): must be one of published（公布）, estimated（估算）, projected（预测）, user（用户）, got "guess"",
        "'Zones data'!G2 (65岁及以上占比): 应为 0 到 1 之间的比例（如 0.12 或 12%），实际为 "1.5"",
        "'Zones data'!G2 (age65plus): must be a share between 0 and 1 (such as 0.12 or 12%), got "1.5"",
        "'Zones data'!A3 (编号): 缺少编号",
        "'Zones data'!A3 (id): the id is missing",
        "'Zones data'!A5 (编号): 编号 C 与第 4 行重复",
        "'Zones data'!A5 (id): id C repeats row 4",
      ]
    `);
  });

  it("importZones(table) accepts one header row in either language, units in headers, and a title row above", () => {
    const zh = ok(zones([["编号", "名称", "2025年常住人口（人）"], ["A", "甲镇", 100]]));
    const en = ok(zones([["ID", "Name_ZH", "POP_2025"], ["A", "甲镇", 100]]));
    const titled = ok(zones([["某区各镇街人口"], [], ["编号 / id", "名称\nname_zh", "2025年 常住人口"], ["A", "甲镇", 100]]));
    for (const imp of [zh, en, titled]) expect(imp.rows.map((r) => r.values)).toEqual([{ id: "A", "name.zh": "甲镇", "population.2025": 100 }]);
    expect(titled.rows[0]!.row).toBe(4);
  });

  it("importZones(table) reads Chinese choices, percentages, yes/no, a numeric code, 万 and empty optional cells", () => {
    const imp = ok(zones([
      ["编号", "类型", "区划代码", "是否城镇", "2025年人口状态", "0-3岁占比", "2030年常住人口", "纬度"],
      ["A", "街道", 510703001000, "是", "估算", "3.5%", "1.2万", null],
    ]));
    expect(imp.rows[0]!.values).toEqual({
      id: "A", kind: "street", code: "510703001000", urban: true, "populationStatus.2025": "estimated", "ageShares.age0to3": 0.035,
      "population.2030": 12000, "coordinates.lat": undefined,
    });
  });

  it("importZones(table) without an id column is one issue", () => {
    expect(lines(zones([["名称", "人口"], ["甲镇", 1]]))).toEqual(["人口：找不到表头：第 1 行应有“编号”或“id”列", '人口: no header row: row 1 needs an "编号" or "id" column']);
  });

  it("importZones(table, sheetName) names issues after the given sheet name", () => {
    expect(lines(importZones({ name: "upload", rows: [["id"], ["9"]] }, "人口.csv"))[1]).toBe('人口.csv!A2 (id): must be an id: a letter, then letters, digits, _ or - (at most 64), got "9"');
  });
});

describe("importFacilities", () => {
  const resources = [...threeTowns().resources, { id: "doctors", name: { zh: "执业（助理）医师", en: "Doctors" }, unit: { zh: "人", en: "people" }, kind: "staff" as const, capitalCost: 1, runningCost: 1, wholeUnits: true }];

  it("importFacilities(table) reads tiers, resource columns by the scenario's names, no-growth lists and catchments", () => {
    const imp = ok(importFacilities({
      name: "机构",
      rows: [
        ["编号", "名称", "层级", "所在镇街", "现有床位", "现有执业（助理）医师", "床位上限", "不增长", "服务范围", "可作次中心"],
        ["hcA", "甲镇卫生院", "中心卫生院", "A", "1,200", 30, 1500, "床位、doctors", "A:0.6; B 40%", "否"],
      ],
    }, "机构", { resources }));
    expect(imp.rows[0]!.values).toEqual({
      id: "hcA", "name.zh": "甲镇卫生院", tier: "centralTownshipCentre", zone: "A", "existing.beds": 1200, "existing.doctors": 30,
      "limits.max.beds": 1500, "limits.noGrowth": ["beds", "doctors"], catchment: [{ zone: "A", share: 0.6 }, { zone: "B", share: 0.4 }],
      subCentreCandidate: false,
    });
  });

  it("importFacilities(table) reads English resource headers (beds, max_beds, planned_beds) and reports bad cells", () => {
    const r = importFacilities({ name: "Facilities", rows: [["id", "tier", "zone", "beds", "max_beds", "catchment"], ["h1", "hospital", "A", "-1", "x", "A=half"]] });
    expect(lines(r)).toMatchInlineSnapshot(`
      [
        "Facilities!B2 (层级): 应为以下之一：cityHospital（市级医院）、districtGeneralHospital（区级综合医院）、tcmHospital（中医医院）、maternalChildHospital（妇幼保健院）、mentalHealthCentre（精神卫生中心）、specialistHospital（专科医院）、emergencyCentre（急救中心）、publicHealthCentre（公共卫生中心）、countySubCentre（县域医疗卫生次中心）、centralTownshipCentre（中心卫生院）、townshipCentre（乡镇卫生院）、communityCentre（社区卫生服务中心）、villageClinic（村卫生室）、privateHospital（民营医院）、childcareCentre（托育机构）、other（其他），实际为 "hospital"",
        "Facilities!B2 (tier): must be one of cityHospital（市级医院）, districtGeneralHospital（区级综合医院）, tcmHospital（中医医院）, maternalChildHospital（妇幼保健院）, mentalHealthCentre（精神卫生中心）, specialistHospital（专科医院）, emergencyCentre（急救中心）, publicHealthCentre（公共卫生中心）, countySubCentre（县域医疗卫生次中心）, centralTownshipCentre（中心卫生院）, townshipCentre（乡镇卫生院）, communityCentre（社区卫生服务中心）, villageClinic（村卫生室）, privateHospital（民营医院）, childcareCentre（托育机构）, other（其他）, got "hospital"",
        "Facilities!D2 (现有床位): 应为非负数，实际为 "-1"",
        "Facilities!D2 (beds): must be a non-negative number, got "-1"",
        "Facilities!E2 (床位上限): 应为数字，实际为 "x"",
        "Facilities!E2 (max_beds): must be a number, got "x"",
        "Facilities!F2 (服务范围): 应为“镇街编号:份额”的列表，如 A:0.6; B:0.4，实际为 "A=half"",
        "Facilities!F2 (catchment): must be a list of "zone:share", such as A:0.6; B:0.4, got "A=half"",
      ]
    `);
  });
});

describe("importTables", () => {
  it("importTables(tables) finds the zones and facilities sheets by their headers and skips the notes", () => {
    const imp = ok(importTables([...templateTables(threeTowns())].reverse()));
    expect([imp.zones?.sheet, imp.zones?.rows.length, imp.facilities?.sheet, imp.facilities?.rows.length]).toEqual(["人口", 3, "机构", 3]);
    expect(templateTables().map((t) => sheetKindOf(t))).toEqual(["zones", "facilities", undefined]);
  });

  it("importTables(tables) with no template sheet is an issue", () => {
    expect(lines(importTables([{ name: "Sheet1", rows: [["a", "b"]] }]))[1]).toBe("Sheet1: no zones or facilities sheet found: headers must follow the template, with an \"id\" column and zone columns (such as kind, pop_2025) or facility columns (such as tier, zone); row 1 holds: a, b");
  });
});

describe("readSpreadsheet", () => {
  it("readSpreadsheet(bytes, fileName) reads CSV as one table named after the file and .xlsx as its sheets", () => {
    expect(ok(readSpreadsheet(fixture("zones-utf8-bom.csv"), "镇街人口.csv")).map((t) => t.name)).toEqual(["镇街人口"]);
    expect(ok(readSpreadsheet(fixture("crafted.xlsx"), "crafted.xlsx")).map((t) => t.name)).toEqual(["人口", "Notes & more"]);
  });
});
