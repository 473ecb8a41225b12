import { computeNeed } from "../need.js";
import type { CoverageLine } from "../result-types.js";
import type { Scenario } from "../scenario/scenario.js";
import { drawPopulations, withPopulations } from "./draws.js";
import type { McSpec } from "./spec.js";
import { atMost, spreadOf, type Spread } from "./stats.js";

/** The coverage lines' positions in the scenario's need units (target index + unit id). */
export function lineIndex(s: Scenario, lines: readonly CoverageLine[]): number[] {
  const targetIndex = new Map(s.targets.map((t, i) => [t.id, i]));
  const units = computeNeed(s).units;
  const at = new Map(units.map((u, i) => [`${u.target}\u0000${u.unit}`, i]));
  return lines.map((l) => {
    const i = at.get(`${targetIndex.get(l.target)}\u0000${l.unit}`);
    if (i === undefined) throw new Error(`coverage line ${l.target}/${l.unit} has no need unit`);
    return i;
  });
}

/**
 * The need of each coverage line in draws `from` … `to − 1`, flat: `needs[(d − from) × lines + k]`.
 * Supply does not depend on population, so a fixed allocation's evaluation needs nothing else.
 */
export function drawNeeds(s: Scenario, lines: readonly CoverageLine[], spec: McSpec, from: number, to: number): Float64Array {
  const index = lineIndex(s, lines);
  const out = new Float64Array((to - from) * lines.length);
  for (let d = from; d < to; d++) {
    const units = computeNeed(withPopulations(s, drawPopulations(s, spec, d))).units;
    index.forEach((u, k) => (out[(d - from) * lines.length + k] = units[u]!.need));
  }
  return out;
}

/** How one coverage line of a fixed allocation fares over the draws. */
export type LineOutcome = {
  readonly target: string;
  readonly resource: string;
  readonly scope: CoverageLine["scope"];
  readonly unit: string;
  readonly year: number;
  readonly nature: CoverageLine["nature"];
  readonly supplied: number;
  /** The scenario's own (central) need. */
  readonly need: number;
  /** Share of draws with supplied ≥ need (with the model's tolerance). */
  readonly pMet: number;
  readonly needSpread: Spread;
  readonly shortfall: Spread;
  /** Coverage supplied / need over the draws (1 where the need is 0). */
  readonly coverage: Spread;
};

/** A fixed allocation against the draws: each line, and the region-wide shares. */
export type Evaluation = {
  readonly draws: number;
  readonly lines: readonly LineOutcome[];
  /** Share of draws in which every binding line is met (null: no binding target). */
  readonly pAllBindingMet: number | null;
  /** Share of draws in which every line is met. */
  readonly pAllMet: number;
  /** The lowest line share. */
  readonly minPMet: number;
  /** Lines met at the scenario's own (central) need. */
  readonly centralMet: number;
  /** Share of draws in which every line met at the central need is still met. */
  readonly pCentralHeld: number;
};

/** Summarises the needs of `draws` draws (from {@link drawNeeds}, concatenated in draw order) against the lines' supply. */
export function evaluateNeeds(lines: readonly CoverageLine[], needs: Float64Array): Evaluation {
  const n = lines.length;
  const draws = n === 0 ? 0 : needs.length / n;
  let allMet = 0;
  let allBinding = 0;
  let held = 0;
  const central = lines.map((l) => atMost(l.need, l.supplied));
  const met = new Float64Array(n);
  const shortfalls = lines.map(() => new Float64Array(draws));
  const needCols = lines.map(() => new Float64Array(draws));
  const coverCols = lines.map(() => new Float64Array(draws));
  for (let d = 0; d < draws; d++) {
    let every = true;
    let binding = true;
    let kept = true;
    for (let k = 0; k < n; k++) {
      const need = needs[d * n + k]!;
      const supplied = lines[k]!.supplied;
      const ok = atMost(need, supplied);
      needCols[k]![d] = need;
      coverCols[k]![d] = need > 0 ? supplied / need : 1;
      shortfalls[k]![d] = ok ? 0 : need - supplied;
      if (ok) met[k]! += 1;
      else {
        every = false;
        if (lines[k]!.nature === "binding") binding = false;
        if (central[k]) kept = false;
      }
    }
    if (every) allMet++;
    if (binding) allBinding++;
    if (kept) held++;
  }
  const outcomes = lines.map((l, k): LineOutcome => ({
    target: l.target, resource: l.resource, scope: l.scope, unit: l.unit, year: l.year, nature: l.nature, supplied: l.supplied, need: l.need,
    pMet: draws ? met[k]! / draws : Number.NaN, needSpread: spreadOf(needCols[k]!), shortfall: spreadOf(shortfalls[k]!), coverage: spreadOf(coverCols[k]!),
  }));
  return {
    draws,
    lines: outcomes,
    pAllBindingMet: lines.some((l) => l.nature === "binding") ? allBinding / draws : null,
    pAllMet: draws ? allMet / draws : Number.NaN,
    minPMet: outcomes.reduce((a, o) => Math.min(a, o.pMet), 1),
    centralMet: central.filter(Boolean).length,
    pCentralHeld: draws ? held / draws : Number.NaN,
  };
}
