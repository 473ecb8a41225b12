import type { Parsed } from "../issues.js";
import type { Zone } from "../scenario/zone.js";
import { projectAgeShares } from "./age.js";
import { frameOf, pickYears, withYear, type Frame, type Grid } from "./frame.js";
import { projectGrowth } from "./growth.js";
import { issueSink, type IssueContext, type Path } from "./messages.js";
import { projectRegionalTotal } from "./regional-total.js";
import { parseProjectionSpec, parseProjectionYears, type AgeDrift, type ProjectionSpec, type ProjectionSpecInput } from "./spec.js";
import { projectTable } from "./table.js";
import type { PopulationStatus, ProjectedZones } from "./types.js";
import { urbanise } from "./urbanisation.js";

/** The populations a spec gives over a frame, holding the zones' own figures; issues go to `ctx`. */
export function projectGrid(frame: Frame, spec: ProjectionSpec, at: Path, ctx: IssueContext): Grid {
  switch (spec.method) {
    case "table":
      return projectTable(frame, spec, at, ctx);
    case "growth":
      return projectGrowth(frame, spec, at, ctx);
    case "regionalTotal":
      return projectRegionalTotal(frame, spec, at, ctx);
    case "urbanisation": {
      const inner = withYear(frame, spec.baseYear);
      const grid = projectGrid(inner.frame, spec.base, [...at, "base"], ctx);
      return pickYears(urbanise(inner.frame, grid, inner.index, spec, ctx), inner.frame, frame);
    }
  }
}

function driftOf(spec: ProjectionSpec, at: Path): { drift?: AgeDrift; at: Path } {
  if (spec.ageDrift) return { drift: spec.ageDrift, at: [...at, "ageDrift"] };
  if (spec.method === "urbanisation" && spec.base.ageDrift) return { drift: spec.base.ageDrift, at: [...at, "base", "ageDrift"] };
  return { at };
}

/**
 * Projects every zone's population to `years` by `spec` (validated here; issue paths start with the
 * method, e.g. `growth.rates.t3`, with `zones[i]…` for missing zone figures and `years[i]` for years).
 *
 * A zone's own figure for a requested year (status other than `projected`) is kept with its status;
 * the methods work around it (a regional total is spread over the other zones). Every other figure is
 * computed and marked `projected` (a `table` marks its figures with its `status`, default `user`).
 * Figures are exact, not rounded. Age shares are carried per zone and year (drifted when asked).
 */
export function projectPopulation(zones: readonly Zone[], spec: ProjectionSpecInput, years: readonly number[]): Parsed<ProjectedZones> {
  const parsedSpec = parseProjectionSpec(spec);
  const parsedYears = parseProjectionYears(years);
  if (!parsedSpec.ok || !parsedYears.ok) {
    return { ok: false, issues: [...(parsedSpec.ok ? [] : parsedSpec.issues), ...(parsedYears.ok ? [] : parsedYears.issues)] };
  }
  const s = parsedSpec.value;
  const frame = frameOf(zones, parsedYears.value);
  const sink = issueSink();
  const grid = projectGrid(frame, s, [s.method], sink);
  const drift = driftOf(s, [s.method]);
  const shares = projectAgeShares(frame, drift.drift, drift.at, sink);
  const issues = sink.issues();
  if (issues.length > 0) return { ok: false, issues };

  const computed: PopulationStatus = s.method === "table" ? s.status : "projected";
  const keys = frame.years.map(String);
  const projected = zones.map((zone, z) => ({
    id: zone.id,
    population: Object.fromEntries(keys.map((k, t) => [k, grid[z]![t]!])),
    status: Object.fromEntries(keys.map((k, t) => [k, frame.own[z]![t] === undefined ? computed : (zone.populationStatus?.[k] ?? "user")])),
    ageShares: Object.fromEntries(keys.map((k, t) => [k, shares[z]![t]!])),
  }));
  const totals = Object.fromEntries(keys.map((k, t) => [k, grid.reduce((a, row) => a + row[t]!, 0)]));
  return { ok: true, value: { method: s.method, years: frame.years, zones: projected, totals } };
}
