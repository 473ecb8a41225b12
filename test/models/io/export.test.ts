import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  importIntoScenario, looksLikeFormula, parseCsv, readCsv, readSpreadsheet, readXlsx, resultToTables, roundTo, tablesToCsv, tablesToXlsx, tableToCsvText,
  templateTables, type Table,
} from "../../../models/io/index.js";
import type { AllocationResult } from "../../../models/result-types.js";
import type { Scenario } from "../../../models/scenario/index.js";
import { deepFreeze, fixture, ok, threeTowns } from "./helpers.js";

/** The hand-worked three-towns optimum (see test/models/check/three-towns.test.ts). */
function resultFor(s: Scenario): AllocationResult {
  const cov = (unit: string, population: number, need: number, supplied: number) => ({
    target: "bedsPer1000", resource: "beds", scope: "zone" as const, unit, year: 2025, nature: "expected" as const,
    population, need, supplied, shortfall: need - supplied, surplus: 0,
  });
  return {
    scenario: s.region.id, status: "optimal", years: [2025],
    allocation: [
      { facility: "hcA", resource: "beds", existing: 40, added: { "2025": 35 / 3 }, total: 155 / 3 },
      { facility: "hcB", resource: "beds", existing: 100, added: { "2025": 10 / 3 }, total: 310 / 3 },
      { facility: "hcC", resource: "beds", existing: 120, added: { "2025": 35 }, total: 155 },
    ],
    subCentres: [],
    coverage: [cov("A", 10000, 60, 155 / 3), cov("B", 20000, 120, 310 / 3), cov("C", 30000, 180, 155)],
    budget: [{ kind: "capital", year: null, limit: 500, used: 500 }],
    objective: { binding: 0, equity: 5 / 36, expected: 5 / 12, cost: 500 },
    explanation: { binding: [], capitalValue: null, recurringValue: null, marginalMethod: "none", unmet: [], remarks: [] },
    solver: { name: "test", ms: 0, phases: 1, reason: "" },
  };
}

describe("resultToTables", () => {
  it("resultToTables(scenario, result) gives allocation, coverage and budget tables with two header rows", () => {
    const s = threeTowns();
    const [summary, allocation, coverage, budget] = resultToTables(s, resultFor(s));
    expect(summary!.rows.slice(2, 4)).toEqual([["情景", "三镇示例"], ["状态", "最优"]]);
    expect([allocation, coverage, budget].map((t) => tableToCsvText(t!).replace(/\r\n/g, "\n")).join("\n")).toMatchInlineSnapshot(`
      "机构编号,机构名称,所在镇街,资源,资源名称,单位,现有,新增2025年,新增合计,合计
      facility,facility_name,zone,resource,resource_name,unit,existing,added_2025,added_total,total
      hcA,甲镇卫生院,A,beds,床位,张,40,11.6667,11.6667,51.6667
      hcB,乙镇卫生院,B,beds,床位,张,100,3.3333,3.3333,103.3333
      hcC,丙镇卫生院,C,beds,床位,张,120,35,35,155

      目标,资源,年份,性质,范围,单元,单元名称,人口,需求,需求上限,供给,缺口,超出,满足率%
      target,resource,year,nature,scope,unit,unit_name,population,need,upper_need,supplied,shortfall,surplus,percent
      bedsPer1000,beds,2025,预期性,镇街,A,甲镇,10000,60,,51.6667,8.3333,0,86.11
      bedsPer1000,beds,2025,预期性,镇街,B,乙镇,20000,120,,103.3333,16.6667,0,86.11
      bedsPer1000,beds,2025,预期性,镇街,C,丙镇,30000,180,,155,25,0,86.11

      类型,年份,限额（万元）,已用（万元）,剩余（万元）,使用率%
      kind,year,limit,used,remaining,percent
      资本,合计,500,500,0,100
      "
    `);
  });

  it("resultToTables(scenario, result, {locale: 'en'}) writes names and words in English; numbers stay numbers", () => {
    const s = threeTowns();
    const [, allocation, coverage] = resultToTables(s, resultFor(s), { locale: "en" });
    expect(allocation!.rows[2]).toEqual(["hcA", "Town A health centre", "A", "beds", "Beds", "beds", 40, 11.6667, 11.6667, 51.6667]);
    expect(coverage!.rows[2]!.slice(3, 7)).toEqual(["expected", "zone", "A", "Town A"]);
  });

  it("resultToTables → tablesToXlsx → readXlsx gives the same tables back", () => {
    const s = threeTowns();
    const tables = resultToTables(s, resultFor(s));
    expect(ok(readXlsx(tablesToXlsx(tables))).sheets).toEqual(tables.map(({ name, rows }) => ({ name, rows: rows.map((r) => (r.at(-1) === null ? r.slice(0, r.findLastIndex((c) => c !== null) + 1) : r)) })));
  });
});

describe("roundTo", () => {
  it("roundTo(n) rounds to 4 decimals without -0 and keeps non-finite values", () => {
    expect([roundTo(35 / 3), roundTo(-0.00001), roundTo(NaN), roundTo(86.1111, 2)]).toEqual([11.6667, 0, NaN, 86.11]);
    expect(Object.is(roundTo(-0.00001), 0)).toBe(true);
  });
});

