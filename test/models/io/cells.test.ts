import { describe, expect, it } from "vitest";
import { parseNumberText, readBoolean, readDate, readNumber, readShare, readText } from "../../../models/io/index.js";

const value = (r: { ok: boolean; value?: unknown; expected?: { en: string } }) => (r.ok ? r.value : `! ${r.expected!.en}`);

describe("parseNumberText", () => {
  it("parseNumberText(text) reads separators, full-width digits, 万 and minus signs", () => {
    expect(["12,345", "１２，３４５", "1.2万", "−3", " 7 ", "1e3", ".5", "12,34", "1,5", "abc", ""].map((t) => parseNumberText(t))).toEqual([
      12345, 12345, 12000, -3, 7, 1000, 0.5, undefined, undefined, undefined, undefined,
    ]);
  });
});

describe("readNumber", () => {
  it("readNumber() takes numbers and numeric text, leaves empty cells undefined, and rejects dates", () => {
    const read = readNumber();
    expect([12, "12,345", null, "  ", -1, { kind: "date", serial: 45717, iso: "2025-03-01" } as const].map((c) => value(read(c)))).toEqual([
      12, 12345, undefined, undefined, "! must be a non-negative number", "! expected a number (the cell is formatted as a date)",
    ]);
    expect(value(readNumber({ min: -90, max: 90 })(-91))).toBe("! must be between -90 and 90");
  });

  it("readNumber() refuses a footnote mark, a space inside, an ambiguous dot or comma, naming why (issue 16.4)", () => {
    const read = readNumber();
    expect(["12345①", "1000 20", "1.000", "12,34"].map((c) => value(read(c)))).toEqual([
      '! must be a number: holds a footnote mark "①": remove it and enter the figure alone',
      '! must be a number: a space inside the figure (such as "1000 20"): one number or two? Remove the space',
      '! must be a number: "1.000" is ambiguous: a decimal, or a thousands separator? Write 1,000 or 1000 for thousands',
      "! must be a number: a comma in an unusual place: thousands separators go every three digits (12,345); use a dot for decimals (12.34)",
    ]);
    expect(["3.2万", "4.6亿", "30.125"].map((c) => value(read(c)))).toEqual([32000, 460000000, '! must be a number: "30.125" is ambiguous: a decimal, or a thousands separator? Write 30,125 or 30125 for thousands']);
    expect(value(readNumber({ min: -90, max: 90, decimal: true })("30.125"))).toBe(30.125);
  });
});

describe("readShare / readBoolean / readText", () => {
  it("readShare(cell) takes fractions and percentages", () => {
    expect([0.12, "12%", "１２％", "0.5", 1.2].map((c) => value(readShare(c)))).toEqual([0.12, 0.12, 0.12, 0.5, "! must be a share between 0 and 1 (such as 0.12 or 12%)"]);
  });

  it("readBoolean(cell) takes booleans, 1/0, 是/否 and yes/no", () => {
    expect([true, 0, "是", "否", "YES", "√", "maybe"].map((c) => value(readBoolean(c)))).toEqual([true, false, true, false, true, true, "! must be yes or no"]);
  });

  it("readText(cell) trims text, writes numbers as text and rejects a date cell", () => {
    expect([" 甲镇 ", 12, { kind: "date", serial: 1, iso: "1900-01-01" } as const].map((c) => value(readText(c)))).toEqual(["甲镇", "12", "! expected text (the cell is formatted as a date)"]);
  });
});

describe("readDate", () => {
  it("readDate(cell) takes a date cell or date text, for the columns that expect a date", () => {
    expect([{ kind: "date", serial: 45717, iso: "2025-03-01" } as const, "2025/3/1", "2025年3月1日", "2025-02-30", 45717].map((c) => value(readDate(c)))).toEqual([
      "2025-03-01", "2025-03-01", "2025-03-01", "! must be a date such as 2025-03-01", "! must be a date such as 2025-03-01",
    ]);
  });
});
