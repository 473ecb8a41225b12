import type { Locale } from "../i18n/messages.js";
import type { Store } from "./store.js";
import type { EditorSection, Tab, ViewState } from "./types.js";

const LOCALE_KEY = "cp.locale";
const VIEW_KEY = "cp.view";
const TIME_LIMIT_KEY = "cp.timeLimit";
const TABS: readonly Tab[] = ["plan", "compare", "plans", "teach", "uncertainty"];
const SECTIONS: readonly EditorSection[] = ["budgets", "targets", "population", "facilities", "costs", "objective", "region"];

/** Time limit of a solve, seconds: the default and the range the setting accepts. */
export const TIME_LIMIT_S = { default: 60, min: 1, max: 3600 } as const;
export const DEFAULT_TIME_LIMIT_MS = TIME_LIMIT_S.default * 1000;

/** A time limit in seconds as the app uses it (whole seconds within range), or null when it is not a number. */
export function clampTimeLimitS(v: number): number | null {
  return Number.isFinite(v) ? Math.min(TIME_LIMIT_S.max, Math.max(TIME_LIMIT_S.min, Math.round(v))) : null;
}

/** localStorage, or null where reading it throws (storage blocked by the browser's settings). */
function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads a key; null when absent or when the storage throws. */
function tryGet(storage: Pick<Storage, "getItem"> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a key; a full or blocked storage keeps the preference for this visit only (prefs never make the app fail). */
function trySet(storage: Pick<Storage, "setItem"> | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // ignored on purpose: see above
  }
}

/** The default view: the editor and results, budgets first. */
export const DEFAULT_VIEW: ViewState = { tab: "plan", section: "budgets", chartTarget: null };

/** The language and view the user last had (localStorage: read synchronously, so the first paint is right). */
export function readPrefs(from: Pick<Storage, "getItem"> | null = localStore()): { locale: Locale; view: ViewState; timeLimitMs: number } {
  const limit = clampTimeLimitS(Number(tryGet(from, TIME_LIMIT_KEY) ?? NaN));
  const timeLimitMs = limit === null ? DEFAULT_TIME_LIMIT_MS : limit * 1000;
  const locale: Locale = tryGet(from, LOCALE_KEY) === "en" ? "en" : "zh-CN";
  let view = DEFAULT_VIEW;
  try {
    const v = JSON.parse(tryGet(from, VIEW_KEY) ?? "null") as Partial<ViewState> | null;
    if (v && typeof v === "object") {
      view = {
        tab: TABS.includes(v.tab as Tab) ? (v.tab as Tab) : DEFAULT_VIEW.tab,
        section: SECTIONS.includes(v.section as EditorSection) ? (v.section as EditorSection) : DEFAULT_VIEW.section,
        chartTarget: typeof v.chartTarget === "string" ? v.chartTarget : null,
      };
    }
  } catch {
    view = DEFAULT_VIEW;
  }
  return { locale, view, timeLimitMs };
}

/** Keeps the language, view and time limit in localStorage and the document language in step with the store. */
export function attachPrefs(store: Store, to: Pick<Storage, "setItem"> | null = localStore()): () => void {
  document.documentElement.lang = store.state.locale;
  return store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) {
      trySet(to, LOCALE_KEY, s.locale);
      document.documentElement.lang = s.locale;
    }
    if (s.view !== prev.view) trySet(to, VIEW_KEY, JSON.stringify(s.view));
    if (s.timeLimitMs !== prev.timeLimitMs) trySet(to, TIME_LIMIT_KEY, String(s.timeLimitMs / 1000));
  });
}
