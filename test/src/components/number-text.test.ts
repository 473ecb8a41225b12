import { describe, expect, it } from "vitest";
import { parseNumberText, splitGrid } from "../../../src/components/number-text.js";
import { sliderRange } from "../../../src/components/slider-range.js";

describe("parseNumberText", () => {
  it("parseNumberText reads plain, grouped, full-width and 万/亿 figures", () => {
    expect(parseNumberText("46000")).toBe(46000);
    expect(parseNumberText(" 46,000 ")).toBe(46000);
    expect(parseNumberText("１２３")).toBe(123);
    expect(parseNumberText("4.6万")).toBe(46000);
    expect(parseNumberText("1.2亿")).toBe(120000000);
    expect(parseNumberText("-3.5")).toBe(-3.5);
    expect(parseNumberText(".5")).toBe(0.5);
    expect(parseNumberText("1e3")).toBe(1000);
  });

  it("parseNumberText is undefined for what is not a number", () => {
    for (const t of ["", "abc", "1.2.3", "万", "12a", "--1"]) expect(parseNumberText(t)).toBeUndefined();
  });

  it("splitGrid splits tab-separated rows and drops the trailing empty row", () => {
    expect(splitGrid("a\tb\r\nc\td\r\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(splitGrid("x")).toEqual([["x"]]);
  });
});

describe("sliderRange", () => {
  it("sliderRange(reference, current) spans 0 to twice the reference in nice steps", () => {
    expect(sliderRange(46000, 46000)).toEqual({ min: 0, max: 92000, step: 500 });
    expect(sliderRange(9.6, 9.6)).toEqual({ min: 0, max: 19.2, step: 0.1 });
    expect(sliderRange(0.35, 0.35)).toEqual({ min: 0, max: 0.7, step: 0.005 });
  });

  it("sliderRange reaches past a current value above twice the reference", () => {
    const r = sliderRange(100, 1000);
    expect(r.max).toBeGreaterThanOrEqual(1000);
    expect(sliderRange(0, 0).max).toBeGreaterThan(0);
  });
});
