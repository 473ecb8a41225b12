import { describe, expect, it } from "vitest";
import { catalog, DEFAULT_BUNDLED_KEY, defaultKey, EXAMPLE_KEY, openCatalogEntry } from "../../../src/state/catalog.js";
import { readPrefs } from "../../../src/state/prefs.js";

describe("catalog", () => {
  it("lists the bundled scenarios and the three-towns example; Yanjiang 2025 is the default", () => {
    const keys = catalog.map((e) => e.key);
    expect(keys).toContain(EXAMPLE_KEY);
    expect(keys).toContain(DEFAULT_BUNDLED_KEY);
    expect(defaultKey()).toBe(DEFAULT_BUNDLED_KEY);
    expect(catalog.find((e) => e.key === DEFAULT_BUNDLED_KEY)?.label).toEqual({ zh: "资阳市雁江区 2025", en: "Yanjiang District, Ziyang 2025" });
  });

  it("openCatalogEntry(key) validates every bundled scenario into a fresh workspace", async () => {
    for (const e of catalog) {
      const r = await openCatalogEntry(e.key);
      expect(r.ok, e.key).toBe(true);
      if (r.ok) expect(r.value.original).toBe(r.value.scenario);
    }
    expect((await openCatalogEntry("bundled:nowhere")).ok).toBe(false);
  });
});

describe("readPrefs", () => {
  it("readPrefs(storage) falls back to Chinese and the default view on missing or damaged values", () => {
    const store = (o: Record<string, string>) => ({ getItem: (k: string) => o[k] ?? null });
    expect(readPrefs(store({}))).toEqual({ locale: "zh-CN", view: { tab: "plan", section: "budgets", chartTarget: null }, timeLimitMs: 60_000 });
    expect(readPrefs(store({ "cp.locale": "en", "cp.view": '{"tab":"compare","section":"nope"}' }))).toEqual({ locale: "en", view: { tab: "compare", section: "budgets", chartTarget: null }, timeLimitMs: 60_000 });
    expect(readPrefs(store({ "cp.view": "{oops" })).view.tab).toBe("plan");
  });

  it("readPrefs keeps the time limit in whole seconds within 1–3600, and the default for a damaged value", () => {
    const store = (v: string) => ({ getItem: (k: string) => (k === "cp.timeLimit" ? v : null) });
    expect(readPrefs(store("5")).timeLimitMs).toBe(5000);
    expect(readPrefs(store("0.2")).timeLimitMs).toBe(1000);
    expect(readPrefs(store("99999")).timeLimitMs).toBe(3_600_000);
    expect(readPrefs(store("soon")).timeLimitMs).toBe(60_000);
  });

  it("readPrefs survives a storage that throws (blocked by the browser) and uses the defaults", () => {
    const blocked = { getItem: (): string | null => { throw new DOMException("denied", "SecurityError"); } };
    expect(readPrefs(blocked)).toEqual({ locale: "zh-CN", view: { tab: "plan", section: "budgets", chartTarget: null }, timeLimitMs: 60_000 });
    expect(readPrefs(null).locale).toBe("zh-CN");
  });
});
