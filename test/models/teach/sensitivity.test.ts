import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../../../models/scenario/scenario.js";
import { budgetCurve } from "../../../models/teach/budget-curve.js";
import { tableauPrices } from "../../../models/teach/sensitivity.js";
import { solverPrices } from "../../../models/teach/solver-prices.js";
import { teachScenario } from "../../../models/teach/teach-scenario.js";
import type { ShadowPrice } from "../../../models/teach/types.js";
import { threeTowns } from "../fixtures.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
function lesson(name: string): Scenario {
  const p = parseScenario(JSON.parse(readFileSync(join(ROOT, "scenarios", "lessons", `${name}.json`), "utf8")));
  if (!p.ok) throw new Error(p.issues.map((i) => i.en).join("; "));
  return p.value;
}
function prices(s: Scenario): ShadowPrice[] {
  const o = teachScenario(s);
  if (!o.ok) throw new Error(o.refused.en);
  return tableauPrices(o.am.model, o.run, { scenario: s });
}
const row = (ps: readonly ShadowPrice[], name: string) => ps.find((p) => p.name === name)!;

describe("tableauPrices", () => {
  it("tableauPrices gives the budget of lesson 4 the price of town C's beds (−1/1800 per 万元), valid from 400 to 1,000 万元", () => {
    const capital = row(prices(lesson("04-budget-shadow-price")), "capital_total");
    expect(capital.method).toBe("tableau");
    expect(capital.rhs).toBe(500);
    expect(capital.price).toBeCloseTo(-1 / 1800, 12);
    expect(capital.from).toBeCloseTo(400, 9);
    expect(capital.to).toBeCloseTo(1000, 9);
  });

  it("tableauPrices restates a by-year capital row in 万元 too", () => {
    const s = lesson("04-budget-shadow-price");
    const capital = row(prices({ ...s, budgets: { capital: { byYear: { "2025": 500 } } } }), "capital_2025");
    expect(capital.rhs).toBe(500);
    expect(capital.price).toBeCloseTo(-1 / 1800, 12);
    expect([capital.from, capital.to].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([400, 1000]);
  });

  it("tableauPrices prices lesson 5's budget at −1/1200 per 万元 (300–600) and each doctor:nurse ratio row at 10 万元 × 1/1200", () => {
    const ps = prices(lesson("05-doctor-nurse-ratio"));
    const capital = row(ps, "capital_total");
    expect(capital.price).toBeCloseTo(-1 / 1200, 12);
    expect([capital.from, capital.to].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([300, 600]);
    // one more nurse required per facility costs 10 万元, worth 1/1200 each
    expect(row(ps, "ratio_min_nursePerDoctor_hcA").price).toBeCloseTo(1 / 120, 12);
    expect(row(ps, "ratio_min_nursePerDoctor_hcB").price).toBeCloseTo(1 / 120, 12);
  });

  it("solverPrices (HiGHS duals, ranged by re-solving) agree with the tableau on the budget rows of lessons 4 and 5", async () => {
    for (const name of ["04-budget-shadow-price", "05-doctor-nurse-ratio"]) {
      const s = lesson(name);
      const t = row(prices(s), "capital_total");
      const h = row(await solverPrices(s), "capital_total");
      expect(h.method).toBe("resolve");
      expect(h.price).toBeCloseTo(t.price, 9);
      // the re-solved range is the verified part of the true one, found to within 1% of the budget
      expect(h.from).toBeGreaterThanOrEqual(t.from - 1e-6);
      expect(h.to).toBeLessThanOrEqual(t.to + 1e-6);
      expect(h.to - h.from).toBeGreaterThan(0.99 * (t.to - t.from) - 0.01 * t.rhs);
    }
  });

  it("solverPrices prices the LP relaxation of a MIP and says so; a side the cap leaves unchecked is NaN", async () => {
    const lp = row(await solverPrices(lesson("04-budget-shadow-price")), "capital_total");
    const s = lesson("04-budget-shadow-price");
    const mip = row(await solverPrices({ ...s, resources: s.resources.map((r) => ({ ...r, wholeUnits: true })) }), "capital_total");
    expect(mip.relaxed).toBe(true);
    expect(lp.relaxed).toBeUndefined();
    expect(mip.price).toBeCloseTo(lp.price, 12);
    const none = await solverPrices(lesson("04-budget-shadow-price"), { maxSolves: 0 });
    expect(none.length).toBeGreaterThan(0);
    for (const p of none) expect([p.from, p.to]).toEqual([NaN, NaN]);
  });
});

describe("budgetCurve", () => {
  it("budgetCurve finds lesson 4's breaks at 200 and 400 万元 with slopes −1/600, −1/1200, −1/1800 (convex)", async () => {
    const c = await budgetCurve(lesson("04-budget-shadow-price"), "highs");
    expect(c.base).toBe(500);
    expect(c.capped).toBe(false);
    expect(c.points[0]!.budget).toBe(0);
    expect(c.points.at(-1)!.budget).toBe(1000);
    const breaks = c.breakpoints.filter((b) => b.goal === "shortfall");
    expect(breaks.map((b) => Math.round(b.budget * 1e3) / 1e3)).toEqual([200, 400]);
    expect(breaks[0]!.slopeBefore).toBeCloseTo(-1 / 600, 9);
    expect(breaks[0]!.slopeAfter).toBeCloseTo(-1 / 1200, 9);
    expect(breaks[1]!.slopeAfter).toBeCloseTo(-1 / 1800, 9);
    expect(breaks[1]!.value).toBeCloseTo(1 / 3, 9);
    const slopes = c.points.slice(1).map((p, i) => (p.shortfall - c.points[i]!.shortfall) / (p.budget - c.points[i]!.budget));
    slopes.slice(1).forEach((s, i) => expect(s).toBeGreaterThanOrEqual(slopes[i]! - 1e-9));
    // the slope at the scenario's budget is the marginal value HiGHS's dual gives
    const dual = row(await solverPrices(lesson("04-budget-shadow-price")), "capital_total").price;
    const at = c.points.findIndex((p) => p.budget >= 500);
    expect(slopes[at]!).toBeCloseTo(dual, 9);
    // the worst town (C) only gains once A and B are full
    expect(c.breakpoints.filter((b) => b.goal === "equity").map((b) => Math.round(b.budget))).toEqual([400]);
  });

  it("budgetCurve: equity first in three towns (budget 400) bends the worst shortfall at 400 万元 from −1/2400 to −1/3600; the total stays straight", async () => {
    const c = await budgetCurve(threeTowns((s) => (s.budgets.capital.total = 400)), "jslp");
    const eq = c.breakpoints.filter((b) => b.goal === "equity");
    expect(eq).toHaveLength(1);
    expect(eq[0]!.budget).toBeCloseTo(400, 3);
    expect(eq[0]!.slopeBefore).toBeCloseTo(-1 / 2400, 9);
    expect(eq[0]!.slopeAfter).toBeCloseTo(-1 / 3600, 9);
    expect(c.breakpoints.filter((b) => b.goal === "shortfall")).toEqual([]);
    for (const p of c.points) expect(p.shortfall).toBeCloseTo(5 / 6 - p.budget / 1200, 6);
  });

  it("budgetCurve stops at its cap on solves and says so", async () => {
    const c = await budgetCurve(lesson("04-budget-shadow-price"), "jslp", { maxSolves: 5 });
    expect(c.solves).toBe(5);
    expect(c.capped).toBe(true);
    expect(c.points).toHaveLength(5);
  });
});
