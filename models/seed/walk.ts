import type { Figure } from "./plan.js";
import type { Provenance } from "./provenance.js";
import type { SeedFile } from "./seed-file.js";
import { valueNumbers, type SeedValue } from "./value.js";

/** A figure or provenance found in a seed file, with a path naming where it sits. */
export type LocatedFigure = {
  readonly path: string;
  readonly provenance: Provenance;
  /** Numbers the figure states (empty for a bare provenance or a text value). */
  readonly numbers: readonly number[];
};

function figure(path: string, f: Figure): LocatedFigure {
  return { path, provenance: f.provenance, numbers: valueNumbers(f.value) };
}

function ruleValue(rule: SeedFile["targets"][number]["rule"]): SeedValue | null {
  return "value" in rule ? rule.value : null;
}

/** Every provenance in a seed file with the numbers it must show, for checking against the document. */
export function collectFigures(seed: SeedFile): LocatedFigure[] {
  const out: LocatedFigure[] = seed.identityProvenance.map((p, i) => ({ path: `identityProvenance[${i}]`, provenance: p, numbers: [] }));
  seed.indicators.forEach((row, i) => {
    const at = `indicators[${i}]`;
    out.push({ path: `${at}.provenance`, provenance: row.provenance, numbers: [] });
    if (row.baseline) out.push(figure(`${at}.baseline`, row.baseline));
    out.push(figure(`${at}.target`, row.target));
  });
  seed.targets.forEach((t, i) => {
    const v = ruleValue(t.rule);
    const nums = v ? valueNumbers(v) : [];
    // The rule's numbers must appear on at least one of its cited lines; each line is checked for its phrase.
    t.provenance.forEach((p, j) => out.push({ path: `targets[${i}].provenance[${j}]`, provenance: p, numbers: j === 0 ? nums : [] }));
  });
  seed.facilities.forEach((f, i) => {
    out.push({ path: `facilities[${i}].provenance`, provenance: f.provenance, numbers: [] });
    f.figures.forEach((g, j) => out.push(figure(`facilities[${i}].figures[${j}]`, g.figure)));
  });
  seed.totals.forEach((t, i) => out.push(figure(`totals[${i}].figure`, t.figure)));
  seed.conflicts.forEach((c, i) => c.figures.forEach((g, j) => out.push(figure(`conflicts[${i}].figures[${j}]`, g.figure))));
  return out;
}
