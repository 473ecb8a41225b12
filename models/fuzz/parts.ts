import type { Rng } from "../rng.js";
import type { ScenarioInput } from "../scenario/scenario.js";
import { chance, pick, round, sample, type GenFacility, type GenZone, type PoolResource } from "./pools.js";

/** What the generator has drawn so far, shared by the part builders. */
export type Draft = {
  readonly rng: Rng;
  readonly zones: readonly GenZone[];
  readonly resources: readonly PoolResource[];
  readonly facilities: GenFacility[];
  readonly years: readonly number[];
  readonly planYear: number;
  readonly ageShares: boolean;
  readonly features: string[];
  /** Few enough towns for siting (binary choices). */
  readonly small: boolean;
  /** The separable shape the fast path solves: own centres, zone targets, no rules, one total budget. */
  readonly separable: boolean;
  /** Whole units: zone targets only (javascript-lp-solver's branch and bound stalls on many interchangeable columns). */
  readonly mip: boolean;
};

type Target = ScenarioInput["targets"][number];
type Rules = NonNullable<ScenarioInput["rules"]>;
type Budgets = ScenarioInput["budgets"];
type ObjectiveInput = NonNullable<ScenarioInput["objective"]>;

const STAFF = ["doctors", "nurses", "gps"];

function targetOf(d: Draft, r: PoolResource, k: number, impossible: boolean): Target {
  const { rng } = d;
  const scope = d.separable || d.mip ? "zone" : impossible ? pick(rng, ["zone", "region"] as const) : pick(rng, ["zone", "zone", "zone", "catchment", "region"] as const);
  const ratio = round(r.ratio * (impossible ? rng.uniform(3, 8) : rng.uniform(0.6, 1.4)), 3);
  const band = !impossible && !d.separable && chance(rng, 0.25);
  const tiers = [...new Set(d.facilities.map((f) => f.tier))];
  const group = r.id === "places" && d.ageShares ? "children0to3" : d.ageShares && chance(rng, 0.15) ? pick(rng, ["children0to14", "elderly65"] as const) : "residents";
  const year = d.years.length > 1 && chance(rng, 0.25) ? pick(rng, d.years) : d.planYear;
  if (band) d.features.push("band");
  if (group !== "residents") d.features.push("ageGroup");
  if (scope !== "zone") d.features.push(`${scope}Scope`);
  return {
    id: `${r.id}T${k}`, resource: r.id, ratio, per: r.per, scope, year,
    nature: impossible || chance(rng, 0.25) ? "binding" : "expected",
    ...(band ? { upper: chance(rng, 0.1) ? ratio : round(ratio * rng.uniform(1.05, 1.5), 3) } : {}),
    ...(!d.separable && chance(rng, 0.15) ? { tiers: sample(rng, tiers, rng.int(1, tiers.length)) } : {}),
    ...(group === "residents" ? {} : { population: group }),
    ...(r.kind === "bed" && chance(rng, 0.2) ? { method: { kind: "utilisation" as const, admissionRate: round(rng.uniform(0.1, 0.25), 3), avgStay: round(rng.uniform(5, 12), 1), occupancy: round(rng.uniform(0.75, 0.95), 2) } } : {}),
    ...(chance(rng, 0.3) ? { weight: round(rng.uniform(0.2, 3), 2) } : {}),
  };
}

/** One or two targets per resource; now and then a binding target far above any budget (→ `unmet`). */
export function targetsFor(d: Draft): Target[] {
  const out: Target[] = [];
  for (const r of d.resources) {
    const count = !d.separable && chance(d.rng, 0.2) ? 2 : 1;
    for (let k = 1; k <= count; k++) out.push(targetOf(d, r, k, false));
  }
  if (chance(d.rng, 0.08)) {
    d.features.push("impossibleBinding");
    out.push(targetOf(d, pick(d.rng, d.resources), 9, true));
  }
  if (out.some((t) => t.nature === "binding")) d.features.push("binding");
  return out;
}

