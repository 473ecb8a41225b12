import type { Parsed } from "../issues.js";
import type { Scenario } from "../scenario/scenario.js";
import type { AgeShares, Zone } from "../scenario/zone.js";
import { AGE_GROUPS } from "./age.js";
import { projectPopulation } from "./project.js";
import type { ProjectionSpecInput } from "./spec.js";
import type { ProjectedZone } from "./types.js";

function sameShares(a: AgeShares | undefined, b: AgeShares | undefined): boolean {
  return AGE_GROUPS.every((g) => a?.[g] === b?.[g]);
}

/** The zone with the projection's figures written in; the same object when nothing changes. */
function withProjection(zone: Zone, p: ProjectedZone, planYear: string): Zone {
  const changed = Object.keys(p.population).filter(
    (k) => zone.population[k] !== p.population[k] || (zone.populationStatus?.[k] ?? "user") !== p.status[k],
  );
  const shares = p.ageShares[planYear];
  const sharesChanged = shares !== undefined && !sameShares(zone.ageShares, shares);
  if (changed.length === 0 && !sharesChanged) return zone;
  return {
    ...zone,
    population: { ...zone.population, ...Object.fromEntries(changed.map((k) => [k, p.population[k]!])) },
    ...(changed.length === 0 ? {} : { populationStatus: { ...zone.populationStatus, ...Object.fromEntries(changed.map((k) => [k, p.status[k]!])) } }),
    ...(sharesChanged ? { ageShares: shares } : {}),
  };
}

/**
 * A new scenario whose zones carry the projected populations for `years`, each marked in
 * `populationStatus` (`projected`, or a table's status); the input is not changed, and zones and
 * records that do not change are shared. Own figures (status other than `projected`) stay as they are.
 * A zone holds one set of age shares, so with an age drift the shares of `region.planYear` are written
 * when that year is projected; the shares of every year are in `projectPopulation`'s result.
 */
export function applyProjection(scenario: Scenario, spec: ProjectionSpecInput, years: readonly number[]): Parsed<Scenario> {
  const r = projectPopulation(scenario.zones, spec, years);
  if (!r.ok) return r;
  const planYear = String(scenario.region.planYear);
  return { ok: true, value: { ...scenario, zones: scenario.zones.map((z, i) => withProjection(z, r.value.zones[i]!, planYear)) } };
}
