import { parseScenario } from "../../models/scenario/index.js";
import type { Facility, Parsed, Scenario, Target } from "../../models/index.js";
import type { Edit, PopulationCell } from "./edits.js";

type Draft = Scenario;

function mapTarget(s: Scenario, id: string, f: (t: Target) => Target): Draft {
  return { ...s, targets: s.targets.map((t) => (t.id === id ? f(t) : t)) };
}

function mapFacility(s: Scenario, id: string, f: (x: Facility) => Facility): Draft {
  return { ...s, facilities: s.facilities.map((x) => (x.id === id ? f(x) : x)) };
}

function without<K extends string, V>(rec: Readonly<Record<K, V>> | undefined, key: K): Record<K, V> | undefined {
  if (!rec) return undefined;
  const out = { ...rec };
  delete out[key];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Population figures set by hand become the user's (no longer marked estimated). */
function setPopulation(s: Scenario, cells: readonly PopulationCell[]): Draft {
  const byZone = new Map<string, PopulationCell[]>();
  for (const c of cells) byZone.set(c.zone, [...(byZone.get(c.zone) ?? []), c]);
  return {
    ...s,
    zones: s.zones.map((z) => {
      const mine = byZone.get(z.id);
      if (!mine) return z;
      const population = { ...z.population };
      const status = { ...(z.populationStatus ?? {}) };
      for (const c of mine) {
        population[c.year] = c.value;
        status[c.year] = "user";
      }
      return { ...z, population, populationStatus: status };
    }),
  };
}

function setLimit(f: Facility, resource: string, bound: "min" | "max", value: number | null): Facility {
  const limits = f.limits ?? {};
  const current = limits[bound];
  const next = value === null ? without(current, resource) : { ...(current ?? {}), [resource]: value };
  const { [bound]: _old, ...rest } = limits;
  return { ...f, limits: { ...rest, ...(next ? { [bound]: next } : {}) } };
}

function setNoGrowth(f: Facility, resource: string, on: boolean): Facility {
  const list = (f.limits?.noGrowth ?? []).filter((r) => r !== resource);
  const noGrowth = on ? [...list, resource] : list;
  const { noGrowth: _old, ...rest } = f.limits ?? {};
  return { ...f, limits: { ...rest, ...(noGrowth.length > 0 ? { noGrowth } : {}) } };
}

function setUpper(t: Target, value: number | null): Target {
  if (value !== null) return { ...t, upper: value };
  const { upper: _old, ...rest } = t;
  return rest;
}

/** Applies an edit to a scenario without validating the result (see `applyEdit`). */
export function reduceEdit(s: Scenario, e: Edit): Draft {
  switch (e.kind) {
    case "regionName":
      return { ...s, region: { ...s.region, name: { ...s.region.name, [e.lang]: e.value } } };
    case "regionYear":
      return { ...s, region: { ...s.region, [e.field]: e.value } };
    case "population":
      return setPopulation(s, e.cells);
    case "targetRatio":
      return mapTarget(s, e.target, (t) => ({ ...t, ratio: e.value }));
    case "targetUpper":
      return mapTarget(s, e.target, (t) => setUpper(t, e.value));
    case "targetNature":
      return mapTarget(s, e.target, (t) => ({ ...t, nature: e.value }));
    case "capitalTotal":
      return { ...s, budgets: { ...s.budgets, capital: { ...s.budgets.capital, total: e.value } } };
    case "capitalYear":
      return { ...s, budgets: { ...s.budgets, capital: { ...s.budgets.capital, byYear: { ...(s.budgets.capital.byYear ?? {}), [e.year]: e.value } } } };
    case "recurring": {
      if (e.value === null) {
        const { recurring: _old, ...rest } = s.budgets;
        return { ...s, budgets: rest };
      }
      const recurring = { basis: "added" as const, ...(s.budgets.recurring ?? {}), total: e.value };
      return { ...s, budgets: { ...s.budgets, recurring } };
    }
    case "resourceCost":
      return { ...s, resources: s.resources.map((r) => (r.id === e.resource ? { ...r, [e.field]: e.value } : r)) };
    case "facilityLimit":
      return mapFacility(s, e.facility, (f) => setLimit(f, e.resource, e.bound, e.value));
    case "facilityNoGrowth":
      return mapFacility(s, e.facility, (f) => setNoGrowth(f, e.resource, e.value));
    case "objectiveMode":
      return { ...s, objective: { ...s.objective, mode: e.value } };
    case "objectiveOrder":
      return { ...s, objective: { ...s.objective, order: [...e.value] } };
    case "objectiveWeight":
      return { ...s, objective: { ...s.objective, weights: { ...s.objective.weights, [e.goal]: e.value } } };
  }
}

/**
 * Applies an edit and re-validates the whole scenario: the new scenario, or the bilingual issues
 * (the store then keeps the old scenario and shows them).
 */
export function applyEdit(s: Scenario, e: Edit): Parsed<Scenario> {
  return parseScenario(reduceEdit(s, e));
}
