import { catchmentOf, type Facility, type Scenario, type Target } from "../scenario/index.js";
import { totalAt, type CheckContext } from "./context.js";

/** The figures of one scope unit of a target, recomputed from the scenario and the additions. */
export type UnitFigures = {
  readonly target: Target;
  /** Zone id, facility id (catchment scope) or `"region"`. */
  readonly unit: string;
  readonly population: number;
  readonly need: number;
  /** Band upper need; undefined without a band. */
  readonly upperNeed: number | undefined;
  readonly supplied: number;
  readonly shortfall: number;
  readonly surplus: number;
  /** shortfall ÷ need (0 when need is 0). */
  readonly relShortfall: number;
  /** surplus ÷ upperNeed (0 without a band or when upperNeed is 0). */
  readonly relSurplus: number;
};

const AGE_KEY = { children0to3: "age0to3", children0to14: "age0to14", elderly65: "age65plus" } as const;

/** `P(z)` of docs/model.md: the zone's population in the target year times the target group's share. */
function populationByZone(scenario: Scenario, t: Target): Map<string, number> {
  const year = String(t.year);
  return new Map(
    scenario.zones.map((z) => {
      const share = t.population === "residents" ? 1 : (z.ageShares?.[AGE_KEY[t.population]] ?? 0);
      return [z.id, (z.population[year] ?? 0) * share];
    }),
  );
}

/** Need of a population under the target's method. */
export function needOf(t: Target, population: number): number {
  const m = t.method;
  return m.kind === "ratio"
    ? (population * t.ratio) / t.per
    : (population * m.admissionRate * m.avgStay) / (365 * m.occupancy);
}

/** Band upper need, or undefined without a band (or a utilisation band on a zero ratio: no factor upper ÷ ratio). */
export function upperNeedOf(t: Target, population: number, need: number): number | undefined {
  if (t.upper === undefined) return undefined;
  if (t.method.kind === "ratio") return (population * t.upper) / t.per;
  return t.ratio > 0 ? (need * t.upper) / t.ratio : undefined;
}

function figures(t: Target, unit: string, population: number, supplied: number): UnitFigures {
  const need = needOf(t, population);
  const upperNeed = upperNeedOf(t, population, need);
  const shortfall = Math.max(0, need - supplied);
  const surplus = upperNeed === undefined ? 0 : Math.max(0, supplied - upperNeed);
  return {
    target: t,
    unit,
    population,
    need,
    upperNeed,
    supplied,
    shortfall,
    surplus,
    relShortfall: need > 0 ? shortfall / need : 0,
    relSurplus: upperNeed !== undefined && upperNeed > 0 ? surplus / upperNeed : 0,
  };
}

/** The facilities whose resources count toward a target. */
function eligible(scenario: Scenario, t: Target): readonly Facility[] {
  return t.tiers === undefined ? scenario.facilities : scenario.facilities.filter((f) => t.tiers?.includes(f.tier));
}

/** The units of one target with their figures, in scenario order (zones, eligible facilities, region). */
export function targetUnits(ctx: CheckContext, t: Target): readonly UnitFigures[] {
  if (!t.enabled) return [];
  const { scenario } = ctx;
  const P = populationByZone(scenario, t);
  const facilities = eligible(scenario, t);
  const totals = facilities.map((f) => totalAt(ctx, f.id, t.resource, t.year));
  const only = t.zones === undefined ? null : new Set(t.zones);

  if (t.scope === "region") {
    let population = 0;
    for (const [z, p] of P) if (only === null || only.has(z)) population += p;
    if (only === null) return [figures(t, "region", population, totals.reduce((a, b) => a + b, 0))];
    // Over some zones only, supply reaches them through the catchment shares.
    let supplied = 0;
    facilities.forEach((f, i) => {
      for (const c of catchmentOf(f)) if (only.has(c.zone)) supplied += c.share * (totals[i] ?? 0);
    });
    return [figures(t, "region", population, supplied)];
  }
  if (t.scope === "zone") {
    const supplied = new Map<string, number>();
    facilities.forEach((f, i) => {
      for (const c of catchmentOf(f)) supplied.set(c.zone, (supplied.get(c.zone) ?? 0) + c.share * (totals[i] ?? 0));
    });
    return scenario.zones.filter((z) => only === null || only.has(z.id)).map((z) => figures(t, z.id, P.get(z.id) ?? 0, supplied.get(z.id) ?? 0));
  }
  const served = new Map<string, number>();
  for (const f of facilities) for (const c of catchmentOf(f)) served.set(c.zone, (served.get(c.zone) ?? 0) + c.share);
  return facilities.flatMap((f, i) => {
    if (only !== null && !only.has(f.zone)) return [];
    let population = 0;
    for (const c of catchmentOf(f)) {
      const S = served.get(c.zone) ?? 0;
      if (c.share > 0 && S > 0) population += ((P.get(c.zone) ?? 0) * c.share) / S;
    }
    return [figures(t, f.id, population, totals[i] ?? 0)];
  });
}

/** Every target's units with their recomputed figures, target by target. */
export function computeUnits(ctx: CheckContext): readonly (readonly UnitFigures[])[] {
  return ctx.scenario.targets.map((t) => targetUnits(ctx, t));
}

/** The key of a target's unit, also used in violation refs (`bedsPer1000/A`). */
export function unitKey(target: string, unit: string): string {
  return `${target}/${unit}`;
}

/** A unit named in Chinese: the zone's or facility's name, or 全区. */
export function unitZh(ctx: CheckContext, scope: Target["scope"], unit: string): string {
  if (scope === "region") return "全区";
  if (scope === "zone") return ctx.zones.get(unit)?.name.zh ?? unit;
  return ctx.facilities.get(unit)?.name.zh ?? unit;
}

/** A target named in Chinese (its name, or its id). */
export function targetZh(t: Target): string {
  return t.name?.zh ?? t.id;
}
