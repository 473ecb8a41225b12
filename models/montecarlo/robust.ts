import type { Scenario } from "../scenario/scenario.js";
import { drawPopulations } from "./draws.js";
import type { McSpec } from "./spec.js";
import { empiricalQuantile } from "./stats.js";

/**
 * The scenario whose every zone population (each year) is its α-quantile over the draws
 * ({@link empiricalQuantile}); status `projected`. Every need is increasing and linear in the zone
 * populations it counts (ratio and utilisation methods alike; age groups by fixed shares), so for a
 * zone-scoped target the unit's need here is exactly the α-quantile of its need over the draws, and
 * supply ≥ it ⇔ the need is met in ≥ α of the draws (the individual chance constraint, exactly).
 * For region and multi-zone catchment units the need here is the sum of the zones' quantiles, which
 * is at least the quantile of the sum when the zones move together (conservative; see docs/uncertainty.md).
 */
export function quantileScenario(s: Scenario, spec: McSpec, alpha: number): Scenario {
  const draws = Array.from({ length: spec.draws }, (_, d) => drawPopulations(s, spec, d));
  const zones = s.zones.map((z, zi) => {
    const population = Object.fromEntries(Object.keys(z.population).map((y) => [y, empiricalQuantile(draws.map((d) => d[zi]![y]!), alpha)]));
    // a figure the draws leave as it is (at or before the base year) keeps its status
    const populationStatus = Object.fromEntries(Object.keys(population).map((y) => [y, population[y] === z.population[y] ? (z.populationStatus?.[y] ?? "user") : ("projected" as const)]));
    return { ...z, population, populationStatus };
  });
  return { ...s, zones };
}
