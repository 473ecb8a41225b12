import { describe, expect, it } from "vitest";
import { parseNumberText, readNumberText, type NumberField } from "../../../models/io/number-text.js";

const read = (text: string, field?: NumberField) => {
  const r = readNumberText(text, field);
  return r.ok ? r.value : `! ${r.code}`;
};

describe("readNumberText", () => {
  it("readNumberText(text) reads what a person means: separators in their places, full-width digits, minus signs, exponents", () => {
    expect(["46000", " 46,000 ", "12,345.5", "１２，３４５", "１２３", "−3", "－3", "+7", ".5", "5.", "1e3", "1.2E+05", "0.125", "1234.567", "1,234.567"].map((t) => read(t))).toEqual([
      46000, 46000, 12345.5, 12345, 123, -3, -3, 7, 0.5, 5, 1000, 120000, 0.125, 1234.567, 1234.567,
    ]);
  });

  it("readNumberText(text) refuses the issue-16 cases with a reason, never a different number", () => {
    expect(read("12345①")).toBe("! footnote");
    expect(read("12345¹")).toBe("! footnote");
    expect(read("12345*")).toBe("! footnote");
    expect(read("1000 20")).toBe("! space");
    expect(read("1.000")).toBe("! dot");
    expect(read("12.345")).toBe("! dot");
    expect(read("1.000.000")).toBe("! dot");
    expect(read("12,34")).toBe("! comma");
    expect(read("1,5")).toBe("! comma");
    expect(read("1.234,5")).toBe("! comma");
    expect(read("1e999")).toBe("! tooLarge");
    for (const t of ["abc", "12a", "--1", "万", "1.2.3", "1_000", "1'000"]) expect(read(t), t).toMatch(/^! (character|notNumber|dot)$/);
    expect(read("")).toBe("! empty");
    expect(read("   ")).toBe("! empty");
  });

  it("readNumberText(text) names the mark, the space or the separator in both languages", () => {
    const r = readNumberText("12345①");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.zh).toContain("①");
    expect(r.problem.en).toContain("footnote");
    const s = readNumberText("1000 20");
    expect(!s.ok && s.problem.zh).toContain("空格");
    expect(!s.ok && s.problem.en).toContain("space");
  });

  it("readNumberText(text, field) converts 万 and 亿 into the field's unit: 4.6亿 in a 万元 field is 46,000", () => {
    const wan = { unitScale: 10_000, unitWord: "元" };
    expect(["4.6亿", "4.6亿元", "4.6 亿元", "46000万元", "4.6万", "46000", "460000000元"].map((t) => read(t, wan))).toEqual([46000, 46000, 46000, 46000, 4.6, 46000, 46000]);
    expect(readNumberText("4.6亿", wan)).toEqual({ ok: true, value: 46000, converted: true });
    expect(readNumberText("46000", wan)).toEqual({ ok: true, value: 46000, converted: false });
    const people = { unitWord: "人", min: 0 };
    expect(["3.2万", "3.2万人", "32000人", "1.234万", "1.5亿"].map((t) => read(t, people))).toEqual([32000, 32000, 32000, 12340, 150000000]);
    expect(readNumberText("3.2万", people)).toEqual({ ok: true, value: 32000, converted: true });
    expect(read("3.2万元", people)).toBe("! character");
  });

  it("readNumberText(text, field) applies the field's bounds, magnitudes and decimal dot", () => {
    expect(read("-500", { min: 0 })).toBe("! range");
    expect(read("2101", { max: 2100, magnitudes: false })).toBe("! range");
    expect(read("0.2万", { magnitudes: false })).toBe("! character");
    expect(read("2.125", { decimal: true })).toBe(2.125);
    expect(read("2.125")).toBe("! dot");
    const r = readNumberText("-500", { min: 0 });
    expect(!r.ok && [r.problem.zh, r.problem.en]).toEqual(["应为非负数", "must not be negative"]);
  });

  it("parseNumberText(text) is the value or undefined", () => {
    expect(parseNumberText("4.6万")).toBe(46000);
    expect(parseNumberText("12,34")).toBeUndefined();
  });
});