/** Staff ratios, size rules, no-growth rules, facility limits and siting, each now and then. */
export function rulesFor(d: Draft): Rules {
  const { rng } = d;
  const rules: Required<Pick<Rules, "staffRatios" | "sizes" | "noGrowth">> & Pick<Rules, "siting"> = { staffRatios: [], sizes: [], noGrowth: [] };
  if (d.separable) return rules;
  const staff = d.resources.filter((r) => STAFF.includes(r.id)).map((r) => r.id);
  if (staff.length >= 2 && chance(rng, 0.5)) {
    const [num, den] = sample(rng, staff, 2) as [string, string];
    const min = round(rng.uniform(0.3, 1.3), 2);
    rules.staffRatios.push({ id: "staffRatio", numerator: [num], denominator: [den], min, ...(chance(rng, 0.4) ? { max: round(min * rng.uniform(1.2, 3), 2) } : {}), scope: chance(rng, 0.5) ? "facility" : "region", ...(chance(rng, 0.3) ? { tiers: ["townshipCentre", "centralTownshipCentre"] } : {}) });
    d.features.push("staffRatio");
  }
  if (chance(rng, 0.2)) {
    const r = pick(rng, d.resources);
    const biggest = Math.max(0, ...d.facilities.map((f) => f.existing[r.id] ?? 0));
    rules.sizes.push({ id: "size", tiers: ["districtGeneralHospital", "cityHospital"], resource: r.id, max: Math.round(biggest * rng.uniform(0.8, 2)), ...(chance(rng, 0.3) ? { min: Math.round(biggest * 0.2) } : {}) });
    d.features.push("sizeRule");
  }
  if (chance(rng, 0.15)) {
    rules.noGrowth.push({ tiers: [pick(rng, ["districtGeneralHospital", "cityHospital", "tcmHospital"] as const)], resources: [pick(rng, d.resources).id] });
    d.features.push("noGrowth");
  }
  for (const f of d.facilities) {
    if (!chance(rng, 0.12)) continue;
    const r = pick(rng, d.resources);
    const have = f.existing[r.id] ?? 0;
    const roll = rng.next();
    f.limits = roll < 0.4 ? { max: { [r.id]: Math.round(have * rng.uniform(1, 1.6)) } } : roll < 0.7 ? { min: { [r.id]: Math.round(have * rng.uniform(1, 1.1)) }, max: { [r.id]: Math.round(have * rng.uniform(1.1, 2) + 1) } } : { noGrowth: [r.id] };
    d.features.push("facilityLimits");
  }
  if (d.small && chance(rng, 0.25)) rules.siting = sitingFor(d);
  return rules;
}

function sitingFor(d: Draft): NonNullable<Rules["siting"]> {
  const { rng } = d;
  const centres = d.facilities.filter((f) => f.id.startsWith("hc"));
  const candidates = centres.length > 0 ? sample(rng, centres, rng.int(1, Math.min(4, centres.length))) : [d.facilities[0]!];
  for (const f of candidates) f.subCentreCandidate = true;
  const min = rng.int(0, Math.min(1, candidates.length));
  const half = Math.ceil(d.zones.length / 2);
  const groups = d.zones.length > 1 && chance(rng, 0.6) ? [d.zones.slice(0, half), d.zones.slice(half)] : [d.zones];
  const r = pick(rng, d.resources);
  d.features.push("siting");
  return {
    min, max: rng.int(Math.max(1, min), candidates.length),
    ...(chance(rng, 0.7) ? { quotas: groups.map((g) => ({ zones: g.map((z) => z.id), min: 0, max: rng.int(0, 2) })) } : {}),
    requirements: { [r.id]: Math.round(Math.max(...candidates.map((f) => f.existing[r.id] ?? 0)) * rng.uniform(1, 1.5) + 1) },
    upgradeCost: chance(rng, 0.3) ? 0 : round(rng.uniform(20, 300), 1),
  };
}

/** What meeting every target's need in full would cost, roughly (capital, and running cost of the additions). */
function fullCost(d: Draft, targets: readonly Target[]): { capital: number; running: number; fixed: number } {
  const pop = d.zones.reduce((a, z) => a + z.pop, 0);
  let capital = 0;
  let running = 0;
  let fixed = 0;
  for (const r of d.resources) {
    const need = Math.max(0, ...targets.filter((t) => t.resource === r.id).map((t) => (pop * t.ratio) / t.per));
    const have = d.facilities.reduce((a, f) => a + (f.existing[r.id] ?? 0), 0);
    capital += Math.max(need - have, need * 0.3) * r.capital;
    running += Math.max(need - have, need * 0.3) * r.running;
    fixed += have * r.running;
  }
  return { capital, running, fixed };
}

