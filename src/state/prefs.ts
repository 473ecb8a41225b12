import type { Locale } from "../i18n/messages.js";
import type { Store } from "./store.js";
import type { EditorSection, Tab, ViewState } from "./types.js";

const LOCALE_KEY = "cp.locale";
const VIEW_KEY = "cp.view";
const TABS: readonly Tab[] = ["plan", "compare", "plans"];
const SECTIONS: readonly EditorSection[] = ["budgets", "targets", "population", "facilities", "costs", "objective", "region"];

/** The default view: the editor and results, budgets first. */
export const DEFAULT_VIEW: ViewState = { tab: "plan", section: "budgets", chartTarget: null };

/** The language and view the user last had (localStorage: read synchronously, so the first paint is right). */
export function readPrefs(storage: Pick<Storage, "getItem"> = localStorage): { locale: Locale; view: ViewState } {
  const locale: Locale = storage.getItem(LOCALE_KEY) === "en" ? "en" : "zh-CN";
  let view = DEFAULT_VIEW;
  try {
    const v = JSON.parse(storage.getItem(VIEW_KEY) ?? "null") as Partial<ViewState> | null;
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
  return { locale, view };
}

/** Keeps the language and view in localStorage and the document language in step with the store. */
export function attachPrefs(store: Store, storage: Pick<Storage, "setItem"> = localStorage): () => void {
  document.documentElement.lang = store.state.locale;
  return store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) {
      storage.setItem(LOCALE_KEY, s.locale);
      document.documentElement.lang = s.locale;
    }
    if (s.view !== prev.view) storage.setItem(VIEW_KEY, JSON.stringify(s.view));
  });
}
