import type { Scenario } from "../../../models/index.js";
import { verdictOf, type Verdict } from "../../solve/verdict.js";
import type { Proposal } from "../../state/types.js";
import type { Locale } from "../../i18n/index.js";
import { summarise } from "../results/summary.js";
import { facilityName, resourceName, targetName, unitName } from "../names.js";
import { chartTargetOf } from "../results/coverage-data.js";

/** How a figure is printed and which direction is better (null: neither). */
export type MetricKind = "money" | "percent" | "count" | "units";

/** One row of the comparison: a figure for each proposal (null where it does not apply). */
export type MetricRow = {
  readonly key: string;
  readonly label: string;
  readonly kind: MetricKind;
  readonly better: "lower" | "higher" | null;
  readonly values: readonly (number | null)[];
};

/** Coverage of one unit under each proposal, per `per` people, and its target. */
export type ZoneRow = { readonly unit: string; readonly label: string; readonly target: number | null; readonly values: readonly (number | null)[] };

/** The comparison of two to four proposals: the reference is the first. */
export type Comparison = {
  readonly names: readonly string[];
  readonly verdicts: readonly Verdict[];
  readonly sameScenario: readonly boolean[];
  readonly metrics: readonly MetricRow[];
  readonly target: { readonly id: string; readonly label: string; readonly per: number } | null;
  readonly zones: readonly ZoneRow[];
  /** Facility × resource totals that differ most between proposals (largest spread first). */
  readonly facilities: readonly MetricRow[];
};

const TOL = 1e-6;
const FACILITY_ROWS = 10;

/** Whether two figures differ beyond rounding noise. */
export function differs(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a !== b;
  return Math.abs(a - b) > TOL * Math.max(1, Math.abs(a), Math.abs(b));
}

function addedBy(p: Proposal, resource: string): number {
  return p.result.allocation.filter((l) => l.resource === resource).reduce((a, l) => a + (l.total - l.existing), 0);
}

function sameShape(a: Scenario, b: Scenario): boolean {
  return a.region.id === b.region.id && a.zones.length === b.zones.length && a.zones.every((z, i) => z.id === b.zones[i]!.id);
}

/** Builds the side-by-side comparison of saved proposals for the chosen chart target. */
export function compareProposals(ps: readonly Proposal[], chosenTarget: string | null, locale: Locale, labels: { capital: string; recurring: string; worst: string; short: string; added: (r: string) => string }): Comparison {
  const ref = ps[0]!.scenario;
  const sums = ps.map((p) => summarise(p.result));
  const resources = [...new Set(ps.flatMap((p) => p.scenario.resources.map((r) => r.id)))];
  const metrics: MetricRow[] = [
    { key: "capital", label: labels.capital, kind: "money", better: null, values: sums.map((s) => s.capital?.used ?? null) },
    { key: "recurring", label: labels.recurring, kind: "money", better: null, values: sums.map((s) => s.recurring?.used ?? null) },
    ...resources.map((r) => ({
      key: `added:${r}`,
      label: labels.added(resourceName(ps.find((p) => p.scenario.resources.some((x) => x.id === r))!.scenario, r, locale)),
      kind: "units" as const,
      better: null,
      values: ps.map((p) => (p.scenario.resources.some((x) => x.id === r) ? addedBy(p, r) : null)),
    })),
    { key: "worst", label: labels.worst, kind: "percent", better: "lower", values: sums.map((s) => s.worstGap) },
    { key: "short", label: labels.short, kind: "count", better: "lower", values: sums.map((s) => s.units - s.unitsMet) },
  ];
  const t = chartTargetOf(ref, chosenTarget);
  const zones: ZoneRow[] = [];
  if (t) {
    const units = new Map<string, string>();
    for (const p of ps) for (const c of p.result.coverage) if (c.target === t.id && !units.has(c.unit)) units.set(c.unit, unitName(p.scenario, c.unit, c.scope, locale));
    for (const [unit, label] of units) {
      const lines = ps.map((p) => p.result.coverage.find((c) => c.target === t.id && c.unit === unit));
      const rate = (n: number, pop: number) => (pop > 0 ? (n / pop) * t.per : null);
      const first = lines.find((l) => l !== undefined);
      zones.push({ unit, label, target: first ? rate(first.need, first.population) : null, values: lines.map((l) => (l ? rate(l.supplied, l.population) : null)) });
    }
    zones.sort((a, b) => (a.values[0] ?? Infinity) / (a.target || 1) - (b.values[0] ?? Infinity) / (b.target || 1) || a.label.localeCompare(b.label));
  }
  const keys = new Map<string, { facility: string; resource: string; scenario: Scenario }>();
  for (const p of ps) for (const l of p.result.allocation) keys.set(`${l.facility}\u0000${l.resource}`, { facility: l.facility, resource: l.resource, scenario: p.scenario });
  const facilities = [...keys.values()]
    .map(({ facility, resource, scenario }) => {
      const values = ps.map((p) => p.result.allocation.find((l) => l.facility === facility && l.resource === resource)?.total ?? null);
      const nums = values.filter((v): v is number => v !== null);
      return {
        row: { key: `${facility}:${resource}`, label: `${facilityName(scenario, facility, locale)} · ${resourceName(scenario, resource, locale)}`, kind: "units" as const, better: null, values },
        spread: nums.length > 1 ? Math.max(...nums) - Math.min(...nums) : 0,
      };
    })
    .filter((x) => x.spread > TOL)
    .sort((a, b) => b.spread - a.spread || a.row.label.localeCompare(b.row.label))
    .slice(0, FACILITY_ROWS)
    .map((x) => x.row);
  return {
    names: ps.map((p) => p.name),
    verdicts: ps.map((p) => verdictOf({ revision: 0, result: p.result, violations: p.violations, final: true })),
    sameScenario: ps.map((p) => sameShape(ref, p.scenario)),
    metrics,
    target: t ? { id: t.id, label: targetName(ref, t, locale), per: t.per } : null,
    zones,
    facilities,
  };
}
