import type { Facility, Resource } from "../scenario/index.js";
import { existingOf, lineKey, pairAt, pairZh, totalAt, type CheckContext } from "./context.js";
import { agree, atMost, fmt, isWhole, violation, type Violation } from "./violation.js";

/** The upper and lower limit of a facility's resource from its own limits and the size rules (no siting). */
export type FacilityBounds = { readonly upper: number | undefined; readonly lower: number | undefined };

/** Upper limit = smallest of `limits.max` and matching size-rule maxima; lower = largest of the minima. */
export function boundsOf(ctx: CheckContext, f: Facility, resource: string): FacilityBounds {
  const uppers: number[] = [];
  const lowers: number[] = [];
  const max = f.limits?.max?.[resource];
  const min = f.limits?.min?.[resource];
  if (max !== undefined) uppers.push(max);
  if (min !== undefined) lowers.push(min);
  for (const rule of ctx.scenario.rules.sizes) {
    if (!rule.enabled || rule.resource !== resource || !rule.tiers.includes(f.tier)) continue;
    if (rule.max !== undefined) uppers.push(rule.max);
    if (rule.min !== undefined) lowers.push(rule.min);
  }
  return {
    upper: uppers.length > 0 ? Math.min(...uppers) : undefined,
    lower: lowers.length > 0 ? Math.max(...lowers) : undefined,
  };
}

/** Whether a facility's resource may not grow (its own `noGrowth` or a tier rule). */
export function isFrozen(ctx: CheckContext, f: Facility, resource: string): boolean {
  if (f.limits?.noGrowth?.includes(resource)) return true;
  return ctx.scenario.rules.noGrowth.some((rule) => rule.enabled && rule.tiers.includes(f.tier) && rule.resources.includes(resource));
}

/** Additions: never negative, whole for whole-unit resources, zero where growth is barred. */
function checkAdditions(ctx: CheckContext, f: Facility, r: Resource): Violation[] {
  const out: Violation[] = [];
  const { added } = pairAt(ctx, f.id, r.id);
  const ref = `allocation ${lineKey(f.id, r.id)}`;
  const name = () => pairZh(ctx, f.id, r.id);
  const frozen = isFrozen(ctx, f, r.id);
  ctx.years.forEach((y, i) => {
    const v = added[i] ?? 0;
    if (v === 0 || !Number.isFinite(v)) return;
    if (!atMost(0, v)) {
      out.push(violation("limit", ref, `${name()} ${y} 年新增 ${fmt(v)} 为负数`, `${f.id} ${r.id} addition in ${y} is negative: ${fmt(v)}`, 0, v));
    }
    if (r.wholeUnits && !isWhole(v)) {
      out.push(violation("integrality", ref, `${name()} ${y} 年新增 ${fmt(v)} 不是整数`, `${f.id} ${r.id} addition in ${y} is ${fmt(v)}, not a whole number`, Math.round(v), v));
    }
    if (frozen && !agree(v, 0)) {
      out.push(violation("noGrowth", ref, `${name()} 不得扩增，但 ${y} 年新增 ${fmt(v)}`, `${f.id} ${r.id} may not grow but adds ${fmt(v)} in ${y}`, 0, v));
    }
  });
  return out;
}

/** The total within `[lower, max(upper, existing)]`. */
function checkBounds(ctx: CheckContext, f: Facility, r: Resource): Violation[] {
  const out: Violation[] = [];
  const { upper, lower } = boundsOf(ctx, f, r.id);
  const total = totalAt(ctx, f.id, r.id);
  const existing = existingOf(ctx, f.id, r.id);
  const ref = `allocation ${lineKey(f.id, r.id)}`;
  const name = () => pairZh(ctx, f.id, r.id);
  if (upper !== undefined) {
    const cap = Math.max(upper, existing);
    if (!atMost(total, cap)) {
      out.push(
        existing > upper
          ? violation("limit", ref, `${name()} 总量 ${fmt(total)} 超过现有量 ${fmt(existing)}（现有量已高于上限 ${fmt(upper)}，不得再增）`, `${f.id} ${r.id} total ${fmt(total)} exceeds its existing ${fmt(existing)} (already above the upper limit ${fmt(upper)})`, cap, total)
          : violation("limit", ref, `${name()} 总量 ${fmt(total)} 超过上限 ${fmt(upper)}`, `${f.id} ${r.id} total ${fmt(total)} exceeds the upper limit ${fmt(upper)}`, cap, total),
      );
    }
  }
  if (lower !== undefined && !atMost(lower, total)) {
    out.push(violation("limit", ref, `${name()} 总量 ${fmt(total)} 低于下限 ${fmt(lower)}`, `${f.id} ${r.id} total ${fmt(total)} is below the lower limit ${fmt(lower)}`, lower, total));
  }
  return out;
}

/**
 * Facility limits and rules on every facility × resource of the scenario: non-negative and whole
 * additions, no growth, upper limit (not below existing) and lower limit. Sub-centre requirements are
 * checked with the siting rule.
 */
export function checkLimits(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  for (const f of ctx.scenario.facilities) {
    for (const r of ctx.scenario.resources) out.push(...checkAdditions(ctx, f, r), ...checkBounds(ctx, f, r));
  }
  return out;
}
