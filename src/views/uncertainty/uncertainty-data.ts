import type { Scenario } from "../../../models/scenario/scenario.js";
import type { McReport } from "../../../models/montecarlo/run.js";
import type { LineOutcome } from "../../../models/montecarlo/evaluate.js";
import type { BandDatum } from "../../charts/band-layout.js";
import type { Locale } from "../../i18n/index.js";
import { unitName } from "../names.js";

/** A unit's line in the current allocation's evaluation and, when computed, in the robust one's. */
export type UnitRow = { readonly id: string; readonly label: string; readonly line: LineOutcome; readonly robust: LineOutcome | null };

/** The targets a report has lines for, in scenario order. */
export function reportTargets(s: Scenario, r: McReport): string[] {
  const have = new Set(r.evaluation.lines.map((l) => l.target));
  return s.targets.filter((t) => have.has(t.id)).map((t) => t.id);
}

/** The robust allocation's evaluation, when it exists and passed the checker. */
export function soundRobust(r: McReport): McReport["robust"] | null {
  const b = r.robust;
  return b && b.violations.length === 0 && (b.result.status === "optimal" || b.result.status === "unmet") ? b : null;
}

/** One target's units: the current allocation's line and the robust allocation's (fresh draws). */
export function unitRows(s: Scenario, r: McReport, target: string, locale: Locale): UnitRow[] {
  const robust = soundRobust(r);
  const key = (l: LineOutcome) => `${l.target}\u0000${l.unit}`;
  const fresh = new Map((robust?.fresh.lines ?? []).map((l) => [key(l), l]));
  return r.evaluation.lines
    .filter((l) => l.target === target)
    .map((l) => ({ id: l.unit, label: unitName(s, l.unit, l.scope, locale), line: l, robust: fresh.get(key(l)) ?? null }));
}

/** Band chart data of a target's units. */
export function bandData(rows: readonly UnitRow[]): BandDatum[] {
  return rows.map((u) => ({
    id: u.id,
    label: u.label,
    coverage: u.line.coverage,
    pMet: u.line.pMet,
    ...(u.robust ? { robust: { coverage: u.robust.coverage, pMet: u.robust.pMet } } : {}),
  }));
}

/** Where the robust allocation adds something different from the current one: facility × resource, both additions. */
export function robustDifferences(r: McReport): { facility: string; resource: string; base: number; robust: number }[] {
  const robust = soundRobust(r);
  if (!robust) return [];
  const sum = (added: Readonly<Record<string, number>>) => Object.values(added).reduce((a, b) => a + b, 0);
  const base = new Map(r.base.allocation.map((l) => [`${l.facility}|${l.resource}`, sum(l.added)]));
  const out = robust.result.allocation.map((l) => ({ facility: l.facility, resource: l.resource, base: base.get(`${l.facility}|${l.resource}`) ?? 0, robust: sum(l.added) }));
  return out.filter((d) => Math.abs(d.robust - d.base) > 1e-6 * Math.max(1, Math.abs(d.base)));
}
