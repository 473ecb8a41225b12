import { line, scaleLinear } from "d3";
import type { BudgetCurve } from "../../models/teach/types.js";

/** Size of a budget curve chart. */
export type BudgetCurveLayoutOptions = { readonly width: number; readonly height?: number };

/** A solved point of the curve, in pixels and in data. */
export type CurveMark = { readonly x: number; readonly y: number; readonly yEquity: number; readonly budget: number; readonly shortfall: number; readonly equity: number };

/** A laid-out budget curve: total shortfall (left axis) and the equity level (right axis) against the capital budget. */
export type BudgetCurveLayout = {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  /** Points with an allocation (optimal or unmet), by budget. */
  readonly points: readonly CurveMark[];
  readonly shortfallPath: string;
  readonly equityPath: string;
  /** Breaks of the shortfall line (left axis) or the equity line (right axis). */
  readonly breakpoints: readonly { readonly goal: "shortfall" | "equity"; readonly x: number; readonly y: number; readonly budget: number; readonly slopeBefore: number; readonly slopeAfter: number }[];
  /** The scenario's own budget. */
  readonly current: { readonly x: number; readonly budget: number };
  readonly xTicks: readonly { readonly x: number; readonly value: number }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly equityTicks: readonly { readonly y: number; readonly value: number }[];
};

const M = { top: 14, right: 52, bottom: 34, left: 56 };

/**
 * Lays out the budget curve: x = capital budget (0 → the curve's largest budget), left y = total
 * shortfall (binding + expected) from 0, right y = the worst relative shortfall (0 → 1 or its largest).
 * Points without an allocation (infeasible, timeout, error) are left out of the lines.
 */
export function budgetCurveLayout(curve: BudgetCurve, o: BudgetCurveLayoutOptions): BudgetCurveLayout {
  const width = Math.max(200, o.width);
  const height = o.height ?? 260;
  const plot = { x0: M.left, x1: width - M.right, y0: M.top, y1: height - M.bottom };
  const solved = curve.points.filter((p) => p.status === "optimal" || p.status === "unmet").slice().sort((a, b) => a.budget - b.budget);
  const maxBudget = Math.max(curve.base * 2, ...curve.points.map((p) => p.budget), 1);
  const maxShort = Math.max(...solved.map((p) => p.shortfall), 0);
  const maxEquity = Math.max(...solved.map((p) => p.equity), 0);
  const x = scaleLinear().domain([0, maxBudget]).range([plot.x0, plot.x1]);
  const y = scaleLinear().domain([0, maxShort > 0 ? maxShort : 1]).range([plot.y1, plot.y0]).nice();
  const yE = scaleLinear().domain([0, maxEquity > 0 ? Math.min(1, maxEquity) : 1]).range([plot.y1, plot.y0]).nice();
  const points = solved.map((p) => ({ x: x(p.budget), y: y(p.shortfall), yEquity: yE(p.equity), budget: p.budget, shortfall: p.shortfall, equity: p.equity }));
  const path = line<CurveMark>().x((p) => p.x);
  return {
    width,
    height,
    plot,
    points,
    shortfallPath: path.y((p) => p.y)(points) ?? "",
    equityPath: path.y((p) => p.yEquity)(points) ?? "",
    breakpoints: curve.breakpoints.map((b) => ({ goal: b.goal, x: x(b.budget), y: b.goal === "equity" ? yE(b.value) : y(b.value), budget: b.budget, slopeBefore: b.slopeBefore, slopeAfter: b.slopeAfter })),
    current: { x: x(curve.base), budget: curve.base },
    xTicks: x.ticks(Math.max(2, Math.floor((plot.x1 - plot.x0) / 90))).map((v) => ({ x: x(v), value: v })),
    yTicks: y.ticks(5).map((v) => ({ y: y(v), value: v })),
    equityTicks: yE.ticks(5).map((v) => ({ y: yE(v), value: v })),
  };
}
