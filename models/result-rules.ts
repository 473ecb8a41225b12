import type { AllocationLine, RuleLine } from "./result-types.js";
import type { Scenario } from "./scenario/scenario.js";

/**
 * The enabled staff-ratio rules on the allocation's totals (after all additions): per facility of the
 * rule's tiers (scope `facility`) or over their sums (scope `region`), each side that has a factor. The
 * deficit is what the numerator lacks (min side) or exceeds (max side); `scale` is the requirement at
 * the existing stock (1 when it is 0), the divisor of the deficit in the goals (docs/model.md).
 */
export function ruleLines(s: Scenario, lines: readonly AllocationLine[]): RuleLine[] {
  const total = new Map(lines.map((l) => [`${l.facility}/${l.resource}`, l]));
  const sum = (facility: string, ids: readonly string[], pick: (l: AllocationLine) => number) =>
    ids.reduce((a, id) => {
      const l = total.get(`${facility}/${id}`);
      return a + (l ? pick(l) : 0);
    }, 0);
  const out: RuleLine[] = [];
  for (const rule of s.rules.staffRatios) {
    if (!rule.enabled) continue;
    const members = s.facilities.filter((f) => !rule.tiers || rule.tiers.includes(f.tier));
    const groups = rule.scope === "region" ? [{ unit: "region", members }] : members.map((f) => ({ unit: f.id, members: [f] }));
    for (const g of groups) {
      const N = g.members.reduce((a, f) => a + sum(f.id, rule.numerator, (l) => l.total), 0);
      const D = g.members.reduce((a, f) => a + sum(f.id, rule.denominator, (l) => l.total), 0);
      const D0 = g.members.reduce((a, f) => a + rule.denominator.reduce((b, id) => b + (f.existing[id] ?? 0), 0), 0);
      for (const side of ["min", "max"] as const) {
        const k = rule[side];
        if (k === undefined) continue;
        const required = k * D;
        const deficit = Math.max(0, side === "min" ? required - N : N - required);
        out.push({ rule: rule.id, side, unit: g.unit, nature: rule.nature ?? "hard", required, actual: N, deficit, scale: k * D0 > 0 ? k * D0 : 1 });
      }
    }
  }
  return out;
}

/** The rules' terms of the binding and expected goals: Σ deficit ÷ scale by nature. */
export function ruleGoalTerms(rules: readonly RuleLine[]): { binding: number; expected: number } {
  let binding = 0;
  let expected = 0;
  for (const r of rules) {
    if (r.nature === "binding") binding += r.deficit / r.scale;
    else if (r.nature === "expected") expected += r.deficit / r.scale;
  }
  return { binding, expected };
}
