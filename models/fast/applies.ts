import type { AllocationModel } from "../lp/build.js";
import type { LinearModel } from "../lp/types.js";
import type { Objective } from "../scenario/objective.js";

/**
 * One need unit in the fast path's unit space (docs/model.md, "Fast path"). `y` is the relative
 * coverage added to the unit (additions ÷ need); the unit's shortfall column is `g − y`.
 */
export type FastUnit = {
  /** Coverage row of the unit. */
  readonly row: number;
  /** Shortfall column. */
  readonly sf: number;
  /** Relative gap: the coverage row's right-hand side, 1 − existing supply ÷ need, in (0, 1]. */
  readonly g: number;
  /** The unit's own `add` column (a facility serving this unit alone) and its coefficient in the row. */
  readonly own: number;
  readonly a: number;
  /** Budget row coefficient per unit of relative coverage through the own column (capital cost × need ÷ scale). */
  readonly p: number;
  /** Cost-goal coefficient per unit of relative coverage through the own column. */
  readonly q: number;
  /** Binding-goal and expected-goal weights of the shortfall column (0 when not in that goal). */
  readonly b: number;
  readonly w: number;
  /** Whether the unit has an equity row (its shortfall bounds the worst shortfall). */
  readonly equity: boolean;
};

/** The decomposed problem: units, the single budget (scaled, Infinity without one), the equity column. */
export type FastStructure = { readonly units: readonly FastUnit[]; readonly budget: number; readonly budgetRow: number; readonly equityCol: number };

/** Whether the fast path applies, with the structure it found or why not (zh and en). */
export type FastCheck = { readonly ok: true; readonly structure: FastStructure } | { readonly ok: false; readonly zh: string; readonly en: string };

const DEFAULT_ORDER = ["binding", "equity", "expected", "cost"] as const;
const REL = 1e-9;

const FAMILY: Readonly<Record<string, readonly [string, string]>> = {
  band: ["目标设有上限区间", "a target has a band (upper limit)"],
  limit: ["机构规模上下限", "facility size limits"],
  noGrowth: ["不得增长规则", "no-growth rules"],
  ratio: ["人员配比规则", "staff-ratio rules"],
  siting: ["次中心选址", "sub-centre siting"],
  recurring: ["经常性预算", "a recurring budget"],
  goal: ["目标保持行", "goal hold rows"],
  surplus: ["目标设有上限区间", "a target has a band (upper limit)"],
  site: ["次中心选址", "sub-centre siting"],
};

function no(zh: string, en: string): FastCheck {
  return { ok: false, zh: `快速路径不适用：${zh}`, en: `fast path does not apply: ${en}` };
}

/** A goal's coefficients as a dense array over the columns. */
function goalCoefs(am: AllocationModel, g: "binding" | "expected" | "cost"): Float64Array {
  const out = new Float64Array(am.model.columns.length);
  for (const [c, v] of am.goals[g]) out[c]! += v;
  return out;
}

/** Coefficients of the single capital row by column (empty without a budget row). */
function budgetCoefs(m: LinearModel, row: number): Float64Array {
  const out = new Float64Array(m.columns.length);
  if (row < 0) return out;
  const r = m.rows[row]!;
  r.cols.forEach((c, k) => (out[c] = r.coefs[k]!));
  return out;
}

/**
 * Detects the separable structure the fast path solves exactly: continuous additions, coverage and
 * equity rows plus at most one capital row, the default lexicographic order, and every coverage row
 * having an `add` column of its own (in no other coverage row) through which coverage costs no more,
 * in budget and in the cost goal, than through any shared column. Reads the built model, so whatever
 * the scenario says, the fast path sees exactly the LP the other solvers would solve.
 */
