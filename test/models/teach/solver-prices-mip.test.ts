import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../../models/lp/build.js";
import { solvePhases } from "../../../models/lp/phases.js";
import { computeNeed } from "../../../models/need.js";
import { parseScenario, type Scenario } from "../../../models/scenario/scenario.js";
import { highsSolver } from "../../../models/solvers/highs.js";
import { solverPricing, solverPrices } from "../../../models/teach/solver-prices.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
function yanjiang(): Scenario {
  const p = parseScenario(JSON.parse(readFileSync(join(ROOT, "scenarios", "yanjiang-2025.json"), "utf8")));
  if (!p.ok) throw new Error(p.issues.map((i) => i.en).join("; "));
  return p.value;
}
function withCapital(s: Scenario, total: number): Scenario {
  return { ...s, budgets: { ...s.budgets, capital: { ...s.budgets.capital!, total } } };
}
/** The final-phase objective of the LP relaxation (every integer column made continuous), solved independently. */
async function relaxedObjective(s: Scenario): Promise<number> {
  const built = buildModel(s, computeNeed(s));
  const am = { ...built, integer: false, model: { ...built.model, columns: built.model.columns.map((c) => ({ ...c, integer: false })) } };
  const phased = await solvePhases(am, s.objective, highsSolver);
  expect(phased.status).toBe("optimal");
  return phased.solution.objective;
}

describe("solverPrices on a whole-unit (MIP) scenario: Yanjiang 2025", () => {
  it("is a MIP, and its LP relaxation is priced: a non-empty list, every price marked relaxed", async () => {
    const s = yanjiang();
    expect(buildModel(s, computeNeed(s)).integer).toBe(true);
    const r = await solverPricing(s);
    expect(r.unpriced).toBeUndefined();
    expect(r.relaxed).toBe(true);
    expect(r.prices.length).toBeGreaterThan(0);
    for (const p of r.prices) {
      expect(p.relaxed).toBe(true);
      expect(Number.isFinite(p.price)).toBe(true);
    }
    expect(await solverPrices(s)).toEqual(r.prices);
  }, 60_000);

  it("prices the capital budget row when the budget binds, and the price is the relaxation's slope (weighted goals)", async () => {
    // 30,000 万元 is below what the targets need (the bundled 46,000 is just enough), so the budget binds.
    const s: Scenario = { ...withCapital(yanjiang(), 30_000), objective: { ...yanjiang().objective, mode: "weighted" } };
    const r = await solverPricing(s);
    expect(r.unpriced).toBeUndefined();
    const capital = r.prices.find((p) => p.family === "capital");
    expect(capital).toBeDefined();
    expect(capital!.relaxed).toBe(true);
    expect(capital!.rhs).toBeCloseTo(30_000, 6);
    // more money, less weighted shortfall
    expect(capital!.price).toBeLessThan(0);
    expect(capital!.from).toBeLessThan(30_000);
    expect(capital!.to).toBeGreaterThan(30_000);
    // independent check: re-solve the relaxation with the budget moved by a step inside the range
    const step = Math.min(100, (capital!.to - 30_000) / 2, (30_000 - capital!.from) / 2);
    const [lo, hi] = [await relaxedObjective(withCapital(s, 30_000 - step)), await relaxedObjective(withCapital(s, 30_000 + step))];
    expect((hi - lo) / (2 * step)).toBeCloseTo(capital!.price, 6);
  }, 60_000);

  it("says why nothing is priced when the relaxation is infeasible, instead of an empty list that reads as 'nothing binds'", async () => {
    // 10,000 万元 cannot pay for the fixed number of sub-centres: no allocation at all, whole or relaxed
    const r = await solverPricing(withCapital(yanjiang(), 10_000));
    expect(r.prices).toEqual([]);
    expect(r.relaxed).toBe(true);
    expect(r.unpriced?.zh).toMatch(/线性松弛.*无可行解/);
    expect(r.unpriced?.en).toMatch(/LP relaxation .*infeasible/);
  }, 60_000);
});
