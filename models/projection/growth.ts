import { addDomainIssue } from "../issues.js";
import { figureAt, gridOf, type Frame, type Grid } from "./frame.js";
import { addProjectionIssue, type IssueContext, type Path } from "./messages.js";
import type { GrowthSpec } from "./spec.js";

/** Compounds a population at rate `r` (a fraction) from `base` to `year`: P × (1 + r)^(year − base). */
export function compound(population: number, r: number, base: number, year: number): number {
  return population * (1 + r) ** (year - base);
}

/**
 * Compound growth from the base year: P(y) = P(base) × (1 + r)^(y − base), with r from `rates[zone]`,
 * else `rate`. Issues: a zone id in `rates` the scenario lacks, a zone without a rate, a zone without a
 * base-year figure (`zones[i].population.<base>`).
 */
export function projectGrowth(frame: Frame, spec: GrowthSpec, at: Path, ctx: IssueContext): Grid {
  const ids = new Set(frame.zones.map((z) => z.id));
  for (const id of Object.keys(spec.rates ?? {})) if (!ids.has(id)) addDomainIssue(ctx, [...at, "rates", id], "unknownZone", { id });
  const rows = frame.zones.map((zone, i) => {
    const r = spec.rates?.[zone.id] ?? spec.rate;
    if (r === undefined) addProjectionIssue(ctx, [...at, "rates"], "noRate", { id: zone.id });
    const base = figureAt(zone, spec.baseYear);
    if (base === undefined) addProjectionIssue(ctx, ["zones", i, "population", String(spec.baseYear)], "missingBase", { year: spec.baseYear });
    return { r: r ?? Number.NaN, base: base ?? Number.NaN };
  });
  return gridOf(frame, (z, t) => compound(rows[z]!.base, rows[z]!.r, spec.baseYear, frame.years[t]!));
}
