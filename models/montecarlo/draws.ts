import { createRng } from "../rng.js";
import { normalCdf, triangularQuantile } from "./stats.js";
import type { Scenario } from "../scenario/scenario.js";
import type { Zone } from "../scenario/zone.js";
import type { McSpec } from "./spec.js";

/** One draw: each zone's population by year (keyed `"2025"`), in the scenario's zone order. */
export type PopulationDraw = readonly Readonly<Record<string, number>>[];

/** The seed of draw `i` of a run: draws are independent of how they are split between workers. */
export function drawSeed(seed: number, i: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
}

/** The seed of the fresh, independent draws a robust allocation is tested on. */
export function freshSeed(seed: number): number {
  return drawSeed(seed ^ 0x5bd1e995, -2);
}

/** A zone's base year: the region's base year when the zone has a figure for it, else its earliest year. */
function baseOf(zone: Zone, regionBase: number): number {
  if (zone.population[String(regionBase)] !== undefined) return regionBase;
  return Math.min(...Object.keys(zone.population).map(Number));
}

/**
 * Draw `i` of a run. Each zone's annual growth rate is the scenario's implied rate from the zone's base
 * year to each later year, g(y) = (P(y) / P(base))^(1/(y − base)) − 1, plus a deviation
 * ε = spread × (√ρ · R + √(1 − ρ) · Z_zone), with R ~ N(0, 1) shared by the region in this draw and
 * Z_zone ~ N(0, 1) the zone's own; then P̃(y) = P(base) × (1 + g(y) + ε)^(y − base), i.e.
 * P(y) × ((1 + g + ε) / (1 + g))^(y − base). Figures at or before the base year stay as they are.
 * One ε per zone and draw: a draw is a consistent growth path, not independent noise per year.
 * Where the scenario gives a zone low/high variants for a year (`uncertainty.variants`), that year's
 * figure is instead the triangular(low, own figure, high) quantile at u = Φ(√ρ · R + √(1 − ρ) · Z_zone):
 * the same regional correlation (a Gaussian copula), and a high draw is high in every year.
 */
export function drawPopulations(s: Scenario, spec: McSpec, i: number): PopulationDraw {
  const rng = createRng(drawSeed(spec.seed, i));
  const shared = rng.normal();
  const a = Math.sqrt(spec.correlation);
  const b = Math.sqrt(1 - spec.correlation);
  const variants = s.uncertainty?.variants ?? {};
  return s.zones.map((zone) => {
    const x = a * shared + b * rng.normal();
    const eps = spec.spread * x;
    const own = variants[zone.id];
    const base = baseOf(zone, s.region.baseYear);
    const p0 = zone.population[String(base)]!;
    const out: Record<string, number> = {};
    for (const [key, p] of Object.entries(zone.population)) {
      const n = Number(key) - base;
      const v = own?.[key];
      if (v) out[key] = triangularQuantile(normalCdf(x), v.low, p, v.high);
      else if (n <= 0) out[key] = p;
      else {
        const g = p0 > 0 ? (p / p0) ** (1 / n) - 1 : 0;
        out[key] = 1 + g > 0 ? p * (Math.max(0, 1 + g + eps) / (1 + g)) ** n : p;
      }
    }
    return out;
  });
}

/** The scenario with a draw's populations (everything else shared with the input). */
export function withPopulations(s: Scenario, draw: PopulationDraw): Scenario {
  return { ...s, zones: s.zones.map((z, zi) => ({ ...z, population: draw[zi]! })) };
}
