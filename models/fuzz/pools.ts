import type { Rng } from "../rng.js";
import type { ScenarioInput } from "../scenario/scenario.js";

/** A resource the fuzzer may allocate, with the norm its targets vary around. */
export type PoolResource = {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: readonly [string, string];
  readonly kind: "bed" | "staff" | "vehicle" | "place" | "other";
  readonly capital: number;
  readonly running: number;
  readonly ratio: number;
  readonly per: number;
};

/** The resources scenarios draw from (norms as in the regional plans, costs in 万元). */
export const POOL: readonly PoolResource[] = [
  { id: "beds", zh: "床位", en: "Beds", unit: ["张", "beds"], kind: "bed", capital: 30, running: 2, ratio: 6, per: 1000 },
  { id: "doctors", zh: "执业（助理）医师", en: "Licensed doctors", unit: ["人", "people"], kind: "staff", capital: 5, running: 15, ratio: 3.2, per: 1000 },
  { id: "nurses", zh: "注册护士", en: "Registered nurses", unit: ["人", "people"], kind: "staff", capital: 3, running: 10, ratio: 3.8, per: 1000 },
  { id: "gps", zh: "全科医生", en: "GPs", unit: ["人", "people"], kind: "staff", capital: 8, running: 15, ratio: 3.5, per: 10000 },
  { id: "ambulances", zh: "救护车", en: "Ambulances", unit: ["辆", "vehicles"], kind: "vehicle", capital: 40, running: 8, ratio: 1, per: 30000 },
  { id: "places", zh: "托位", en: "Childcare places", unit: ["个", "places"], kind: "place", capital: 2, running: 0.5, ratio: 4.5, per: 1000 },
];

/** Tiers of the local health centres. */
export const CENTRE_TIERS = ["townshipCentre", "centralTownshipCentre", "communityCentre"] as const;
/** Tiers of the hospitals that serve several towns. */
export const HOSPITAL_TIERS = ["districtGeneralHospital", "cityHospital"] as const;

type Tier = (typeof CENTRE_TIERS)[number] | (typeof HOSPITAL_TIERS)[number] | "tcmHospital" | "maternalChildHospital";
/** A facility as the generator writes it. */
export type GenFacility = NonNullable<ScenarioInput["facilities"]>[number] & { tier: Tier };
/** A zone as the generator writes it, with the population of the plan year at hand. */
export type GenZone = ScenarioInput["zones"][number] & { pop: number };

/** True with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(0, list.length - 1)]!;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `k` distinct elements in random order. */
export function sample<T>(rng: Rng, list: readonly T[], k: number): T[] {
  return shuffle(rng, list).slice(0, Math.max(0, Math.min(k, list.length)));
}

/** Non-negative shares summing to exactly 1 (the last one takes the remainder), rounded to 4 decimals. */
export function shares(rng: Rng, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.round((w / sum) * 1e4) / 1e4);
  const head = out.slice(0, -1).reduce((a, b) => a + b, 0);
  if (head > 1) return shares(rng, weights.map(() => 1));
  out[out.length - 1] = Math.round((1 - head) * 1e4) / 1e4;
  return out;
}

/** A number rounded to `d` decimals (JSON stays short and replayable). */
export function round(v: number, d = 2): number {
  const f = 10 ** d;
  return Math.round(v * f) / f;
}
