import type { UnmetTarget } from "../result-types.js";
import type { CheckContext } from "./context.js";
import type { RuleFigures } from "./ratio.js";
import { targetZh, unitKey, unitZh, type UnitFigures } from "./units.js";
import { agree, atMost, fmt, violation, type Violation } from "./violation.js";

/** A binding unit whose supply falls short of its need beyond tolerance. */
function isShort(u: UnitFigures): boolean {
  return u.target.nature === "binding" && !atMost(u.need, u.supplied);
}

function nameOf(ctx: CheckContext, u: UnitFigures): string {
  return `${targetZh(u.target)} ${unitZh(ctx, u.target.scope, u.unit)}`;
}

/** One `explanation.unmet` entry against the recomputed unit. */
function checkEntry(ctx: CheckContext, e: UnmetTarget, u: UnitFigures | undefined): Violation[] {
  const key = unitKey(e.target, e.unit);
  const ref = `unmet ${key}`;
  if (u === undefined || !isShort(u)) {
    return [violation("binding", ref, `未满足清单列出了 ${key}，但它不是有缺口的约束性目标单元`, `explanation.unmet lists ${key}, which is not a binding unit with a shortfall`, 0, e.gap)];
  }
  const out: Violation[] = [];
  const name = nameOf(ctx, u);
  const gap = u.need - u.supplied;
  const pairs = [
    ["gap", "缺口", gap, e.gap],
    ["need", "需求", u.need, e.need],
    ["supplied", "供给", u.supplied, e.supplied],
  ] as const;
  for (const [en, zh, want, got] of pairs) {
    if (!agree(got, want)) {
      out.push(violation("binding", ref, `未满足清单中 ${name} 的${zh}为 ${fmt(got)}，重算为 ${fmt(want)}`, `explanation.unmet ${key}: ${en} ${fmt(got)}, recomputed ${fmt(want)}`, want, got));
    }
  }
  return out;
}

/** A binding rule left with a deficit beyond tolerance. */
function isRuleShort(r: RuleFigures): boolean {
  return r.rule.nature === "binding" && !atMost(r.required, r.required - r.deficit);
}

/** `explanation.unmetRules` lists exactly the binding rules with a deficit (none in an optimal result). */
function checkUnmetRules(ctx: CheckContext, rules: readonly RuleFigures[]): Violation[] {
  const out: Violation[] = [];
  const listed = new Map((ctx.result.explanation.unmetRules ?? []).map((e) => [`${e.rule}/${e.side}/${e.unit}`, e]));
  for (const r of rules.filter(isRuleShort)) {
    const k = `${r.rule.id}/${r.side}/${r.unit}`;
    const e = listed.get(k);
    const name = `${r.rule.name?.zh ?? r.rule.id}（${r.unitZh}）`;
    if (ctx.result.status === "optimal") out.push(violation("binding", `ratio ${k}`, `约束性配比规则 ${name} 缺额 ${fmt(r.deficit)}，结果却为最优`, `binding rule ${k} has a deficit of ${fmt(r.deficit)} in an optimal result`, 0, r.deficit));
    else if (e === undefined) out.push(violation("binding", `unmet ${k}`, `约束性配比规则 ${name} 缺额 ${fmt(r.deficit)} 未列入未满足清单`, `binding rule ${k} is short by ${fmt(r.deficit)} but not listed in explanation.unmetRules`, r.deficit));
    else if (!agree(e.deficit, r.deficit)) out.push(violation("binding", `unmet ${k}`, `未满足清单中 ${name} 的缺额为 ${fmt(e.deficit)}，重算为 ${fmt(r.deficit)}`, `explanation.unmetRules ${k}: deficit ${fmt(e.deficit)}, recomputed ${fmt(r.deficit)}`, r.deficit, e.deficit));
    listed.delete(k);
  }
  for (const k of listed.keys()) out.push(violation("binding", `unmet ${k}`, `未满足清单列出了 ${k}，但它不是有缺额的约束性配比规则`, `explanation.unmetRules lists ${k}, which is not a binding rule with a deficit`));
  return out;
}

/**
 * Binding targets: an `optimal` result has no binding shortfall and lists nothing unmet; an `unmet`
 * result lists in `explanation.unmet` exactly its binding units with a shortfall, with their gaps.
 */
export function checkBinding(ctx: CheckContext, units: readonly (readonly UnitFigures[])[], rules: readonly RuleFigures[] = []): Violation[] {
  const out: Violation[] = checkUnmetRules(ctx, rules);
  const short = units.flat().filter(isShort);
  const shortRules = rules.filter(isRuleShort);
  const listed = ctx.result.explanation.unmet;
  if (ctx.result.status === "optimal") {
    for (const u of short) {
      const gap = u.need - u.supplied;
      out.push(violation("binding", `coverage ${unitKey(u.target.id, u.unit)}`, `约束性目标 ${nameOf(ctx, u)} 供给 ${fmt(u.supplied)} 低于需求 ${fmt(u.need)}（缺口 ${fmt(gap)}），结果却为最优`, `binding target ${u.target.id} at ${u.unit}: supplied ${fmt(u.supplied)} is below the need ${fmt(u.need)} (gap ${fmt(gap)}) in an optimal result`, u.need, u.supplied));
    }
    for (const e of listed) {
      const key = unitKey(e.target, e.unit);
      out.push(violation("binding", `unmet ${key}`, `最优结果不应列出未满足目标 ${key}`, `an optimal result lists ${key} as unmet`, 0, e.gap));
    }
    return out;
  }
  if (short.length === 0 && shortRules.length === 0) {
    out.push(violation("binding", "status", "状态为未满足，但没有约束性目标存在缺口", "status is unmet but no binding target has a shortfall", 0, 0));
  }
  const byKey = new Map(units.flat().map((u) => [unitKey(u.target.id, u.unit), u]));
  const seen = new Set<string>();
  for (const e of listed) {
    const key = unitKey(e.target, e.unit);
    if (seen.has(key)) {
      out.push(violation("binding", `unmet ${key}`, `未满足清单中 ${key} 重复`, `explanation.unmet lists ${key} more than once`));
      continue;
    }
    seen.add(key);
    out.push(...checkEntry(ctx, e, byKey.get(key)));
  }
  for (const u of short) {
    const key = unitKey(u.target.id, u.unit);
    if (seen.has(key)) continue;
    const gap = u.need - u.supplied;
    out.push(violation("binding", `unmet ${key}`, `约束性目标 ${nameOf(ctx, u)} 缺口 ${fmt(gap)} 未列入未满足清单`, `binding target ${u.target.id} at ${u.unit} is short by ${fmt(gap)} but not listed in explanation.unmet`, gap));
  }
  return out;
}
