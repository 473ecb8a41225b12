import { createRng, type Rng } from "../rng.js";
import type { ScenarioInput } from "../scenario/scenario.js";
import { CENTRE_TIERS, HOSPITAL_TIERS, POOL, chance, pick, round, sample, shares, type GenFacility, type GenZone, type PoolResource } from "./pools.js";
import { budgetsFor, contradict, objectiveFor, rulesFor, targetsFor, type Draft } from "./parts.js";

/** Options of the fuzz scenario generator. */
export type FuzzOptions = {
  /** Largest number of towns (default 60: most scenarios have 2–30, one in fifteen 31–60). */
  readonly maxTowns?: number;
};

/** A generated scenario and the features it exercises (for summaries and replay notes). */
export type FuzzScenario = {
  readonly seed: number;
  readonly input: ScenarioInput;
  readonly features: readonly string[];
};

const BASE_YEAR = 2020;
const PLAN_YEAR = 2025;

function townCount(rng: Rng, maxTowns: number, mip: boolean): number {
  const cap = Math.max(2, maxTowns);
  if (mip) return Math.min(cap, rng.int(2, 3));
  const roll = rng.next();
  const n = roll < 0.55 ? rng.int(2, 8) : roll < 0.93 ? rng.int(9, 30) : rng.int(31, 60);
  return Math.min(cap, n);
}

function zonesOf(rng: Rng, n: number, ageShares: boolean): GenZone[] {
  return Array.from({ length: n }, (_, i) => {
    const base = Math.round(Math.exp(rng.uniform(Math.log(1500), Math.log(60000))));
    const growth = rng.uniform(-0.02, 0.025);
    const population: Record<string, number> = {};
    for (let y = BASE_YEAR; y <= PLAN_YEAR; y++) population[String(y)] = Math.round(base * (1 + growth) ** (y - BASE_YEAR));
    return {
      id: `t${i + 1}`, name: { zh: `镇${i + 1}`, en: `Town ${i + 1}` }, kind: chance(rng, 0.2) ? ("street" as const) : ("town" as const), population,
      ...(ageShares ? { ageShares: { age0to3: round(rng.uniform(0.02, 0.05), 3), age0to14: round(rng.uniform(0.1, 0.2), 3), age65plus: round(rng.uniform(0.1, 0.3), 3) } } : {}),
      pop: population[String(PLAN_YEAR)]!,
    };
  });
}

/** Existing stock of a facility holding `fraction` of the need of `pop` people, whole numbers. */
function stock(rng: Rng, resources: readonly PoolResource[], pop: number, lo: number, hi: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of resources) if (!chance(rng, 0.1)) out[r.id] = Math.round(((pop * r.ratio) / r.per) * rng.uniform(lo, hi));
  return out;
}

function facilitiesOf(rng: Rng, zones: readonly GenZone[], resources: readonly PoolResource[], separable: boolean): GenFacility[] {
  const out: GenFacility[] = [];
  zones.forEach((z, i) => {
    if (!separable && zones.length > 1 && chance(rng, 0.12)) return; // a town without a centre of its own
    out.push({ id: `hc${i + 1}`, name: { zh: `${z.name.zh}卫生院`, en: `${z.name.en} health centre` }, tier: pick(rng, CENTRE_TIERS), zone: z.id, existing: stock(rng, resources, z.pop, 0.1, 0.7) });
  });
  if (separable) return out;
  const perCounty = rng.int(3, 12);
  const counties = Math.max(1, Math.round(zones.length / perCounty));
  for (let c = 0; c < counties; c++) {
    const members = zones.filter((_, i) => i % counties === c);
    if (members.length === 0) continue;
    const pop = members.reduce((a, z) => a + z.pop, 0);
    const w = shares(rng, members.map((z) => z.pop * rng.uniform(0.5, 1.5)));
    out.push({
      id: `ch${c + 1}`, name: { zh: `县医院${c + 1}`, en: `County hospital ${c + 1}` }, tier: pick(rng, HOSPITAL_TIERS), zone: members[0]!.id, existing: stock(rng, resources, pop, 0.1, 0.4),
      ...(members.length > 1 || chance(rng, 0.5) ? { catchment: members.map((z, k) => ({ zone: z.id, share: w[k]! })) } : {}),
    });
  }
  if (chance(rng, 0.3)) {
    const w = shares(rng, zones.map((z) => z.pop));
    const pop = zones.reduce((a, z) => a + z.pop, 0);
    out.push({ id: "tcm", name: { zh: "中医院", en: "TCM hospital" }, tier: "tcmHospital", zone: zones[0]!.id, existing: stock(rng, resources, pop, 0.02, 0.1), catchment: zones.map((z, k) => ({ zone: z.id, share: w[k]! })) });
  }
  if (chance(rng, 0.2)) out.push({ id: "mch", name: { zh: "妇幼保健院", en: "Maternal and child hospital" }, tier: "maternalChildHospital", zone: pick(rng, zones).id, existing: stock(rng, resources, zones[0]!.pop, 0.05, 0.2) });
  return out;
}

