import { buildModel } from "../lp/build.js";
import { solvePhases } from "../lp/phases.js";
import type { LinearModel, Row, Solution, Solver } from "../lp/types.js";
import { computeNeed } from "../need.js";
import type { Scenario } from "../scenario/scenario.js";
import { highsSolver } from "../solvers/highs.js";
import { inBudgetUnits } from "./sensitivity.js";
import type { Bilingual, ShadowPrice } from "./types.js";

/** Options of `solverPrices`. */
export type SolverPriceOptions = {
  /** Cap on re-solves for ranging, all rows together (default 80). */
  readonly maxSolves?: number;
  /** Re-solves per side of one row (default 10). */
  readonly perSide?: number;
  readonly solver?: Solver;
};

const PRICED_ORDER: readonly string[] = ["capital", "recurring", "ratio", "limit", "siting", "coverage"];
const PRICED: ReadonlySet<string> = new Set(PRICED_ORDER);

function withBound(m: LinearModel, i: number, side: "lower" | "upper", v: number): LinearModel {
  const rows = [...m.rows];
  const r = rows[i]!;
  rows[i] = r.lower === r.upper ? { ...r, lower: v, upper: v } : { ...r, [side]: v };
  return { ...m, rows };
}

/**
 * Shadow prices for models too large to step: the row duals HiGHS returns for the final lexicographic
 * phase (earlier goals held as the production solve holds them), for the binding rows of the families a
 * planner reads (budgets, limits, ratios, siting, coverage; budgets in 万元). The range is found by
 * re-solving that phase with the bound moved: the step grows fourfold while the objective still moves by
 * `price × step`, then bisects between the last step that did and the first that did not. The range
 * reported is the one verified within the cap on solves (budget rows first, coverage rows last), so it may
 * be narrower than the true one; NaN when the cap left no solve for that side. A model
 * with whole-unit variables (a MIP) has no duals: its LP relaxation is priced instead, and each price
 * says so (`relaxed`).
 */
export async function solverPrices(s: Scenario, o: SolverPriceOptions = {}): Promise<ShadowPrice[]> {
  return (await solverPricing(s, o)).prices;
}

/**
 * What `solverPricing` found: the prices, whether they are those of the LP relaxation (a MIP), and — when
 * nothing could be priced — why (`unpriced`, bilingual), so that "no constraint binds" is said only when true.
 */
export type SolverPricing = { readonly prices: ShadowPrice[]; readonly relaxed: boolean; readonly unpriced?: Bilingual };

/** Why a model whose (relaxed) final phase ended with `status`, or without duals, has no shadow prices. */
function unpricedReason(status: Solution["status"], relaxed: boolean, solver: string, message?: string): Bilingual {
  const lp = relaxed ? { zh: "整数模型的线性松弛", en: "the LP relaxation of this whole-unit (integer) model" } : { zh: "该线性规划", en: "this linear programme" };
  switch (status) {
    case "infeasible":
      return { zh: `无法计算影子价格：${lp.zh}无可行解（预算与规则——机构上下限、次中心数量等——相互矛盾），没有最优解也就没有对偶值。请先在“编辑与结果”中放宽预算或限制。`, en: `No shadow prices: ${lp.en} is infeasible (the budgets and the rules — facility limits, the number of sub-centres and the like — contradict each other); without an optimum there are no duals. Relax a budget or a limit in Edit and results first.` };
    case "unbounded":
      return { zh: `无法计算影子价格：${lp.zh}无界。`, en: `No shadow prices: ${lp.en} is unbounded.` };
    case "timeout":
      return { zh: `无法计算影子价格：求解${lp.zh}超时。`, en: `No shadow prices: solving ${lp.en} ran out of time.` };
    case "optimal":
      return { zh: `无法计算影子价格：求解器 ${solver} 没有返回对偶值。`, en: `No shadow prices: the solver ${solver} returned no duals.` };
    default:
      return { zh: `无法计算影子价格：求解${lp.zh}出错（${message ?? status}）。`, en: `No shadow prices: solving ${lp.en} failed (${message ?? status}).` };
  }
}

