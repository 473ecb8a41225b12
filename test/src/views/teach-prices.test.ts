import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { teachScenario } from "../../../models/teach/teach-scenario.js";
import { pricesOf } from "../../../src/teach/sensitivity-job.js";
import { loadScenario } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

describe("the teaching tab's shadow prices (the worker's pricesOf)", () => {
  it("a stepped lesson's budget row is in 万元, as its answer states it: −1/1800 per 万元 from 400 to 1,000", async () => {
    const s = loadScenario("scenarios/lessons/04-budget-shadow-price.json");
    const a = await pricesOf(s, teachScenario(s));
    expect(a.unpriced).toBeUndefined();
    expect(a.relaxed).toBeUndefined();
    const capital = a.prices.find((p) => p.family === "capital")!;
    expect(capital.method).toBe("tableau");
    expect(capital.rhs).toBeCloseTo(500, 9);
    expect(capital.price).toBeCloseTo(-1 / 1800, 12);
    expect(capital.from).toBeCloseTo(400, 6);
    expect(capital.to).toBeCloseTo(1000, 6);
  });

  it("Yanjiang (whole units, too large to step) is priced on its LP relaxation and says so", async () => {
    const s = loadScenario("scenarios/yanjiang-2025.json");
    const a = await pricesOf(s, teachScenario(s));
    expect(a.relaxed).toBe(true);
    expect(a.unpriced).toBeUndefined();
    expect(a.prices.length).toBeGreaterThan(0);
    expect(a.prices.every((p) => p.relaxed === true && p.method === "resolve")).toBe(true);
  }, 60_000);

  it("an infeasible Yanjiang (10,000 万元) gets the reason, not an empty list that reads as 'nothing binds'", async () => {
    const y = loadScenario("scenarios/yanjiang-2025.json");
    const s = { ...y, budgets: { ...y.budgets, capital: { ...y.budgets.capital!, total: 10_000 } } };
    const a = await pricesOf(s, teachScenario(s));
    expect(a.prices).toEqual([]);
    expect(a.unpriced?.zh).toContain("无可行解");
    expect(a.unpriced?.en).toContain("infeasible");
  }, 60_000);
});

describe("the lessons' English text", () => {
  const dir = join(ROOT, "scenarios", "lessons");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    it(`${file}: no untranslated 万 in English (money in CNY 10k, as the app writes it)`, () => {
      const lesson = JSON.parse(readFileSync(join(dir, file), "utf8")).lesson as Record<string, unknown>;
      const texts: { zh: string; en: string }[] = [];
      const walk = (o: unknown): void => {
        if (Array.isArray(o)) o.forEach(walk);
        else if (o && typeof o === "object") {
          if ("en" in o && "zh" in o) texts.push(o as { zh: string; en: string });
          else Object.values(o).forEach(walk);
        }
      };
      walk(lesson);
      expect(texts.length).toBeGreaterThan(2);
      for (const t of texts) expect(t.en).not.toMatch(/万/);
    });
  }
});
