import { en } from "./en.js";
import type { Locale, Messages } from "./messages.js";
import { zhCN } from "./zh-CN.js";

export type { Locale, Messages } from "./messages.js";
export { formatMoney, formatNumber, formatPeople, formatPercent, formatPer, formatUnits, pick } from "./format.js";

/** The messages of a locale. */
export function messagesFor(locale: Locale): Messages {
  return locale === "en" ? en : zhCN;
}
