import { figureAt, type Frame, type Grid } from "./frame.js";
import { compound } from "./growth.js";
import { addProjectionIssue, type IssueContext, type Path } from "./messages.js";
import type { RegionalTotalSpec } from "./spec.js";

/** A zone's own yearly growth rate between two observed figures: (later / earlier)^(1 / years) − 1. */
export function trendRate(earlier: number, later: number, years: number): number {
  return (later / earlier) ** (1 / years) - 1;
}

/**
 * The regional total in `year` on the geometric path from `baseTotal` in `baseYear` to `total` in
 * `targetYear`: baseTotal × (total / baseTotal)^((year − baseYear) / (targetYear − baseYear)); exactly
 * `total` in the target year.
 */
export function totalIn(year: number, baseYear: number, baseTotal: number, targetYear: number, total: number): number {
  if (year === targetYear) return total;
  return baseTotal * (total / baseTotal) ** ((year - baseYear) / (targetYear - baseYear));
}

function round(x: number): number {
  return Number(x.toFixed(2));
}

/** Each zone's weight by year: its base figure (`share`), or its base figure grown at its own trend (`trend`). */
function weights(frame: Frame, spec: RegionalTotalSpec, ctx: IssueContext): { base: number[]; weight: (z: number, year: number) => number } {
  const base = frame.zones.map((zone, i) => {
    const p = figureAt(zone, spec.baseYear);
    if (p === undefined) addProjectionIssue(ctx, ["zones", i, "population", String(spec.baseYear)], "missingBase", { year: spec.baseYear });
    return p ?? Number.NaN;
  });
  if (spec.by === "share") return { base, weight: (z) => base[z]! };
  const rates = frame.zones.map((zone, i) => {
    const from = figureAt(zone, spec.from);
    const path = ["zones", i, "population", String(spec.from)];
    if (from === undefined) addProjectionIssue(ctx, path, "missingFigure", { id: zone.id, year: spec.from });
    else if (from === 0 && base[i]! > 0) addProjectionIssue(ctx, path, "noTrend", { year: spec.from });
    return from === 0 ? 0 : trendRate(from ?? Number.NaN, base[i]!, spec.baseYear - spec.from);
  });
  return { base, weight: (z, year) => compound(base[z]!, rates[z]!, spec.baseYear, year) };
}

/**
 * A regional total spread over zones. In each year the total T(y) (see {@link totalIn}) less the zones'
 * own figures is spread over the other zones in proportion to their weights (base-year figures, or
 * base-year figures grown at each zone's trend from `from` to `baseYear`), so the zones sum to T(y).
 * Issues: a zone without a base-year (or `from`) figure, a base-year sum of 0, a zero first-year figure
 * for a trend, own figures above the total (or, with every zone's own figure given, not equal to it).
 */
export function projectRegionalTotal(frame: Frame, spec: RegionalTotalSpec, at: Path, ctx: IssueContext): Grid {
  const { base, weight } = weights(frame, spec, ctx);
  const baseTotal = base.reduce((a, b) => a + b, 0);
  if (baseTotal === 0) addProjectionIssue(ctx, [...at, "baseYear"], "nothingToSpread", { year: spec.baseYear });
  const grid: Grid = frame.zones.map(() => []);
  frame.years.forEach((year, t) => {
    const total = totalIn(year, spec.baseYear, baseTotal, spec.year, spec.total);
    const free = frame.zones.map((_, z) => frame.own[z]![t] === undefined);
    const own = frame.own.reduce((a, row) => a + (row[t] ?? 0), 0);
    const w = frame.zones.map((_, z) => (free[z] ? weight(z, year) : 0));
    const freeWeight = w.reduce((a, b) => a + b, 0);
    const tolerance = 1e-9 * Math.max(1, total);
    let rest = total - own;
    if (rest < -tolerance || (!free.includes(true) && year === spec.year && Math.abs(rest) > tolerance)) {
      addProjectionIssue(ctx, [...at, "total"], "ownAboveTotal", { year, own: round(own), total: round(total) });
    } else if (free.includes(true) && freeWeight === 0 && rest > tolerance && baseTotal > 0) {
      addProjectionIssue(ctx, [...at, "baseYear"], "nothingToSpread", { year });
    }
    rest = Math.max(0, rest);
    frame.zones.forEach((_, z) => grid[z]!.push(frame.own[z]![t] ?? (freeWeight > 0 ? (rest * w[z]!) / freeWeight : 0)));
  });
  return grid;
}
