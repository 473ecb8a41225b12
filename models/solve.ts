import { bindingConstraints, remarks, unmetTargets } from "./explain.js";
import { buildModel, type AllocationModel } from "./lp/build.js";
import { solvePhases } from "./lp/phases.js";
import type { RowFamily, Solver } from "./lp/types.js";
import { computeNeed } from "./need.js";
import { emptyResult, toResult } from "./result.js";
import type { AllocationResult, Explanation } from "./result-types.js";
import type { Scenario } from "./scenario/scenario.js";
import { solveFast } from "./fast/solve.js";
import type { SolverChoice } from "./solvers/choose.js";
import { choosePath } from "./solvers/fast.js";
import { highsSolver } from "./solvers/highs.js";

/** Options of a scenario solve. */
export type PlanOptions = {
  readonly solver?: SolverChoice;
  /** Wall-clock limit for all phases together (default 60 s). */
  readonly timeLimitMs?: number;
  readonly signal?: AbortSignal;
  /** Compute the marginal value of the budgets by re-solving (two extra solves; default true). */
  readonly marginal?: boolean;
};

const NO_EXPLANATION: Explanation = { binding: [], capitalValue: null, recurringValue: null, marginalMethod: "none", unmet: [], remarks: [] };
const FAMILY_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  capital: { zh: "资本预算", en: "the capital budget" },
  recurring: { zh: "经常性预算", en: "the recurring budget" },
  limit: { zh: "机构规模上下限", en: "facility size limits" },
  ratio: { zh: "人员配比", en: "staff ratios" },
  siting: { zh: "次中心选址", en: "sub-centre siting" },
};

/** Names the rule families whose removal makes an infeasible model feasible. */
async function diagnose(am: AllocationModel, solver: Solver): Promise<{ zh: string; en: string }> {
  const culprits: string[] = [];
  for (const family of Object.keys(FAMILY_NAMES) as RowFamily[]) {
    if (!am.model.rows.some((r) => r.family === family)) continue;
    const relaxed = { ...am.model, rows: am.model.rows.filter((r) => r.family !== family) };
    const sol = await solver.solve(relaxed, { timeLimitMs: 10_000 });
    if (sol.status === "optimal") culprits.push(family);
  }
  if (culprits.length === 0) return { zh: "规则相互矛盾，无法给出任何配置方案。", en: "The rules contradict each other: no allocation satisfies them all." };
  return {
    zh: `规则相互矛盾：放宽${culprits.map((f) => FAMILY_NAMES[f]!.zh).join("或")}即可得到方案。`,
    en: `The rules contradict each other: relaxing ${culprits.map((f) => FAMILY_NAMES[f]!.en).join(" or ")} would allow an allocation.`,
  };
}

/** A copy of the scenario with `delta` 万元 more capital (on the total, or the last year) or recurring budget. */
function withMoreBudget(s: Scenario, kind: "capital" | "recurring", delta: number): Scenario {
  if (kind === "recurring") return s.budgets.recurring ? { ...s, budgets: { ...s.budgets, recurring: { ...s.budgets.recurring, total: (s.budgets.recurring.total ?? 0) + delta } } } : s;
  const c = s.budgets.capital;
  const byYear = c.byYear ? Object.fromEntries(Object.entries(c.byYear).map(([y, v], i, all) => [y, i === all.length - 1 ? v + delta : v])) : undefined;
  return { ...s, budgets: { ...s.budgets, capital: { ...c, ...(c.total === undefined ? {} : { total: c.total + delta }), ...(byYear ? { byYear } : {}) } } };
}

async function marginalValue(s: Scenario, base: AllocationResult, kind: "capital" | "recurring", o: PlanOptions): Promise<number | null> {
  const line = base.budget.find((b) => b.kind === kind && (kind === "recurring" || b.year === null || b.year === base.years[base.years.length - 1]));
  if (!line || line.used < line.limit * (1 - 1e-6) - 1e-6) return line ? 0 : null;
  const delta = Math.max(1, line.limit * 0.01);
  const more = await solveScenario(withMoreBudget(s, kind, delta), { ...o, marginal: false });
  if (more.status !== "optimal" && more.status !== "unmet") return null;
  const shortfall = (r: AllocationResult) => r.objective.binding + r.objective.expected;
  return Math.max(0, (shortfall(base) - shortfall(more)) / delta);
}

/**
 * Solves a validated scenario: need → model → solver (lexicographic goals) → result with explanation.
 * Outcomes are values: `unmet` names the binding targets that cannot be met and by how much,
 * `infeasible` names the rules that contradict; never a bare failure.
 */
