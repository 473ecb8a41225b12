import { describe, expect, it } from "vitest";
import { detectSeparator, neutraliseText, parseCsv, tablesToCsv, tableToCsvText } from "../../../models/io/index.js";
import { ok } from "./helpers.js";

const rows = (text: string) => ok(parseCsv(text)).rows;

describe("parseCsv", () => {
  it("parseCsv(text) keeps separators, doubled quotes and line breaks inside quotes", () => {
    expect(rows('a,"b,c","say ""hi""","two\r\nlines","x\ny"\r\n')).toEqual([["a", "b,c", 'say "hi"', "two\r\nlines", "x\ny"]]);
  });

  it("parseCsv(text) ends records at CRLF, LF or CR, and a final line break adds no record", () => {
    expect(rows("a,b\r\nc,d\ne,f\rg,h")).toEqual([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]]);
    expect(rows("a,b\n")).toEqual([["a", "b"]]);
    expect(rows("")).toEqual([]);
  });

  it("parseCsv(text) keeps empty fields and blank lines (record numbers stay row numbers)", () => {
    expect(rows("a,,b,\n\nc")).toEqual([["a", "", "b", ""], [""], ["c"]]);
    expect(rows('"",x')).toEqual([["", "x"]]);
  });

  it("parseCsv(text) counts a record with a quoted line break as one row", () => {
    expect(rows('id,name\nA,"甲\n镇"\nB,乙镇')).toEqual([["id", "name"], ["A", "甲\n镇"], ["B", "乙镇"]]);
  });

  it("parseCsv(text) does not split on a full-width comma or a semicolon", () => {
    expect(rows("名称，备注;x,1")).toEqual([["名称，备注;x", "1"]]);
  });

  it("parseCsv(text) detects tabs and keeps commas inside tab-separated fields", () => {
    const r = ok(parseCsv("id\tpop\nA\t12,345\n"));
    expect(r.separator).toBe("\t");
    expect(r.rows).toEqual([["id", "pop"], ["A", "12,345"]]);
    expect(detectSeparator('"a\tb",c\n')).toBe(",");
  });

  it("parseCsv(text) keeps a quote inside an unquoted field and drops a leading BOM character", () => {
    expect(rows('\uFEFFid,5"3\n')).toEqual([["id", '5"3']]);
  });

  it("parseCsv(text) reports a quote that is never closed, with its row", () => {
    const r = parseCsv('id,name\nA,"甲镇\nB,乙镇\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "csvOpenQuote", zh: "第 2 行：引号未闭合", en: "row 2: a quoted field is never closed" });
  });
});

describe("tableToCsvText", () => {
  it("tableToCsvText(table) quotes what needs quotes and ends lines with CRLF", () => {
    const text = tableToCsvText({ name: "t", rows: [["a,b", 'say "hi"', "two\nlines", "plain"], [1.5, -12, null, true]] });
    expect(text).toBe('"a,b","say ""hi""","two\nlines",plain\r\n1.5,-12,,TRUE\r\n');
  });

  it("tableToCsvText(table) neutralises text that looks like a formula but leaves numbers alone", () => {
    const text = tableToCsvText({ name: "t", rows: [["=1+1", "+86", "-x", "@SUM(A1)", "\tx", "\rx", -3, "a=b"]] });
    expect(text).toBe("'=1+1,'+86,'-x,'@SUM(A1),\"'\tx\",\"'\rx\",-3,a=b\r\n");
  });

  it("tableToCsvText(table) writes a formula cell as neutralised text and a date as ISO", () => {
    const text = tableToCsvText({ name: "t", rows: [[{ kind: "formula", formula: "B4*2" }, { kind: "date", serial: 45717, iso: "2025-03-01" }]] });
    expect(text).toBe("'=B4*2,2025-03-01\r\n");
  });
});

describe("neutraliseText", () => {
  it("neutraliseText(text) prefixes ' to formula-like text only", () => {
    expect(["=cmd|' /C calc'!A0", "＝1", "甲镇", "", "1-2"].map(neutraliseText)).toEqual(["'=cmd|' /C calc'!A0", "'＝1", "甲镇", "", "1-2"]);
  });
});

describe("tablesToCsv", () => {
  it("tablesToCsv(tables) gives one UTF-8 file with a BOM per table, named safely", () => {
    const [file] = tablesToCsv([{ name: "配置/方案", rows: [["镇"]] }]);
    expect(file!.fileName).toBe("配置_方案.csv");
    expect([...file!.bytes]).toEqual([0xef, 0xbb, 0xbf, 0xe9, 0x95, 0x87, 0x0d, 0x0a]);
  });
});
