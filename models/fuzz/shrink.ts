import type { ScenarioInput } from "../scenario/scenario.js";
import { parseScenario, type Scenario } from "../scenario/scenario.js";

type Facility = ScenarioInput["facilities"][number];

/** Shares renormalised to sum to exactly 1 (the last entry takes the remainder); null when nothing is left. */
function renormalise(entries: readonly { zone: string; share: number }[]): { zone: string; share: number }[] | null {
  if (entries.length === 0) return null;
  const sum = entries.reduce((a, e) => a + e.share, 0);
  if (!(sum > 0)) return entries.map((e, i) => ({ zone: e.zone, share: i === entries.length - 1 ? 1 : 0 }));
  const out = entries.map((e) => ({ zone: e.zone, share: e.share / sum }));
  out[out.length - 1]!.share = 1 - out.slice(0, -1).reduce((a, e) => a + e.share, 0);
  return out;
}

/** The scenario without zone `id`: its facilities go, catchments and siting quotas lose it. */
function withoutZone(s: ScenarioInput, id: string): ScenarioInput {
  const facilities = s.facilities.flatMap((f): Facility[] => {
    if (f.zone === id) return [];
    if (!f.catchment) return [f];
    const catchment = renormalise(f.catchment.filter((c) => c.zone !== id));
    return catchment ? [{ ...f, catchment }] : [];
  });
  const siting = s.rules?.siting;
  const quotas = siting?.quotas?.map((q) => ({ ...q, zones: q.zones.filter((z) => z !== id) })).filter((q) => q.zones.length > 0);
  return {
    ...s,
    zones: s.zones.filter((z) => z.id !== id),
    facilities,
    ...(s.rules ? { rules: { ...s.rules, ...(siting ? { siting: { ...siting, ...(quotas ? { quotas } : {}) } } : {}) } } : {}),
  };
}

/** Smaller variants of a scenario, most drastic first: one zone, facility, target or rule less. */
function* variants(s: ScenarioInput): Generator<ScenarioInput> {
  if (s.zones.length > 1) {
    const half = Math.ceil(s.zones.length / 2);
    if (s.zones.length > 3) yield s.zones.slice(half).reduce((acc, z) => withoutZone(acc, z.id), s);
    for (const z of s.zones) yield withoutZone(s, z.id);
  }
  for (const f of s.facilities) yield { ...s, facilities: s.facilities.filter((x) => x !== f) };
  if (s.targets.length > 1) for (const t of s.targets) yield { ...s, targets: s.targets.filter((x) => x !== t) };
  const rules = s.rules ?? {};
  for (const key of ["staffRatios", "sizes", "noGrowth"] as const) {
    for (const r of rules[key] ?? []) yield { ...s, rules: { ...rules, [key]: (rules[key] as unknown[]).filter((x) => x !== r) } };
  }
  if (rules.siting) yield { ...s, rules: { ...rules, siting: undefined }, facilities: s.facilities.map(({ subCentreCandidate: _c, ...f }) => f) };
  for (const f of s.facilities) if (f.limits) yield { ...s, facilities: s.facilities.map((x) => (x === f ? { ...f, limits: undefined } : x)) };
  if (s.budgets.recurring) yield { ...s, budgets: { capital: s.budgets.capital } };
  const used = new Set(s.targets.map((t) => t.resource));
  for (const r of s.resources) if (!used.has(r.id) && s.resources.length > 1) yield { ...s, resources: s.resources.filter((x) => x !== r) };
}

/**
 * Shrinks a failing scenario (greedy delta debugging): keeps taking the first smaller variant that still
 * parses and still `fails`, until no variant does or `budget` attempts are spent. Returns the smallest
 * failing scenario found and the number of attempts.
 */
export async function shrinkScenario(input: ScenarioInput, fails: (s: Scenario) => Promise<boolean>, budget = 200): Promise<{ input: ScenarioInput; attempts: number }> {
  let best = input;
  let attempts = 0;
  let progress = true;
  while (progress && attempts < budget) {
    progress = false;
    for (const v of variants(best)) {
      const parsed = parseScenario(JSON.parse(JSON.stringify(v)));
      if (!parsed.ok) continue;
      if (++attempts > budget) break;
      if (await fails(parsed.value)) {
        best = v;
        progress = true;
        break;
      }
    }
  }
  return { input: best, attempts: Math.min(attempts, budget) };
}
