import { facilityZh, lineKey, pairZh, totalAt, type CheckContext } from "./context.js";
import { atMost, fmt, violation, type Violation } from "./violation.js";

/** The chosen sub-centres: known, listed once, candidates, and holding the siting requirements. */
function checkChosen(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  const siting = ctx.scenario.rules.siting?.enabled ? ctx.scenario.rules.siting : undefined;
  const seen = new Set<string>();
  for (const id of ctx.result.subCentres) {
    const ref = `siting ${id}`;
    const f = ctx.facilities.get(id);
    if (f === undefined) {
      out.push(violation("structure", ref, `次中心 ${id} 不是情景中的机构`, `sub-centre ${id} is not a facility of the scenario`));
      continue;
    }
    if (seen.has(id)) {
      out.push(violation("structure", ref, `次中心 ${facilityZh(ctx, id)} 重复列出`, `sub-centre ${id} is listed more than once`));
      continue;
    }
    seen.add(id);
    if (siting === undefined) {
      out.push(violation("siting", ref, `情景没有次中心规则，却选择了 ${facilityZh(ctx, id)}`, `${id} is chosen as a sub-centre but the scenario has no siting rule`));
      continue;
    }
    if (!f.subCentreCandidate) {
      out.push(violation("siting", ref, `${facilityZh(ctx, id)} 不是次中心候选机构`, `${id} is chosen as a sub-centre but is not a candidate`));
    }
    for (const [r, need] of Object.entries(siting.requirements)) {
      const total = totalAt(ctx, id, r);
      if (!atMost(need, total)) {
        out.push(violation("siting", `siting ${lineKey(id, r)}`, `次中心 ${pairZh(ctx, id, r)} 总量 ${fmt(total)} 低于要求 ${fmt(need)}`, `sub-centre ${id} ${r} total ${fmt(total)} is below the requirement ${fmt(need)}`, need, total));
      }
    }
  }
  return out;
}

/** `count` within `[min, max]`, or a violation naming the bound. */
function within(ref: string, zh: string, en: string, count: number, min: number, max: number): Violation[] {
  if (count < min) return [violation("siting", ref, `${zh}选了 ${count} 个次中心，少于下限 ${min}`, `${en}: ${count} sub-centres chosen, fewer than the minimum ${min}`, min, count)];
  if (count > max) return [violation("siting", ref, `${zh}选了 ${count} 个次中心，多于上限 ${max}`, `${en}: ${count} sub-centres chosen, more than the maximum ${max}`, max, count)];
  return [];
}

/**
 * Siting: chosen sub-centres are candidates and meet the requirements; their number and each quota's
 * count (chosen facilities standing in its zones) are within bounds.
 */
export function checkSiting(ctx: CheckContext): Violation[] {
  const out = checkChosen(ctx);
  const siting = ctx.scenario.rules.siting?.enabled ? ctx.scenario.rules.siting : undefined;
  if (siting === undefined) return out;
  const chosen = [...ctx.chosen].flatMap((id) => ctx.facilities.get(id) ?? []);
  out.push(...within("siting count", "全区", "region", chosen.length, siting.min, siting.max));
  siting.quotas?.forEach((q, i) => {
    const zones = new Set(q.zones);
    const count = chosen.filter((f) => zones.has(f.zone)).length;
    const zh = q.label?.zh ?? `名额 ${i}（${q.zones.join("、")}）`;
    const en = q.label?.en ?? `quota ${i} (${q.zones.join(", ")})`;
    out.push(...within(`siting quota ${i}`, zh, en, count, q.min, q.max));
  });
  return out;
}
