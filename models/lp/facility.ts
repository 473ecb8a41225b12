import type { Tier } from "../scenario/facility.js";
import { addGoal, addTerms, type BuildContext } from "./context.js";
import { deficitKey, limitKey, ratioKey, requirementKey } from "./keys.js";
import { resourceLimits } from "./limits.js";

function label(zh: string, en: string) {
  return { zh, en };
}

/** Facility limits: caps (as rows when additions are phased over several years) and minimums. */
export function addLimits(ctx: BuildContext): void {
  ctx.s.facilities.forEach((f, fi) => {
    ctx.s.resources.forEach((res, ri) => {
      const lim = resourceLimits(ctx.s, f, res.id);
      const existing = f.existing[res.id] ?? 0;
      const terms = addTerms(ctx, fi, ri, 1);
      if (ctx.years.length > 1 && Number.isFinite(lim.upper)) {
        ctx.b.row(limitKey("max", res.id, f.id), "limit", label(`${f.name.zh} ${res.name.zh} 上限`, `${f.name.en} ${res.name.en} cap`), terms, -Infinity, Math.max(0, lim.upper - existing));
      }
      if (lim.lower > existing) {
        // A no-growth resource below its minimum has no terms: keep the contradiction visible as an empty-row check.
        if (terms.length === 0) ctx.impossible.push(label(`${f.name.zh} ${res.name.zh} 不得增长，但低于下限 ${lim.lower}`, `${f.name.en} ${res.name.en} may not grow but is below its minimum ${lim.lower}`));
        ctx.b.row(limitKey("min", res.id, f.id), "limit", label(`${f.name.zh} ${res.name.zh} 下限`, `${f.name.en} ${res.name.en} minimum`), terms, lim.lower - existing, Infinity);
      }
    });
  });
}

function inTiers(tiers: readonly Tier[] | undefined, tier: Tier): boolean {
  return !tiers || tiers.includes(tier);
}

/**
 * Staff-ratio rules: `Σ numerator ≥ min × Σ denominator` (and ≤ max ×), per facility or region-wide.
 * A hard rule (no `nature`) is a row; a rule with a nature gets a deficit column `d ≥ 0` in the binding or
 * expected goal: `(slack of the additions) ÷ R + d ≥ −(slack of the existing stock) ÷ R`, where the slack
 * is `N − min·D` (or `max·D − N`) and `R` the requirement at the existing stock (`min·D₀`, or 1 when 0).
 */
export function addStaffRatios(ctx: BuildContext): void {
  ctx.s.rules.staffRatios.forEach((rule, ri) => {
    if (!rule.enabled) return;
    const facilities = ctx.s.facilities.map((f, i) => ({ f, i })).filter(({ f }) => inTiers(rule.tiers, f.tier));
    const groups = rule.scope === "region" ? [{ where: -1, members: facilities }] : facilities.map((x) => ({ where: x.i, members: [x] }));
    for (const { where, members } of groups) {
      const whereId = where < 0 ? "region" : ctx.s.facilities[where]!.id;
      for (const side of ["min", "max"] as const) {
        const k = rule[side];
        if (k === undefined) continue;
        // Terms and constant of the slack `N − k·D` (min side) or `k·D − N` (max side).
        const sign = side === "min" ? 1 : -1;
        const terms: [number, number][] = [];
        let constant = 0;
        let denominator = 0;
        for (const { f, i } of members) {
          for (const id of rule.numerator) {
            terms.push(...addTerms(ctx, i, ctx.resourceIndex.get(id)!, sign));
            constant += sign * (f.existing[id] ?? 0);
          }
          for (const id of rule.denominator) {
            terms.push(...addTerms(ctx, i, ctx.resourceIndex.get(id)!, -sign * k));
            constant -= sign * k * (f.existing[id] ?? 0);
            denominator += f.existing[id] ?? 0;
          }
        }
        const name = rule.name ?? { zh: rule.id, en: rule.id };
        const at = where < 0 ? { zh: "全区", en: "region" } : ctx.s.facilities[where]!.name;
        const l = label(`${name.zh}（${at.zh}）`, `${name.en} (${at.en})`);
        if (rule.nature === undefined) {
          if (terms.length === 0) {
            if (constant < -1e-9) ctx.impossible.push(l);
            continue;
          }
          ctx.b.row(ratioKey(side, rule.id, whereId), "ratio", l, terms, -constant, Infinity);
          continue;
        }
        if (constant >= 0 && terms.every(([, v]) => v >= 0)) continue;
        const scale = k * denominator > 0 ? k * denominator : 1;
        const d = ctx.b.column(deficitKey(side, rule.id, whereId), "deficit", { kind: "deficit", rule: ri, side, where, scale }, 0, Infinity);
        addGoal(ctx, rule.nature, d, 1);
        const scaled = terms.map(([c, v]): [number, number] => [c, v / scale]);
        ctx.b.row(ratioKey(side, rule.id, whereId), "ratio", l, [...scaled, [d, 1]], -constant / scale, Infinity);
      }
    }
  });
}

/** A chosen sub-centre must hold at least its requirements: `existing + Σ added ≥ requirement × site`. */
export function addSubCentreRequirements(ctx: BuildContext): void {
  const siting = ctx.s.rules.siting;
  if (!siting?.enabled) return;
  for (const [fi, site] of ctx.siteCol) {
    const f = ctx.s.facilities[fi]!;
    for (const [id, req] of Object.entries(siting.requirements)) {
      const existing = f.existing[id] ?? 0;
      if (existing >= req) continue;
      const terms = addTerms(ctx, fi, ctx.resourceIndex.get(id)!, 1);
      ctx.b.row(requirementKey(id, f.id), "siting", label(`${f.name.zh} 作为次中心的 ${id} 要求`, `${f.name.en} ${id} requirement as a sub-centre`), [...terms, [site, -req]], -existing, Infinity);
    }
  }
}
