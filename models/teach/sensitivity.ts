import type { LinearModel } from "../lp/types.js";
import type { Scenario } from "../scenario/scenario.js";
import { EPS } from "./tableau.js";
import type { ShadowPrice, TeachRow, TeachRun, TeachTableau } from "./types.js";

/** The model-side bound a standard-form row stands for (row side or column upper bound). */
function modelBound(m: LinearModel, r: TeachRow): number {
  const s = r.source;
  if (s.kind === "bound") return m.columns[s.column]!.upper;
  const row = m.rows[s.row]!;
  return s.side === "upper" ? row.upper : row.lower;
}

/** The final tableau of a stage: the tableau of its last step. */
function finalTableau(run: TeachRun, stage: number): TeachTableau | null {
  const st = run.stages[stage];
  if (!st || st.status !== "optimal") return null;
  return st.steps[st.steps.length - 1]?.tableau ?? null;
}

/**
 * Shadow prices of the binding constraints at a stage's optimum (`o.stage`, default the last), read off the
 * final tableau. With `B` the optimal basis and `y = c_B B⁻¹` the duals, row `i`'s price is `y_i`, which
 * the tableau shows as minus the reduced cost of the row's starting basic column (its slack or
 * artificial, whose column was `e_i`). The price holds while `B⁻¹(b + δ e_i) ≥ 0`: with `u` that column
 * of the final tableau, `δ ∈ [max_{u_k>0} −rhs_k/u_k, min_{u_k<0} −rhs_k/u_k]` (standard RHS ranging).
 * Prices and ranges are turned back into the model's units (sign flips for rows multiplied by −1).
 * For a later lexicographic stage, the problem priced is the stage's own: earlier goals held by the
 * variables frozen at 0. Given `o.scenario`, budget rows (which the model scales to shares of their
 * limit) are reported in 万元: the limit as the bound, the price per 万元.
 */
export function tableauPrices(m: LinearModel, run: TeachRun, o: { readonly stage?: number; readonly scenario?: Scenario } = {}): ShadowPrice[] {
  const s = o.scenario;
  const t = finalTableau(run, o.stage ?? run.stages.length - 1);
  if (!t) return [];
  const basicRow = new Map(t.basis.map((v, i) => [v, i]));
  const out: ShadowPrice[] = [];
  t.rows.forEach((row, i) => {
    const slack = t.vars.findIndex((v) => (v.kind === "slack" || v.kind === "surplus") && v.row === i);
    const slackRow = slack >= 0 ? basicRow.get(slack) : undefined;
    const slackValue = slackRow === undefined ? 0 : t.rhs[slackRow]!;
    if (slackValue > EPS) return;
    const init = row.initialBasic;
    const y = -t.reducedCosts[init]!;
    let lo = -Infinity;
    let hi = Infinity;
    t.cells.forEach((cells, k) => {
      const u = cells[init]!;
      if (u > EPS) lo = Math.max(lo, -t.rhs[k]! / u);
      else if (u < -EPS) hi = Math.min(hi, -t.rhs[k]! / u);
    });
    const rhs = modelBound(m, row);
    const sign = row.flipped ? -1 : 1;
    const [from, to] = row.flipped ? [rhs - hi, rhs - lo] : [rhs + lo, rhs + hi];
    const clean = (v: number) => (Math.abs(v) < 1e-12 ? 0 : v);
    const p: ShadowPrice = { source: row.source, name: row.name, label: row.label, family: row.family, rhs, price: clean(sign * y), from, to, method: "tableau" };
    out.push(s ? inBudgetUnits(s, p) : p);
  });
  return out;
}

/** The limit in 万元 of a budget row (`capital_total`, `capital_<year>`, `recurring_total`), or null. */
function budgetLimit(s: Scenario, p: ShadowPrice): number | null {
  const b = s.budgets;
  if (p.family === "recurring") return b.recurring?.total ?? null;
  if (p.family !== "capital") return null;
  if (p.name === "capital_total") return b.capital.total ?? null;
  const year = Number(p.name.replace(/^capital_/, ""));
  if (!Number.isFinite(year) || !b.capital.byYear) return null;
  return Object.entries(b.capital.byYear).reduce((a, [y, v]) => (Number(y) <= year ? a + v : a), 0);
}

/**
 * Restates a budget row's price in 万元: the model divides a budget row by its limit `L` (so the bound
 * reads 1, or less when running costs of existing resources are already committed), hence a bound `β`
 * in the model is `β × L + (L − rhs × L)` 万元 and the price per 万元 is the model price ÷ `L`.
 */
export function inBudgetUnits(s: Scenario, p: ShadowPrice): ShadowPrice {
  const limit = budgetLimit(s, p);
  if (limit === null) return p;
  const scale = limit > 0 ? limit : 1;
  const offset = limit - p.rhs * scale;
  const at = (v: number) => v * scale + offset;
  return { ...p, rhs: limit, price: p.price / scale, from: at(p.from), to: at(p.to) };
}
