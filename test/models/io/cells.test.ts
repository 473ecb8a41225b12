import { describe, expect, it } from "vitest";
import { parseNumberText, readBoolean, readDate, readNumber, readShare, readText } from "../../../models/io/index.js";

const value = (r: { ok: boolean; value?: unknown; expected?: { en: string } }) => (r.ok ? r.value : `! ${r.expected!.en}`);

describe("parseNumberText", () => {
  it("parseNumberText(text) reads separators, full-width digits, 万 and minus signs", () => {
    expect(["12,345", "１２，３４５", "1.2万", "−3", " 7 ", "1e3", ".5", "12,34", "1,5", "abc", ""].map(parseNumberText)).toEqual([
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