describe("formula injection", () => {
  it("a CSV with =HYPERLINK(...) in a name imports as text and exports neutralised in CSV and XLSX", () => {
    const imported = ok(readCsv(fixture("injection.csv"), "人口")).table;
    const s = ok(importIntoScenario(threeTowns(), [imported]));
    expect(s.zones[0]!.name).toEqual({ zh: '=HYPERLINK("http://x","y")', en: "=cmd|' /C calc'!A0" });

    const zh = resultToTables(s, resultFor(s));
    const csv = new TextDecoder().decode(tablesToCsv(zh)[2]!.bytes);
    expect(csv).toContain(`bedsPer1000,beds,2025,预期性,镇街,A,"'=HYPERLINK(""http://x"",""y"")",10000,`);
    const en = tableToCsvText(resultToTables(s, resultFor(s), { locale: "en" })[2]!);
    expect(en).toContain(",A,'=cmd|' /C calc'!A0,10000,");

    const sheet = strFromU8(unzipSync(tablesToXlsx(zh))["xl/worksheets/sheet3.xml"]!);
    expect(sheet).toMatch(/<c r="G3" t="s" s="2"><v>\d+<\/v><\/c>/);
    expect(sheet).not.toContain("<f>");
    expect(ok(readXlsx(tablesToXlsx(zh))).sheets[2]!.rows[2]![6]).toBe('=HYPERLINK("http://x","y")');
  });
});

const BAD = join(import.meta.dirname, "..", "..", "fixtures", "bad");

/** Every text field of CSV bytes that a spreadsheet would take as a formula (numbers such as -5 are fine). */
function formulaFields(bytes: Uint8Array): string[] {
  const rows = ok(parseCsv(new TextDecoder().decode(bytes))).rows;
  return rows.flat().filter((f) => looksLikeFormula(f) && !Number.isFinite(Number(f)));
}

/** Every cell of an .xlsx that holds a formula, or formula-like text without the quotePrefix style (2). */
function unsafeCells(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  const sst = [...strFromU8(parts["xl/sharedStrings.xml"]!).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
  return Object.entries(parts).filter(([p]) => p.startsWith("xl/worksheets/")).flatMap(([p, xml]) =>
    [...strFromU8(xml).matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)].flatMap(([, ref, attrs, body]) => {
      if (body!.includes("<f>")) return [`${p}!${ref}: a formula`];
      const v = /t="s"/.test(attrs!) ? sst[Number(/<v>(\d+)<\/v>/.exec(body!)?.[1])] : undefined;
      return v !== undefined && looksLikeFormula(v) && !/ s="2"/.test(attrs!) ? [`${p}!${ref}: ${v}`] : [];
    }));
}

const names = (s: Scenario) => s.zones.map((z) => [z.name.zh, z.name.en]);

describe("formula injection round trip (bad-input corpus)", () => {
  // The corpus's injection names (test/fixtures/bad/tables/injection.csv), plus tab, CR and full-width prefixes.
  const imported = ok(importIntoScenario(threeTowns(), ok(readSpreadsheet(new Uint8Array(readFileSync(join(BAD, "tables/injection.csv"))), "injection.csv"))));
  const s = deepFreeze({ ...imported, zones: [...imported.zones, { ...imported.zones[2]!, id: "D", name: { zh: "\t=1+1", en: "\r=cmd|' /C calc'!A0" } }, { ...imported.zones[2]!, id: "E", name: { zh: "＝SUM(1)", en: "-cmd" } }] });
  const expectedNames = names(s).map(([zh, en]) => [zh!.trim(), en!.trim()]);

  it("the corpus names are imported as text, unchanged", () => {
    expect(names(s).slice(0, 3)).toEqual([['=HYPERLINK("http://x","y")', "@SUM(1+1)*cmd|' /C calc'!A0"], ["+cmd|' /C calc'!A0", "Town B"], ["-2+3+cmd|' /C calc'!A0", "Town C"]]);
  });

  it("templateTables → tablesToCsv writes no formula-like field, and re-imports the same names", () => {
    const files = tablesToCsv(templateTables(s));
    for (const f of files) expect(formulaFields(f.bytes), f.fileName).toEqual([]);
    const zones = files.find((f) => f.name === "人口")!;
    const again = ok(importIntoScenario(threeTowns(), ok(readSpreadsheet(zones.bytes, zones.fileName))));
    expect(names(again)).toEqual(expectedNames);
  });

  it("templateTables → tablesToXlsx holds no formula and quote-prefixes formula-like text; it re-imports the same names", () => {
    const bytes = tablesToXlsx(templateTables(s));
    expect(unsafeCells(bytes)).toEqual([]);
    const again = ok(importIntoScenario(threeTowns(), ok(readSpreadsheet(bytes, "template.xlsx"))));
    expect(names(again)).toEqual(expectedNames);
  });

  it("resultToTables exports (zh and en) neutralise every name in CSV and .xlsx", () => {
    const result = resultFor(s);
    for (const locale of ["zh", "en"] as const) {
      const tables: readonly Table[] = resultToTables(s, result, { locale });
      for (const f of tablesToCsv(tables)) expect(formulaFields(f.bytes), `${locale} ${f.fileName}`).toEqual([]);
      expect(unsafeCells(tablesToXlsx(tables)), locale).toEqual([]);
    }
    expect(tableToCsvText(resultToTables(s, result)[2]!)).toContain(`,A,"'=HYPERLINK(""http://x"",""y"")",10000,`);
  });
});
