import { catchmentOf, type Facility } from "./scenario/facility.js";
import type { Scenario } from "./scenario/scenario.js";
import type { Target } from "./scenario/target.js";
import type { Zone } from "./scenario/zone.js";

/** A facility's share of supply reaching a scope unit. */
export type Contributor = { readonly facility: number; readonly share: number };

/**
 * What one target asks of one scope unit (a zone, a facility's catchment, or the region), and which
 * facilities supply it with what share of their resource (docs/model.md).
 */
export type NeedUnit = {
  readonly target: number;
  readonly unit: string;
  readonly population: number;
  readonly need: number;
  readonly upperNeed?: number;
  /** Objective weight of this unit's relative shortfall (target weight × normalisation). */
  readonly weight: number;
  readonly contributors: readonly Contributor[];
};

/** Need for every target and scope unit of a scenario, in target order. */
export type Need = { readonly units: readonly NeedUnit[]; readonly years: readonly number[] };

const AGE = { children0to3: "age0to3", children0to14: "age0to14", elderly65: "age65plus" } as const;

/** People a target counts in a zone at its year (residents, or an age group by its share). */
export function countedPopulation(zone: Zone, t: Target): number {
  const p = zone.population[String(t.year)] ?? 0;
  return t.population === "residents" ? p : p * (zone.ageShares?.[AGE[t.population]] ?? 0);
}

/** Need of a population under a target: the ratio norm, or the utilisation formula for beds. */
export function needOf(population: number, t: Target): { need: number; upperNeed?: number } {
  const m = t.method;
  const need = m.kind === "ratio" ? (population * t.ratio) / t.per : (population * m.admissionRate * m.avgStay) / (365 * m.occupancy);
  // A utilisation band scales the need by upper ÷ ratio; on a zero ratio that factor does not exist, so
  // there is no band (docs/model.md "Need"; the checker reads it the same way).
  if (t.upper === undefined || (m.kind === "utilisation" && !(t.ratio > 0))) return { need };
  const upperNeed = m.kind === "ratio" ? (population * t.upper) / t.per : (need * t.upper) / t.ratio;
  return { need, upperNeed };
}

/** The allocation years: the capital budget's years when phased, else the plan year. */
export function allocationYears(s: Scenario): number[] {
  const byYear = s.budgets.capital.byYear;
  return byYear ? Object.keys(byYear).map(Number).sort((a, b) => a - b) : [s.region.planYear];
}

function eligible(t: Target, f: Facility): boolean {
  return !t.tiers || t.tiers.includes(f.tier);
}

/** Supply of the facilities serving some zones: each facility's summed catchment share in them. */
function servingZones(s: Scenario, facilities: readonly { f: Facility; i: number }[], only: ReadonlySet<string>): Contributor[] {
  return facilities.flatMap(({ f, i }) => {
    const share = catchmentOf(f).reduce((a, c) => (only.has(c.zone) ? a + c.share : a), 0);
    return share > 0 ? [{ facility: i, share }] : [];
  });
}

function unitsOf(s: Scenario, t: Target, ti: number, zoneIndex: ReadonlyMap<string, number>): NeedUnit[] {
  if (!t.enabled) return [];
  const only = t.zones ? new Set(t.zones) : null;
  const facilities = s.facilities.map((f, i) => ({ f, i })).filter(({ f }) => eligible(t, f));
  const pop = s.zones.map((z) => countedPopulation(z, t));
  const unit = (id: string, population: number, contributors: Contributor[]) => ({ target: ti, unit: id, population, ...needOf(population, t), weight: t.weight, contributors });
  if (t.scope === "region") {
    if (only) return [unit("region", s.zones.reduce((a, z, zi) => (only.has(z.id) ? a + pop[zi]! : a), 0), servingZones(s, facilities, only))];
    return [unit("region", pop.reduce((a, b) => a + b, 0), facilities.map(({ i }) => ({ facility: i, share: 1 })))];
  }
  if (t.scope === "zone") {
    const byZone: Contributor[][] = s.zones.map(() => []);
    for (const { f, i } of facilities) for (const c of catchmentOf(f)) byZone[zoneIndex.get(c.zone)!]!.push({ facility: i, share: c.share });
    return s.zones.flatMap((z, zi) => (only && !only.has(z.id) ? [] : [unit(z.id, pop[zi]!, byZone[zi]!)]));
  }
  const shareSum = new Float64Array(s.zones.length);
  for (const { f } of facilities) for (const c of catchmentOf(f)) shareSum[zoneIndex.get(c.zone)!]! += c.share;
  return facilities.filter(({ f }) => !only || only.has(f.zone)).map(({ f, i }) => {
    const people = catchmentOf(f).reduce((a, c) => {
      const zi = zoneIndex.get(c.zone)!;
      return a + (pop[zi]! * c.share) / shareSum[zi]!;
    }, 0);
    return unit(f.id, people, [{ facility: i, share: 1 }]);
  });
}

function normalise(s: Scenario, units: NeedUnit[]): NeedUnit[] {
  if (s.objective.normalisation !== "population") return units;
  const mean = new Map<number, number>();
  for (const u of units) mean.set(u.target, (mean.get(u.target) ?? 0) + u.population);
  const count = new Map<number, number>();
  for (const u of units) count.set(u.target, (count.get(u.target) ?? 0) + 1);
  return units.map((u) => {
    const m = mean.get(u.target)! / count.get(u.target)!;
    return { ...u, weight: m > 0 ? (u.weight * u.population) / m : 0 };
  });
}

/** Need for every target and scope unit: population × ratio / per (or utilisation), with contributors. */
export function computeNeed(s: Scenario): Need {
  const zoneIndex = new Map(s.zones.map((z, i) => [z.id, i]));
  const units = s.targets.flatMap((t, ti) => unitsOf(s, t, ti, zoneIndex));
  return { units: normalise(s, units), years: allocationYears(s) };
}
