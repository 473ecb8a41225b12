import type { Locale } from "./messages.js";

/**
 * Number formats by locale and options, made once: constructing an `Intl.NumberFormat` costs far more than
 * formatting with one, and a result re-renders thousands of numbers (it was most of the main thread's work
 * per solve result — bench/app-frame.ts).
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ""}|${options.maximumFractionDigits ?? ""}|${options.minimumFractionDigits ?? ""}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Formats a number for the locale with at most `digits` fraction digits. */
export function formatNumber(n: number, locale: Locale, digits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(Object.is(n, -0) ? 0 : n);
}

/**
 * Formats a count of people: in Chinese, 万人 from 10,000 up (86.71万人); in English, plain thousands.
 */
export function formatPeople(n: number, locale: Locale): string {
  if (locale === "zh-CN" && Math.abs(n) >= 10000) return `${formatNumber(n / 10000, locale, 2)}万人`;
  return locale === "zh-CN" ? `${formatNumber(n, locale, 0)}人` : `${formatNumber(n, locale, 0)} people`;
}

/**
 * Formats money given in 万元: in Chinese, 亿元 from 10,000 万元 up; in English, CNY 10k / CNY m.
 */
export function formatMoney(wan: number, locale: Locale): string {
  if (locale === "zh-CN") return Math.abs(wan) >= 10000 ? `${formatNumber(wan / 10000, locale, 2)}亿元` : `${formatNumber(wan, locale, 1)}万元`;
  return Math.abs(wan) >= 100 ? `CNY ${formatNumber(wan / 100, locale, 2)} m` : `CNY ${formatNumber(wan * 10, locale, 0)}k`;
}

/** Formats a quantity of a resource: whole units without decimals, others with one. */
export function formatUnits(n: number, locale: Locale, whole = true): string {
  return formatNumber(whole ? Math.round(n) : n, locale, whole ? 0 : 1);
}

/** Formats a share (0.139 → 13.9%). */
export function formatPercent(share: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(share);
}

/** Names a ratio base: 1000 → 千 / 1,000; 10000 → 万; 30000 → 3万 / 30,000. */
export function formatPer(per: number, locale: Locale): string {
  if (locale === "zh-CN") {
    if (per === 1000) return "千";
    if (per >= 10000 && per % 10000 === 0) return per === 10000 ? "万" : `${per / 10000}万`;
    return formatNumber(per, locale, 0);
  }
  return formatNumber(per, locale, 0);
}

/** Picks the Chinese or English text of a bilingual label. */
export function pick(label: { readonly zh: string; readonly en: string }, locale: Locale): string {
  return locale === "zh-CN" ? label.zh : label.en;
}
