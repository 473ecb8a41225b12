import type { BudgetLine } from "../result-types.js";
import { existingOf, pairAt, totalAt, type CheckContext } from "./context.js";
import { agree, atMost, fmt, violation, type Violation } from "./violation.js";

/**
 * Capital spent in each allocation year (same order as `ctx.years`): additions × capital cost, plus
 * the sub-centre upgrade cost in the first year.
 */
export function capitalByYear(ctx: CheckContext): readonly number[] {
  const upgrade = (ctx.scenario.rules.siting?.upgradeCost ?? 0) * ctx.chosen.size;
  const spent = ctx.years.map((_, i) => (i === 0 ? upgrade : 0));
  for (const r of ctx.scenario.resources) {
    if (r.capitalCost === 0) continue;
    for (const f of ctx.scenario.facilities) {
      pairAt(ctx, f.id, r.id).added.forEach((a, i) => {
        spent[i] = (spent[i] ?? 0) + a * r.capitalCost;
      });
    }
  }
  return spent;
}

/** Running cost (万元 a year) of the additions, or of the totals, after all additions or at `year`. */
export function runningCost(ctx: CheckContext, basis: "added" | "total", year = Number.POSITIVE_INFINITY): number {
  let cost = 0;
  for (const f of ctx.scenario.facilities) {
    for (const r of ctx.scenario.resources) {
      if (r.runningCost === 0) continue;
      const total = totalAt(ctx, f.id, r.id, year);
      cost += (basis === "added" ? total - existingOf(ctx, f.id, r.id) : total) * r.runningCost;
    }
  }
  return cost;
}

type Expected = { readonly kind: BudgetLine["kind"]; readonly year: number | null; readonly limit: number; readonly used: number };

/** The budget lines the scenario calls for, with their limits and recomputed use. */
export function expectedBudgetLines(ctx: CheckContext): readonly Expected[] {
  const { capital, recurring } = ctx.scenario.budgets;
  const spent = capitalByYear(ctx);
  const lines: Expected[] = [];
  if (capital.total !== undefined) lines.push({ kind: "capital", year: null, limit: capital.total, used: spent.reduce((a, b) => a + b, 0) });
  if (capital.byYear !== undefined) {
    let limit = 0;
    let used = 0;
    ctx.years.forEach((y, i) => {
      limit += capital.byYear?.[String(y)] ?? 0;
      used += spent[i] ?? 0;
      lines.push({ kind: "capital", year: y, limit, used });
    });
  }
  if (recurring?.total !== undefined) lines.push({ kind: "recurring", year: null, limit: recurring.total, used: runningCost(ctx, recurring.basis) });
  for (const y of ctx.years) {
    const limit = recurring?.byYear?.[String(y)];
    if (recurring !== undefined && limit !== undefined) lines.push({ kind: "recurring", year: y, limit, used: runningCost(ctx, recurring.basis, y) });
  }
  return lines;
}

function refOf(kind: BudgetLine["kind"], year: number | null): string {
  return `budget ${kind} ${year ?? "total"}`;
}

function nameZh(kind: BudgetLine["kind"], year: number | null): string {
  if (kind === "recurring") return year === null ? "运行经费预算" : `运行经费预算（${year} 年）`;
  return year === null ? "资本预算总额" : `资本预算（截至 ${year} 年累计）`;
}

function nameEn(kind: BudgetLine["kind"], year: number | null): string {
  if (kind === "recurring") return year === null ? "recurring budget" : `recurring budget in ${year}`;
  return year === null ? "capital budget total" : `capital budget up to ${year} (cumulative)`;
}

/** One expected line: within its limit, and reported with the same limit and use. */
function checkLine(e: Expected, reported: BudgetLine | undefined): Violation[] {
  const out: Violation[] = [];
  const ref = refOf(e.kind, e.year);
  const zh = nameZh(e.kind, e.year);
  const en = nameEn(e.kind, e.year);
  if (!atMost(e.used, e.limit)) {
    out.push(violation("budget", ref, `${zh}使用 ${fmt(e.used)} 万元，超过额度 ${fmt(e.limit)} 万元`, `${en}: used ${fmt(e.used)} 万元 exceeds the limit ${fmt(e.limit)} 万元`, e.limit, e.used));
  }
  if (reported === undefined) {
    out.push(violation("structure", ref, `缺少${zh}的预算行`, `budget line for the ${en} is missing`));
    return out;
  }
  if (!agree(reported.limit, e.limit)) {
    out.push(violation("figure", ref, `${zh}额度报告为 ${fmt(reported.limit)}，应为 ${fmt(e.limit)}`, `${en}: limit reported ${fmt(reported.limit)}, should be ${fmt(e.limit)}`, e.limit, reported.limit));
  }
  if (!agree(reported.used, e.used)) {
    out.push(violation("figure", ref, `${zh}使用报告为 ${fmt(reported.used)}，重算为 ${fmt(e.used)}`, `${en}: used reported ${fmt(reported.used)}, recomputed ${fmt(e.used)}`, e.used, reported.used));
  }
  return out;
}

/**
 * Budgets: each capital total, cumulative capital by year and recurring line recomputed, within its
 * limit, and reported exactly once; no other budget lines.
 */
export function checkBudgets(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  const reported = new Map<string, BudgetLine>();
  for (const b of ctx.result.budget) {
    const ref = refOf(b.kind, b.year);
    if (reported.has(ref)) out.push(violation("structure", ref, `预算行 ${ref} 重复`, `budget line ${ref} appears more than once`));
    else reported.set(ref, b);
  }
  const expected = expectedBudgetLines(ctx);
  const wanted = new Set(expected.map((e) => refOf(e.kind, e.year)));
  for (const ref of reported.keys()) {
    if (!wanted.has(ref)) out.push(violation("structure", ref, `情景中没有预算行 ${ref}`, `budget line ${ref} matches no budget of the scenario`));
  }
  for (const e of expected) out.push(...checkLine(e, reported.get(refOf(e.kind, e.year))));
  return out;
}
