import type { Locale } from "./messages.js";

/** Formats a number for the locale with at most `digits` fraction digits. */
export function formatNumber(n: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
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
