import { strFromU8, unzipSync, zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importZones, isDateFormat, readXlsx, serialToIso, sheetNames, tablesToXlsx, type Table } from "../../../models/io/index.js";
import { fixture, lines, ok } from "./helpers.js";

describe("readXlsx", () => {
  it("readXlsx(bytes) reads a hand-made workbook: shared, rich and inline strings, numbers, dates, formulas, errors", () => {
    const wb = ok(readXlsx(fixture("crafted.xlsx")));
    expect(wb.sheets.map((s) => s.name)).toEqual(["人口", "Notes & more"]);
    expect(wb.sheets[0]!.rows).toEqual([
      ["编号", "名称", "2025年常住人口", "0-3岁占比", "类型"],
      ["A", "甲镇", 1234, 0.035, "镇"],
      ["B", "乙镇", { kind: "date", serial: 45717, iso: "2025-03-01" }, null, "镇"],
      ["C", "丙镇", { kind: "formula", formula: "B4*2" }, null, "镇"],
      ["D", "丁镇", { kind: "error", code: "#DIV/0!" }, null, "镇"],
      ["E", "戊镇 ", { kind: "date", serial: 45658.5, iso: "2025-01-01T12:00:00" }, null, "镇"],
      ["F", "己镇", 5000.5, true, "镇"],
    ]);
    expect(wb.sheets[1]!.rows).toEqual([[], [null, "<note> 人A"]]);
  });

  it("importZones(sheet) reports the date, uncached formula and error cells by sheet, row and column", () => {
    const wb = ok(readXlsx(fixture("crafted.xlsx")));
    expect(lines(importZones(wb.sheets[0]!))).toMatchInlineSnapshot(`
      [
        "人口!C3 (2025年常住人口): 应为数字（单元格被设置成了日期格式），实际为 日期 2025-03-01",
        "人口!C3 (pop_2025): expected a number (the cell is formatted as a date), got a date 2025-03-01",
        "人口!C4 (2025年常住人口): 公式没有缓存的计算结果（请在 Excel 中打开并保存，或“粘贴为数值”），实际为 公式 =B4*2",
        "人口!C4 (pop_2025): a formula without a cached value (open and save the file in Excel, or paste as values), got formula =B4*2",
        "人口!C5 (2025年常住人口): 应为数字（单元格为错误值），实际为 错误值 #DIV/0!",
        "人口!C5 (pop_2025): expected a number (the cell holds an error value), got error value #DIV/0!",
        "人口!C6 (2025年常住人口): 应为数字（单元格被设置成了日期格式），实际为 日期 2025-01-01T12:00:00",
        "人口!C6 (pop_2025): expected a number (the cell is formatted as a date), got a date 2025-01-01T12:00:00",
        "人口!D7 (0-3岁占比): 应为 0 到 1 之间的比例（如 0.12 或 12%），实际为 true",
        "人口!D7 (age0to3): must be a share between 0 and 1 (such as 0.12 or 12%), got true",
      ]
    `);
  });

  it("readXlsx(bytes) turns an old .xls, a non-zip and a broken zip into issues", () => {
    const code = (bytes: Uint8Array) => {
      const r = readXlsx(bytes);
      return r.ok ? "ok" : r.issues[0]!.code;
    };
    expect(code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("xlsOld");
    expect(code(new TextEncoder().encode("id,name\n"))).toBe("xlsxNotZip");
    expect(code(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("xlsxBroken");
    expect(code(zipSync({ "hello.txt": strToU8("hi") }))).toBe("xlsxBroken");
  });

  it("readXlsx(bytes) reports a workbook XML with a DOCTYPE as broken (no entity expansion)", () => {
    const parts = unzipSync(tablesToXlsx([{ name: "a", rows: [["x"]] }]));
    parts["xl/workbook.xml"] = strToU8(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${strFromU8(parts["xl/workbook.xml"]!).replace(/^<\?xml[^>]*>\n?/, "")}`);
    const r = readXlsx(zipSync(parts));
    expect(!r.ok && r.issues[0]!.en).toBe("cannot read the .xlsx file: DOCTYPE is not allowed");
  });
});

describe("tablesToXlsx", () => {
  const tables: Table[] = [
    {
      name: "人口",
      headerRows: 2,
      rows: [
        ["编号", "2025年常住人口", "备注"],
        ["id", "pop_2025", "note"],
        ["A", 12345, " leading and trailing "],
        ["B", -0.5, "<&>\"'"],
        ["C", 1e-7, "two\nlines"],
        ["D", null, "_x0041_ stays literal"],
        ["E", true, "bell\u0007char"],
        [],
        ["F", 1e21, "镇"],
      ],
    },
    { name: "a/b:c*?[d]", rows: [[{ kind: "date", serial: 45717, iso: "2025-03-01" }, { kind: "formula", formula: "1+1" }]] },
  ];

  it("tablesToXlsx(tables) → readXlsx gives the same cells back", () => {
    const wb = ok(readXlsx(tablesToXlsx(tables)));
    expect(wb.sheets[0]!.rows).toEqual(tables[0]!.rows);
    expect(wb.sheets[1]!).toEqual({ name: "a_b_c___d_", rows: [[{ kind: "date", serial: 45717, iso: "2025-03-01" }, "=1+1"]] });
  });

  it("tablesToXlsx(tables) writes the OOXML parts with one sheet per table", () => {
    const parts = unzipSync(tablesToXlsx(tables));
    expect(Object.keys(parts)).toEqual([
      "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
      "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    ]);
    const sheet1 = strFromU8(parts["xl/worksheets/sheet1.xml"]!);
    expect(sheet1).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(sheet1).toContain('<c r="B3"><v>12345</v></c>');
    expect(sheet1).not.toContain("<f>");
  });

  it("tablesToXlsx(tables) writes formula-like text as a string cell with quotePrefix, never as <f>", () => {
    const parts = unzipSync(tablesToXlsx([{ name: "x", rows: [["=cmd|' /C calc'!A0", -12, '=HYPERLINK("http://x","y")']] }]));
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain('<c r="A1" t="s" s="2"><v>0</v></c><c r="B1"><v>-12</v></c><c r="C1" t="s" s="2"><v>1</v></c>');
    expect(strFromU8(parts["xl/styles.xml"]!)).toContain('quotePrefix="1"');
    expect(strFromU8(parts["xl/sharedStrings.xml"]!)).toContain("<t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>");
  });

  it("tablesToXlsx(tables) gives equal bytes for equal tables, and a sheet when there are none", () => {
    expect(tablesToXlsx(tables)).toEqual(tablesToXlsx(tables));
    expect(ok(readXlsx(tablesToXlsx([]))).sheets).toEqual([{ name: "Sheet1", rows: [] }]);
  });
});

describe("sheetNames", () => {
  it("sheetNames(names) makes names Excel accepts: no []:*?/\\, at most 31 characters, unique", () => {
    expect(sheetNames(["a/b", "", "x".repeat(40), "人口", "人口", "'q'"])).toEqual(["a_b", "Sheet2", "x".repeat(31), "人口", "人口 (2)", "q"]);
  });
});

describe("isDateFormat / serialToIso", () => {
  it("isDateFormat(id, code) knows built-in and custom date formats and ignores colours and quoted text", () => {
    expect([14, 22, 31, 57, 0, 10, 49].map((id) => isDateFormat(id))).toEqual([true, true, true, true, false, false, false]);
    expect(isDateFormat(176, 'yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat(177, "[Red]0.0")).toBe(false);
    expect(isDateFormat(178, '0.0" days"')).toBe(false);
    expect(isDateFormat(179, "[h]:mm")).toBe(true);
    expect(isDateFormat(180, "[$-804]#,##0.00")).toBe(false);
  });

  it("serialToIso(serial) follows Excel's 1900 system (with its phantom 1900-02-29) and the 1904 system", () => {
    expect([1, 59, 60, 61, 45717, 45658.5].map((s) => serialToIso(s))).toEqual(["1900-01-01", "1900-02-28", "1900-02-28", "1900-03-01", "2025-03-01", "2025-01-01T12:00:00"]);
    expect(serialToIso(0, true)).toBe("1904-01-01");
  });
});
