import type { AllocationLine, AllocationResult } from "../result-types.js";
import type { Facility, Resource, Scenario, Zone } from "../scenario/index.js";

/** A facility × resource of the scenario: existing, the result's additions and running totals by year. */
export type Pair = {
  readonly existing: number;
  /** Added in each allocation year (same order as the years; 0 when absent). */
  readonly added: readonly number[];
  /** `cumulative[i]` = existing + additions of the first `i` allocation years. */
  readonly cumulative: readonly number[];
};

/**
 * The scenario indexed by id, and the result's additions read once into arrays by allocation year,
 * so that every check looks things up in constant time.
 */
export type CheckContext = {
  readonly scenario: Scenario;
  readonly result: AllocationResult;
  /** Allocation years, ascending (docs/model.md "Years"). */
  readonly years: readonly number[];
  readonly facilities: ReadonlyMap<string, Facility>;
  readonly resources: ReadonlyMap<string, Resource>;
  readonly zones: ReadonlyMap<string, Zone>;
  /** The first allocation line of each `facility/resource` key. */
  readonly lines: ReadonlyMap<string, AllocationLine>;
  /** Facility id → resource id → pair, over the scenario's full grid. */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, Pair>>;
  /** The scenario's facilities the result chooses as sub-centres, without repeats. */
  readonly chosen: ReadonlySet<string>;
};

/** The key of a facility × resource pair, also used in violation refs (`hcA/beds`). */
export function lineKey(facility: string, resource: string): string {
  return `${facility}/${resource}`;
}

/**
 * The allocation years: the years of `budgets.capital.byYear`, ascending, when it lists any;
 * otherwise the plan year.
 */
export function allocationYears(scenario: Scenario): readonly number[] {
  const byYear = scenario.budgets.capital.byYear;
  const years = Object.keys(byYear ?? {}).map(Number).sort((a, b) => a - b);
  return years.length > 0 ? years : [scenario.region.planYear];
}

function pairOf(existing: number, years: readonly string[], line: AllocationLine | undefined): Pair {
  const added = years.map((y) => line?.added[y] ?? 0);
  const cumulative = [existing];
  added.forEach((a, i) => cumulative.push((cumulative[i] ?? 0) + a));
  return { existing, added, cumulative };
}

/** Indexes a scenario and a result for the checks. */
export function indexContext(scenario: Scenario, result: AllocationResult): CheckContext {
  const lines = new Map<string, AllocationLine>();
  for (const line of result.allocation) {
    const key = lineKey(line.facility, line.resource);
    if (!lines.has(key)) lines.set(key, line);
  }
  const years = allocationYears(scenario);
  const yearKeys = years.map(String);
  const pairs = new Map(
    scenario.facilities.map((f) => [
      f.id,
      new Map(scenario.resources.map((r) => [r.id, pairOf(f.existing[r.id] ?? 0, yearKeys, lines.get(lineKey(f.id, r.id)))])),
    ]),
  );
  const facilities = new Map(scenario.facilities.map((f) => [f.id, f]));
  return {
    scenario,
    result,
    years,
    facilities,
    resources: new Map(scenario.resources.map((r) => [r.id, r])),
    zones: new Map(scenario.zones.map((z) => [z.id, z])),
    lines,
    pairs,
    chosen: new Set(result.subCentres.filter((id) => facilities.has(id))),
  };
}

const NONE: Pair = { existing: 0, added: [], cumulative: [0] };

/** The pair of a facility and resource (all zero when either is not in the scenario). */
export function pairAt(ctx: CheckContext, facility: string, resource: string): Pair {
  return ctx.pairs.get(facility)?.get(resource) ?? NONE;
}

/** What the scenario says exists of a resource in a facility (0 when not listed). */
export function existingOf(ctx: CheckContext, facility: string, resource: string): number {
  return pairAt(ctx, facility, resource).existing;
}

/** Units added over all allocation years (keys outside them are a structure fault and not counted). */
export function addedTotal(ctx: CheckContext, facility: string, resource: string): number {
  return pairAt(ctx, facility, resource).added.reduce((a, b) => a + b, 0);
}

/**
 * The total of a facility's resource at year `year`: the scenario's existing plus the additions of
 * allocation years up to and including `year`. Without a year: after all additions.
 */
export function totalAt(ctx: CheckContext, facility: string, resource: string, year = Number.POSITIVE_INFINITY): number {
  const { cumulative } = pairAt(ctx, facility, resource);
  let n = 0;
  while (n < ctx.years.length && (ctx.years[n] ?? 0) <= year) n++;
  return cumulative[Math.min(n, cumulative.length - 1)] ?? 0;
}

/** A facility's Chinese name (its id when unknown). */
export function facilityZh(ctx: CheckContext, id: string): string {
  return ctx.facilities.get(id)?.name.zh ?? id;
}

/** A resource's Chinese name (its id when unknown). */
export function resourceZh(ctx: CheckContext, id: string): string {
  return ctx.resources.get(id)?.name.zh ?? id;
}

/** A facility and resource named in Chinese, `甲镇卫生院 床位`. */
export function pairZh(ctx: CheckContext, facility: string, resource: string): string {
  return `${facilityZh(ctx, facility)} ${resourceZh(ctx, resource)}`;
}