/** As `solverPrices`, saying whether the prices are of the LP relaxation and, when there are none, why. */
export async function solverPricing(s: Scenario, o: SolverPriceOptions = {}): Promise<SolverPricing> {
  const solver = o.solver ?? highsSolver;
  const built = buildModel(s, computeNeed(s));
  const relaxed = built.integer;
  // a MIP has no duals: price its LP relaxation (whole units and sub-centre choices treated as continuous)
  const am = relaxed ? { ...built, integer: false, model: { ...built.model, columns: built.model.columns.map((c) => (c.integer ? { ...c, integer: false } : c)) } } : built;
  const phased = await solvePhases(am, s.objective, solver);
  const duals = phased.solution.duals;
  if (phased.status !== "optimal" || !duals) return { prices: [], relaxed, unpriced: unpricedReason(phased.status, relaxed, solver.name, phased.message) };
  const m = phased.model;
  const base = phased.solution.objective;
  let budget = o.maxSolves ?? 80;
  const perSide = o.perSide ?? 10;
  const linearAt = async (i: number, side: "lower" | "upper", rhs: number, price: number, delta: number): Promise<boolean | null> => {
    if (budget <= 0) return null;
    budget--;
    const sol = await solver.solve(withBound(m, i, side, rhs + delta));
    if (sol.status !== "optimal") return false;
    return Math.abs(sol.objective - (base + price * delta)) <= 1e-7 * Math.max(1, Math.abs(base), Math.abs(price * delta));
  };
  /** How far the bound can move in direction `dir` with the price still exact; NaN when the cap left no solve for it. */
  const reach = async (i: number, side: "lower" | "upper", rhs: number, price: number, dir: 1 | -1): Promise<number> => {
    let good = 0;
    let bad = Infinity;
    let step = Math.max(1e-3, Math.abs(rhs) * 0.05);
    for (let k = 0; k < perSide; k++) {
      const d = bad === Infinity ? good + step : (good + bad) / 2;
      const ok = await linearAt(i, side, rhs, price, dir * d);
      if (ok === null) return k === 0 ? NaN : good;
      if (ok) good = d;
      else bad = d;
      if (bad === Infinity) step *= 4;
    }
    return good;
  };
  const binding: { i: number; r: Row; side: "lower" | "upper" }[] = [];
  m.rows.forEach((r, i) => {
    if (!PRICED.has(r.family)) return;
    const activity = r.cols.reduce((a, c, k) => a + r.coefs[k]! * phased.solution.values[c]!, 0);
    const at = (b: number) => Number.isFinite(b) && Math.abs(activity - b) <= 1e-6 * Math.max(1, Math.abs(b));
    const side = at(r.upper) ? "upper" : at(r.lower) ? "lower" : null;
    if (side) binding.push({ i, r, side });
  });
  // the cap on solves goes to budgets first, then rules, then coverage rows
  binding.sort((a, b) => PRICED_ORDER.indexOf(a.r.family) - PRICED_ORDER.indexOf(b.r.family) || a.i - b.i);
  const out: ShadowPrice[] = [];
  for (const { i, r, side } of binding) {
    const rhs = side === "upper" ? r.upper : r.lower;
    const price = Math.abs(duals[i]!) < 1e-12 ? 0 : duals[i]!;
    const up = await reach(i, side, rhs, price, 1);
    const down = await reach(i, side, rhs, price, -1);
    out.push(inBudgetUnits(s, { source: { kind: "row", row: i, side: r.lower === r.upper ? "equal" : side }, name: r.name, label: r.label, family: r.family, rhs, price, from: rhs - down, to: rhs + up, method: "resolve", ...(relaxed ? { relaxed } : {}) }));
  }
  return { prices: out, relaxed };
}
