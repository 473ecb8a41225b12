import type { Facility } from "../scenario/facility.js";
import type { Scenario } from "../scenario/scenario.js";

/** The limits on one resource at one facility, merged from the facility and the scenario's rules. */
export type ResourceLimits = { readonly upper: number; readonly lower: number; readonly noGrowth: boolean };

/** Upper limit (smallest cap), lower limit (largest minimum) and no-growth for facility × resource. */
export function resourceLimits(s: Scenario, f: Facility, resource: string): ResourceLimits {
  let upper = f.limits?.max?.[resource] ?? Infinity;
  let lower = f.limits?.min?.[resource] ?? 0;
  for (const rule of s.rules.sizes) {
    if (!rule.enabled || rule.resource !== resource || !rule.tiers.includes(f.tier)) continue;
    if (rule.max !== undefined) upper = Math.min(upper, rule.max);
    if (rule.min !== undefined) lower = Math.max(lower, rule.min);
  }
  const noGrowth =
    (f.limits?.noGrowth?.includes(resource) ?? false) ||
    s.rules.noGrowth.some((r) => r.enabled && r.tiers.includes(f.tier) && r.resources.includes(resource));
  return { upper, lower, noGrowth };
}
