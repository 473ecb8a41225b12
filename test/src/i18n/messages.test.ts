import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en.js";
import { formatMoney, formatPer, formatPercent, formatPeople, formatUnits } from "../../../src/i18n/format.js";
import { zhCN } from "../../../src/i18n/zh-CN.js";

/** Every leaf of a messages object: path → string, or a function's result on sample arguments. */
function leaves(o: unknown, at = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof o === "function") out.set(at, String((o as (...a: unknown[]) => unknown)("X", "Y", "Z", "W")));
  else if (o && typeof o === "object") for (const [k, v] of Object.entries(o)) for (const [p, s] of leaves(v, at ? `${at}.${k}` : k)) out.set(p, s);
  else out.set(at, String(o));
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

describe("messages", () => {
  it("zh-CN and en have the same labels, none empty", () => {
    const zh = leaves(zhCN);
    const e = leaves(en);
    expect([...zh.keys()].sort()).toEqual([...e.keys()].sort());
    for (const [k, v] of [...zh, ...e]) expect(v.trim(), k).not.toBe("");
  });

  it("English labels contain no Chinese except the language switch, and Chinese labels are Chinese", () => {
    const chineseInEnglish = [...leaves(en)].filter(([k, v]) => CJK.test(v) && k !== "switchTo").map(([k]) => k);
    expect(chineseInEnglish).toEqual([]);
    const untranslated = [...leaves(zhCN)].filter(([k, v]) => /\p{L}/u.test(v) && !CJK.test(v) && v === leaves(en).get(k) && !/^[\dX]/.test(v)).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });
});

describe("format", () => {
  it("formatMoney(wan, locale) uses 万元 and 亿元 in Chinese, CNY in English", () => {
    expect(formatMoney(46000, "zh-CN")).toBe("4.6亿元");
    expect(formatMoney(512.5, "zh-CN")).toBe("512.5万元");
    expect(formatMoney(46000, "en")).toBe("CNY 460 m");
    expect(formatMoney(12, "en")).toBe("CNY 120k");
  });

  it("formatPeople, formatUnits, formatPercent and formatPer follow the locale", () => {
    expect(formatPeople(867119, "zh-CN")).toBe("86.71万人");
    expect(formatPeople(867119, "en")).toBe("867,119 people");
    expect(formatUnits(1234.6, "zh-CN")).toBe("1,235");
    expect(formatUnits(2.25, "en", false)).toBe("2.3");
    expect(formatPercent(0.1389, "zh-CN")).toBe("13.9%");
    expect(formatPer(1000, "zh-CN")).toBe("千");
    expect(formatPer(30000, "zh-CN")).toBe("3万");
    expect(formatPer(1000, "en")).toBe("1,000");
  });
});
