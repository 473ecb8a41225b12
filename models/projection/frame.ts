import type { Zone } from "../scenario/zone.js";

/** Populations by zone and year index: `grid[zone][t]` for `frame.years[t]`. Built fresh by each method. */
export type Grid = number[][];

/** The zones and years a projection works on, and which figures the zones hold themselves. */
export type Frame = {
  readonly zones: readonly Zone[];
  readonly years: readonly number[];
  /** `own[z][t]`: the zone's own figure for `years[t]` when its status is not `projected`; it is kept. */
  readonly own: readonly (readonly (number | undefined)[])[];
};

/** Any figure a zone has for a year, whatever its status. */
export function figureAt(zone: Zone, year: number): number | undefined {
  return zone.population[String(year)];
}

/** A zone's own figure for a year: one whose status is not `projected` (projections are redone). */
export function ownFigure(zone: Zone, year: number): number | undefined {
  const key = String(year);
  return (zone.populationStatus?.[key] ?? "user") === "projected" ? undefined : zone.population[key];
}

/** The frame of zones over years (sorted, without repeats). */
export function frameOf(zones: readonly Zone[], years: readonly number[]): Frame {
  return { zones, years, own: zones.map((z) => years.map((y) => ownFigure(z, y))) };
}

/** The frame with `year` added to its years, and that year's index in it. */
export function withYear(frame: Frame, year: number): { readonly frame: Frame; readonly index: number } {
  const years = [...new Set([...frame.years, year])].sort((a, b) => a - b);
  return { frame: frameOf(frame.zones, years), index: years.indexOf(year) };
}

/** A grid from a figure per zone and year, keeping the zones' own figures. */
export function gridOf(frame: Frame, figure: (zone: number, t: number) => number): Grid {
  return frame.zones.map((_, z) => frame.years.map((_, t) => frame.own[z]![t] ?? figure(z, t)));
}

/** The grid's rows re-indexed from `from`'s years to `to`'s years (which `from` must contain). */
export function pickYears(grid: Grid, from: Frame, to: Frame): Grid {
  const index = to.years.map((y) => from.years.indexOf(y));
  return grid.map((row) => index.map((i) => row[i]!));
}
