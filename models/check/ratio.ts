import type { Rules } from "../scenario/index.js";
import { facilityZh, totalAt, type CheckContext } from "./context.js";
import { atMost, fmt, violation, type Violation } from "./violation.js";

type StaffRatio = Rules["staffRatios"][number];

function sumTotals(ctx: CheckContext, facility: string, resources: readonly string[]): number {
  return resources.reduce((a, r) => a + totalAt(ctx, facility, r), 0);
}

/** `min × D ≤ N ≤ max × D` for one facility (`who` = its id) or the region (`who` = "region"). */
function checkSums(rule: StaffRatio, who: string, whoZh: string, N: number, D: number): Violation[] {
  const out: Violation[] = [];
  const ref = `ratio ${rule.id}/${who}`;
  const ruleZh = rule.name?.zh ?? rule.id;
  const num = rule.numerator.join("+");
  const den = rule.denominator.join("+");
  if (rule.min !== undefined && !atMost(rule.min * D, N)) {
    const want = rule.min * D;
    out.push(violation("ratio", ref, `${whoZh} ${ruleZh}：${num} 合计 ${fmt(N)} 低于 ${fmt(rule.min)} × ${den} 合计 ${fmt(D)} = ${fmt(want)}`, `${who} ${rule.id}: ${num} ${fmt(N)} is below ${fmt(rule.min)} × ${den} ${fmt(D)} = ${fmt(want)}`, want, N));
  }
  if (rule.max !== undefined && !atMost(N, rule.max * D)) {
    const want = rule.max * D;
    out.push(violation("ratio", ref, `${whoZh} ${ruleZh}：${num} 合计 ${fmt(N)} 高于 ${fmt(rule.max)} × ${den} 合计 ${fmt(D)} = ${fmt(want)}`, `${who} ${rule.id}: ${num} ${fmt(N)} is above ${fmt(rule.max)} × ${den} ${fmt(D)} = ${fmt(want)}`, want, N));
  }
  return out;
}

/**
 * Staff ratios over totals after all additions, in each facility of the rule's tiers (scope
 * `facility`) or over their sums (scope `region`).
 */
export function checkRatios(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  for (const rule of ctx.scenario.rules.staffRatios) {
    const facilities = ctx.scenario.facilities.filter((f) => rule.tiers === undefined || rule.tiers.includes(f.tier));
    let N = 0;
    let D = 0;
    for (const f of facilities) {
      const n = sumTotals(ctx, f.id, rule.numerator);
      const d = sumTotals(ctx, f.id, rule.denominator);
      if (rule.scope === "facility") out.push(...checkSums(rule, f.id, facilityZh(ctx, f.id), n, d));
      N += n;
      D += d;
    }
    if (rule.scope === "region") out.push(...checkSums(rule, "region", "全区", N, D));
  }
  return out;
}
