import { describe, expect, it } from "vitest";
import type { BudgetCurve, BudgetPoint } from "../../../models/teach/types.js";
import { budgetCurveLayout } from "../../../src/charts/budget-curve-layout.js";

const point = (budget: number, shortfall: number, equity: number, status: BudgetPoint["status"] = "optimal"): BudgetPoint => ({ budget, status, shortfall, binding: 0, expected: shortfall, equity });
// Three towns: shortfall falls by 1/600 per 万元 until the need is met at 833.3 万元, then stays 0.
const curve: BudgetCurve = {
  base: 500,
  points: [point(1000, 0, 0), point(0, 0.8333, 0.3333), point(500, 0, 0.0), point(250, 0.4167, 0.1389), point(750, 0, 0), point(600, 0, 0, "error")],
  breakpoints: [
    { goal: "shortfall", budget: 500, value: 0, slopeBefore: -1 / 600, slopeAfter: 0 },
    { goal: "equity", budget: 250, value: 0.1389, slopeBefore: -1 / 1800, slopeAfter: -1 / 1800 },
  ],
  solves: 6,
  capped: false,
};

describe("budgetCurveLayout", () => {
  it("budgetCurveLayout(curve, o) sorts solved points by budget and leaves out points without an allocation", () => {
    const l = budgetCurveLayout(curve, { width: 600, height: 260 });
    expect(l.points.map((p) => p.budget)).toEqual([0, 250, 500, 750, 1000]);
    expect(l.plot).toEqual({ x0: 56, x1: 548, y0: 14, y1: 226 });
    expect(l.points[0]!.x).toBe(56);
    expect(l.points.at(-1)!.x).toBe(548);
    expect(l.points.at(-1)!.y).toBe(226);
    expect(l.points[0]!.y).toBeGreaterThanOrEqual(14);
    expect(l.points[0]!.y).toBeLessThan(l.points[1]!.y);
  });

  it("budgetCurveLayout marks the current budget and the breakpoints on the same x scale as the points", () => {
    const l = budgetCurveLayout(curve, { width: 600 });
    expect(l.current).toEqual({ x: 56 + (548 - 56) / 2, budget: 500 });
    expect(l.breakpoints.map((b) => b.goal)).toEqual(["shortfall", "equity"]);
    expect(l.breakpoints[0]!.x).toBe(l.points[2]!.x);
    expect(l.breakpoints[0]!.y).toBe(l.points[2]!.y);
    // An equity break sits on the equity line (right axis).
    expect(l.breakpoints[1]!.x).toBe(l.points[1]!.x);
    expect(l.breakpoints[1]!.y).toBe(l.points[1]!.yEquity);
  });

  it("budgetCurveLayout draws both lines through every solved point and starts the ticks at 0", () => {
    const l = budgetCurveLayout(curve, { width: 600 });
    expect(l.shortfallPath).toMatch(/^M56,(14|[1-9]\d(\.\d+)?)L/);
    expect(l.shortfallPath.split("L")).toHaveLength(5);
    expect(l.equityPath.split("L")).toHaveLength(5);
    expect(l.xTicks[0]).toEqual({ x: 56, value: 0 });
    expect(l.yTicks[0]!.value).toBe(0);
    expect(l.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(0.8);
    expect(l.equityTicks[0]!.value).toBe(0);
  });

  it("budgetCurveLayout of a curve with no solved point draws empty lines on a unit scale", () => {
    const l = budgetCurveLayout({ ...curve, points: [point(0, 0, 0, "infeasible")], breakpoints: [] }, { width: 400 });
    expect(l.points).toEqual([]);
    expect(l.shortfallPath).toBe("");
    expect(l.yTicks.at(-1)!.value).toBe(1);
  });
});
