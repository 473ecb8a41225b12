import { describe, expect, it } from "vitest";
import { numbersIn, parseChineseNumeral } from "../../models/seed/index.js";

describe("parseChineseNumeral", () => {
  it.each([["五", 5], ["十", 10], ["十二", 12], ["三十", 30], ["一百二十", 120], ["两千", 2000]])("parseChineseNumeral(%s) = %d", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });
});

describe("numbersIn", () => {
  it("numbersIn reads Arabic, separated and Chinese numerals", () => {
    expect(numbersIn("每千人口床位数9.57张，共4,195张，建设五个次中心")).toEqual([9.57, 4195, 1000, 5]);
  });
  it("numbersIn reads full-width digits", () => {
    expect(numbersIn("１：１．３")).toEqual([1, 1.3]);
  });
});