export function fastApplies(am: AllocationModel, objective: Objective): FastCheck {
  const m = am.model;
  if (objective.mode !== "lexicographic") return no("加权目标模式", "weighted objective mode");
  if (objective.order.join() !== DEFAULT_ORDER.join()) return no(`目标顺序 ${objective.order.join("→")} 不是默认顺序`, `objective order ${objective.order.join(" → ")} is not the default`);
  if (am.impossible.length > 0) return no("规则无法同时满足", "rules that cannot hold");
  let equityCol = -1;
  for (let j = 0; j < m.columns.length; j++) {
    const c = m.columns[j]!;
    const fam = FAMILY[c.family];
    if (fam) return no(fam[0], fam[1]);
    if (c.integer) return no("按整数单位增加（整数规划）", "resources added in whole units (a MIP)");
    if (c.lower !== 0) return no(`变量 ${c.name} 下界非零`, `column ${c.name} has a non-zero lower bound`);
    if (c.family === "equity") equityCol = j;
  }
  let budgetRow = -1;
  const coverRows: number[] = [];
  for (let i = 0; i < m.rows.length; i++) {
    const r = m.rows[i]!;
    if (r.family === "coverage") coverRows.push(i);
    else if (r.family === "capital") {
      if (budgetRow >= 0) return no("多个资本预算约束（分年度或总额加分年度）", "more than one capital budget row (by year, or total and by year)");
      if (r.lower !== -Infinity || !(r.upper >= 0)) return no("资本预算约束形式不符", "capital budget row of an unexpected form");
      budgetRow = i;
    } else if (r.family === "equity") {
      if (r.cols.length !== 2 || r.cols[0] !== equityCol || r.coefs[0] !== 1 || r.coefs[1] !== -1 || r.lower !== 0 || r.upper !== Infinity) return no("公平约束形式不符", "equity row of an unexpected form");
    } else {
      const fam = FAMILY[r.family] ?? [r.family, r.family];
      return no(fam[0], fam[1]);
    }
  }
  const cap = budgetCoefs(m, budgetRow);
  const cost = goalCoefs(am, "cost");
  const binding = goalCoefs(am, "binding");
  const expected = goalCoefs(am, "expected");
  const inEquity = new Set<number>();
  for (const r of m.rows) if (r.family === "equity") inEquity.add(r.cols[1]!);
  // How many coverage rows each add column appears in.
  const rowsOf = new Int32Array(m.columns.length);
  for (const i of coverRows) for (const c of m.rows[i]!.cols) if (m.columns[c]!.family === "add") rowsOf[c]!++;
  const units: FastUnit[] = [];
  for (const i of coverRows) {
    const r = m.rows[i]!;
    const g = r.lower;
    let sf = -1;
    let own = -1;
    let a = 0;
    for (let k = 0; k < r.cols.length; k++) {
      const c = r.cols[k]!;
      const col = m.columns[c]!;
      const v = r.coefs[k]!;
      if (col.family === "shortfall") {
        if (sf >= 0 || v !== 1 || col.upper < 1) return no(`覆盖约束 ${r.name} 形式不符`, `coverage row ${r.name} of an unexpected form`);
        sf = c;
        continue;
      }
      if (v <= 0) return no(`覆盖约束 ${r.name} 含非正系数`, `coverage row ${r.name} has a non-positive coefficient`);
      if (rowsOf[c] !== 1 || col.upper * v < g * (1 + REL)) continue;
      // Among a unit's own columns the one with the cheapest coverage (budget first, then cost goal).
      const better = own < 0 || cap[c]! / v < cap[own]! / a || (cap[c]! / v === cap[own]! / a && cost[c]! / v < cost[own]! / a);
      if (better) [own, a] = [c, v];
    }
    if (sf < 0 || !(g > 0 && g <= 1) || r.upper !== Infinity) return no(`覆盖约束 ${r.name} 形式不符`, `coverage row ${r.name} of an unexpected form`);
    if (own < 0) return no(`${r.label.zh} 没有单独服务它的机构`, `${r.label.en} has no facility serving it alone`);
    units.push({ row: i, sf, g, own, a, p: cap[own]! / a, q: cost[own]! / a, b: binding[sf]!, w: expected[sf]!, equity: inEquity.has(sf) });
  }
  // Dominance: coverage bought through a shared column must cost at least as much, in budget and in the
  // cost goal, as the same coverage bought through each unit's own column.
  const viaOwnP = new Float64Array(m.columns.length);
  const viaOwnQ = new Float64Array(m.columns.length);
  for (const u of units) {
    const r = m.rows[u.row]!;
    for (let k = 0; k < r.cols.length; k++) {
      const c = r.cols[k]!;
      if (c === u.sf) continue;
      viaOwnP[c]! += r.coefs[k]! * u.p;
      viaOwnQ[c]! += r.coefs[k]! * u.q;
    }
  }
  for (let j = 0; j < m.columns.length; j++) {
    const c = m.columns[j]!;
    if (c.family !== "add" || rowsOf[j] === 0) continue;
    const q = cost[j]!;
    if (viaOwnP[j]! > cap[j]! * (1 + REL) + 1e-15 || viaOwnQ[j]! > q * (1 + REL) + 1e-15) {
      return no(`在 ${c.name} 上增加比在各单元自有机构上更省`, `adding through ${c.name} is cheaper than through each unit's own facility`);
    }
  }
  const budget = budgetRow >= 0 ? m.rows[budgetRow]!.upper : Infinity;
  return { ok: true, structure: { units, budget, budgetRow, equityCol } };
}