export async function solveScenario(s: Scenario, o: PlanOptions = {}): Promise<AllocationResult> {
  const t0 = performance.now();
  const need = computeNeed(s);
  const am = buildModel(s, need);
  const path = choosePath(am, s.objective, o.solver);
  if (!path.ok) return emptyResult(s, am.years, "error", path, NO_EXPLANATION, { name: o.solver ?? "auto", ms: 0, phases: 0, reason: "refused" });
  let fellBack: string | null = null;
  const solverMeta = (phases: number) => ({ name: path.kind === "fast" ? "fast" : fellBack ? "highs" : path.pick.solver.name, ms: performance.now() - t0, phases, reason: fellBack ? `${path.reason}; javascript-lp-solver failed (${fellBack}), HiGHS used` : path.reason });
  if (am.impossible.length > 0) {
    const msg = { zh: `规则无法同时满足：${am.impossible.map((l) => l.zh).join("；")}`, en: `Rules that cannot hold: ${am.impossible.map((l) => l.en).join("; ")}` };
    return emptyResult(s, am.years, "infeasible", msg, NO_EXPLANATION, solverMeta(0));
  }
  const lpOptions = { timeLimitMs: o.timeLimitMs ?? 60_000, ...(o.signal ? { signal: o.signal } : {}) };
  let phased =
    path.kind === "fast"
      ? solveFast(am, path.structure)
      : await solvePhases(am, s.objective, path.pick.solver, lpOptions);
  // javascript-lp-solver refuses an answer that breaks a row (its self-check): the automatic choice then
  // solves with HiGHS and says so; a user who asked for javascript-lp-solver gets the refusal.
  if (path.kind === "lp" && path.pick.solver.name === "jslp" && (o.solver ?? "auto") === "auto" && phased.status === "error") {
    fellBack = phased.message ?? "error";
    phased = await solvePhases(am, s.objective, highsSolver, { ...lpOptions, timeLimitMs: Math.max(1000, lpOptions.timeLimitMs - (performance.now() - t0)) });
  }
  // The fast path is never infeasible (adding nothing is always allowed there); only an LP solve is diagnosed.
  if (phased.status === "infeasible" && path.kind === "lp") return emptyResult(s, am.years, "infeasible", await diagnose(am, fellBack ? highsSolver : path.pick.solver), NO_EXPLANATION, solverMeta(phased.phases));
  if (phased.status !== "optimal") {
    const status = phased.status === "timeout" ? "timeout" : "error";
    const msg = status === "timeout" ? { zh: "求解超时", en: "The solve ran out of time" } : { zh: `求解失败：${phased.message ?? phased.status}`, en: `The solve failed: ${phased.message ?? phased.status}` };
    return emptyResult(s, am.years, status, msg, NO_EXPLANATION, solverMeta(phased.phases));
  }
  const draft = toResult(s, am, phased.solution.values, { status: "optimal", explanation: NO_EXPLANATION, solver: solverMeta(phased.phases) });
  const unmet = unmetTargets(draft.coverage);
  const unmetRules = (draft.rules ?? []).filter((r) => r.nature === "binding" && r.deficit > 1e-6 * Math.max(1, r.required)).map(({ rule, side, unit, deficit }) => ({ rule, side, unit, deficit }));
  const capital = draft.budget.find((b) => b.kind === "capital" && b.year === null) ?? draft.budget.filter((b) => b.kind === "capital").at(-1);
  const explanation: Explanation = {
    binding: bindingConstraints(phased.model, phased.solution),
    capitalValue: null,
    recurringValue: null,
    marginalMethod: "none",
    unmet,
    ...(unmetRules.length > 0 ? { unmetRules } : {}),
    remarks: [
      ...(phased.message ? [{ zh: `求解器未能完成全部目标阶段（${phased.message}）：方案对前 ${phased.phases} 个目标最优。`, en: `The solver did not finish every goal phase (${phased.message}): the allocation is optimal for the first ${phased.phases} goal(s).` }] : []),
      ...remarks(draft.coverage, capital && capital.limit > 0 ? capital.used / capital.limit : null),
    ],
  };
  let result: AllocationResult = { ...draft, status: unmet.length > 0 || unmetRules.length > 0 ? "unmet" : "optimal", explanation };
  if (o.marginal !== false) {
    const [capitalValue, recurringValue] = [await marginalValue(s, result, "capital", o), await marginalValue(s, result, "recurring", o)];
    result = { ...result, explanation: { ...explanation, capitalValue, recurringValue, marginalMethod: "resolve" } };
  }
  return { ...result, solver: solverMeta(phased.phases) };
}
