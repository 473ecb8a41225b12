import type { Scenario } from "../scenario/scenario.js";
import type { McIssue } from "./spec.js";

/**
 * Checks a scenario's low/high variants against its zones: each zone id exists, each year has the zone's
 * own figure, and low ≤ figure ≤ high. Issues name the field (`uncertainty.variants.<zone>.<year>`).
 */
export function checkVariants(s: Scenario): McIssue[] {
  const variants = s.uncertainty?.variants ?? {};
  const zones = new Map(s.zones.map((z) => [z.id, z]));
  const issues: McIssue[] = [];
  for (const [id, years] of Object.entries(variants)) {
    const zone = zones.get(id);
    const field = `uncertainty.variants.${id}`;
    if (!zone) {
      issues.push({ field, zh: `${field}：未知的镇/街道编号 ${id}`, en: `${field}: unknown zone ${id}` });
      continue;
    }
    for (const [year, v] of Object.entries(years)) {
      const p = zone.population[year];
      const at = `${field}.${year}`;
      if (p === undefined) issues.push({ field: at, zh: `${at}：该镇/街道没有 ${year} 年人口，无法给出高低方案`, en: `${at}: the zone has no population for ${year} to vary` });
      else if (!(v.low <= p && p <= v.high)) issues.push({ field: at, zh: `${at}：应满足 低方案 ≤ ${p} ≤ 高方案，实际为 ${v.low}–${v.high}`, en: `${at}: expected low ≤ ${p} ≤ high, got ${v.low}–${v.high}` });
    }
  }
  return issues;
}