/** Zero, tight, middling or loose capital (total and/or cumulative by year); a recurring budget now and then. */
export function budgetsFor(d: Draft, targets: readonly Target[]): Budgets {
  const { rng } = d;
  const cost = fullCost(d, targets);
  const roll = rng.next();
  const share = roll < 0.05 ? 0 : roll < 0.5 ? rng.uniform(0.05, 0.5) : roll < 0.8 ? rng.uniform(0.5, 1) : rng.uniform(1.5, 4);
  d.features.push(share === 0 ? "zeroBudget" : share < 0.5 ? "tightBudget" : share < 1 ? "midBudget" : "looseBudget");
  const total = Math.round(cost.capital * share);
  const single = d.years.length === 1 && d.years[0] === d.planYear;
  const byYear = !single || (!d.separable && chance(rng, 0.15));
  const parts = d.years.map(() => rng.uniform(0.2, 1));
  const sum = parts.reduce((a, b) => a + b, 0);
  const capital = {
    ...(!byYear || chance(rng, 0.3) ? { total } : {}),
    ...(byYear ? { byYear: Object.fromEntries(d.years.map((y, i) => [String(y), Math.round((total * parts[i]!) / sum)])) } : {}),
  };
  if (byYear) d.features.push("byYear");
  if (d.separable || !chance(rng, 0.3)) return { capital };
  const basis = chance(rng, 0.5) ? ("added" as const) : ("total" as const);
  d.features.push("recurring");
  return { capital, recurring: { total: Math.round((basis === "total" ? cost.fixed : 0) + cost.running * rng.uniform(0.2, 2)), basis } };
}

/** Lexicographic (default order, or binding then some of the others in any order) or weighted. */
export function objectiveFor(d: Draft): ObjectiveInput {
  const { rng } = d;
  const normalisation = chance(rng, 0.2) ? ("population" as const) : ("need" as const);
  if (d.separable) return { mode: "lexicographic", order: ["binding", "equity", "expected", "cost"], normalisation };
  if (chance(rng, 0.25)) {
    d.features.push("weighted");
    return { mode: "weighted", weights: { binding: round(rng.uniform(100, 10000)), equity: round(rng.uniform(0, 20)), expected: round(rng.uniform(0.5, 5)), cost: round(rng.uniform(1e-5, 1e-2), 6) }, normalisation };
  }
  if (chance(rng, 0.6)) return { mode: "lexicographic", order: ["binding", "equity", "expected", "cost"], normalisation };
  d.features.push("customOrder");
  return { mode: "lexicographic", order: ["binding", ...sample(rng, ["equity", "expected", "cost"] as const, rng.int(1, 3))], normalisation };
}

/** Plants a contradiction: a rule that no allocation can satisfy (→ `infeasible`). */
export function contradict(d: Draft, s: ScenarioInput): void {
  const { rng } = d;
  const f = pick(rng, d.facilities);
  const r = pick(rng, d.resources);
  const have = f.existing[r.id] ?? 0;
  const kind = rng.int(0, 2);
  d.features.push("contradiction");
  if (kind === 0) {
    // must grow, may not grow
    f.limits = { min: { [r.id]: have + 5 }, noGrowth: [r.id] };
  } else if (kind === 1) {
    // must grow, no money for it
    f.limits = { min: { [r.id]: have + 50 } };
    s.resources = s.resources.map((x) => (x.id === r.id ? { ...x, capitalCost: Math.max(1, x.capitalCost) } : x));
    s.budgets = { capital: { total: 0 } };
  } else {
    // a size rule's cap below the facility's own minimum
    f.limits = { min: { [r.id]: have + 10 } };
    s.rules = { ...s.rules, sizes: [...(s.rules?.sizes ?? []), { id: "capBelowMin", tiers: [f.tier], resource: r.id, max: have + 2 }] };
  }
  s.facilities = [...d.facilities];
}
