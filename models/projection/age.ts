import type { AgeShares, Zone } from "../scenario/zone.js";
import type { Frame } from "./frame.js";
import { addProjectionIssue, type IssueContext, type Path } from "./messages.js";
import type { AgeDrift } from "./spec.js";
import type { AgeCounts, ProjectedZone } from "./types.js";

/** The age groups carried along by a projection. */
export const AGE_GROUPS = ["age0to3", "age0to14", "age65plus"] as const;
/** An age group key of `AgeShares`. */
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** A zone's age shares in `year`: its `ageShares`, moved by `drift` (percentage points a year) when given. */
export function ageSharesIn(zone: Zone, year: number, drift?: AgeDrift): AgeShares {
  const shares: { -readonly [G in AgeGroup]?: number } = {};
  for (const g of AGE_GROUPS) {
    const share = zone.ageShares?.[g];
    if (share !== undefined) shares[g] = share + ((drift?.perYear[g] ?? 0) / 100) * (year - (drift?.from ?? year));
  }
  return shares;
}

/**
 * Age shares of every zone in every year of the frame (`[zone][t]`). A drifted share outside 0–1 is an
 * issue at `at.perYear.<group>` naming the zone and year; shares within 1e-12 of a bound are clamped.
 */
export function projectAgeShares(frame: Frame, drift: AgeDrift | undefined, at: Path, ctx: IssueContext): AgeShares[][] {
  return frame.zones.map((zone) =>
    frame.years.map((year) => {
      const shares = ageSharesIn(zone, year, drift);
      const clamped: { -readonly [G in AgeGroup]?: number } = {};
      for (const g of AGE_GROUPS) {
        const s = shares[g];
        if (s === undefined) continue;
        if (s < -1e-12 || s > 1 + 1e-12) addProjectionIssue(ctx, [...at, "perYear", g], "shareOutOfRange", { id: zone.id, group: g, year, share: Number(s.toFixed(4)) });
        clamped[g] = Math.min(1, Math.max(0, s));
      }
      return clamped;
    }),
  );
}

/** Persons in each age group a projected zone has a share for, in `year`: population × share (empty for a year not projected). */
export function ageGroupCounts(zone: ProjectedZone, year: number): AgeCounts {
  const key = String(year);
  const population = zone.population[key];
  const shares = zone.ageShares[key];
  if (population === undefined || shares === undefined) return {};
  const counts: { -readonly [G in AgeGroup]?: number } = {};
  for (const g of AGE_GROUPS) {
    const share = shares[g];
    if (share !== undefined) counts[g] = population * share;
  }
  return counts;
}