function allocationYears(rng: Rng): number[] {
  if (!chance(rng, 0.3)) return [PLAN_YEAR];
  const earlier = sample(rng, [2021, 2022, 2023, 2024], rng.int(1, 2)).sort((a, b) => a - b);
  return chance(rng, 0.8) ? [...earlier, PLAN_YEAR] : earlier;
}

/**
 * A random scenario for fuzzing, the same for the same seed (and `maxTowns`): 2–30 towns (one in fifteen
 * 31–60 when `maxTowns` allows), 1–4 resources, health centres, county hospitals serving several towns by
 * shares, a TCM and a maternal and child hospital now and then; zone, catchment and region targets,
 * binding or expected, with bands, tiers, age groups, the utilisation method and weights; staff ratios,
 * size rules, facility limits, no growth, siting with quotas; capital by total and/or cumulative by year,
 * recurring budgets; lexicographic (any order) or weighted objectives. One in five is a MIP kept small
 * enough for javascript-lp-solver's branch and bound (2–3 towns, one whole-unit resource, one year, zone
 * targets); one in seven of the rest has the separable shape of the fast path. About one in fourteen
 * carries a contradiction (→ infeasible), one in twelve a binding target far above any budget (→ unmet).
 */
export function fuzzScenario(seed: number, o: FuzzOptions = {}): FuzzScenario {
  const rng = createRng(seed);
  const features: string[] = [];
  const mip = chance(rng, 0.2);
  const separable = !mip && chance(rng, 0.15);
  if (separable) features.push("separable");
  const n = townCount(rng, o.maxTowns ?? 60, mip);
  const resources = sample(rng, POOL, rng.int(1, mip ? 2 : 4)).map((r) => ({ ...r, capital: round(r.capital * rng.uniform(0.5, 1.5)), running: chance(rng, 0.1) ? 0 : round(r.running * rng.uniform(0.5, 1.5)) }));
  const ageShares = chance(rng, 0.4);
  const zones = zonesOf(rng, n, ageShares);
  const facilities = facilitiesOf(rng, zones, resources, separable);
  const years = separable || mip ? [PLAN_YEAR] : allocationYears(rng);
  const wholeUnits = new Set(mip ? [pick(rng, resources).id] : []);
  if (wholeUnits.size > 0) features.push("wholeUnits");
  if (years.length > 1 || years[0] !== PLAN_YEAR) features.push("multiYear");
  const draft: Draft = { rng, zones, resources, facilities, years, planYear: PLAN_YEAR, ageShares, features, small: n <= 10, separable, mip: wholeUnits.size > 0 };
  const targets = targetsFor(draft);
  const rules = rulesFor(draft);
  const budgets = budgetsFor(draft, targets);
  const objective = objectiveFor(draft);
  const scenario: ScenarioInput = {
    version: 1,
    region: { id: `fuzz${seed}`, name: { zh: `模糊测试 ${seed}`, en: `Fuzz ${seed}` }, level: "synthetic", baseYear: BASE_YEAR, planYear: PLAN_YEAR },
    zones: zones.map(({ pop: _pop, ...z }) => z),
    resources: resources.map((r) => ({ id: r.id, name: { zh: r.zh, en: r.en }, unit: { zh: r.unit[0], en: r.unit[1] }, kind: r.kind, capitalCost: r.capital, runningCost: r.running, wholeUnits: wholeUnits.has(r.id) })),
    facilities,
    targets,
    rules,
    budgets,
    objective,
  };
  if (!separable && chance(rng, 0.07)) contradict(draft, scenario);
  features.push(n <= 8 ? "towns2-8" : n <= 30 ? "towns9-30" : "towns31+");
  return { seed, input: scenario, features: [...new Set(features)] };
}
