import type { LinearModel } from "../lp/types.js";
import type { Bilingual, TeachRefusal, TeachRow, TeachRowSource, TeachVar } from "./types.js";

/** Largest standard form the teaching simplex steps (rows × tableau columns, after conversion). */
export const TEACH_LIMITS = { rows: 40, columns: 80 } as const;

/**
 * A model in standard form: `A x = b`, `x ≥ 0`, `b ≥ 0`, with an identity of slack or artificial
 * columns to start from. Model column `j` is `shift[j] + x[colVar[j]]`, or the constant `shift[j]` when
 * it is fixed (`colVar[j] = -1`).
 */
export type StandardForm = {
  readonly vars: readonly TeachVar[];
  readonly rows: readonly TeachRow[];
  readonly a: readonly (readonly number[])[];
  readonly b: readonly number[];
  readonly shift: readonly number[];
  readonly colVar: readonly number[];
  readonly notes: readonly Bilingual[];
};

type Draft = { name: string; label: Bilingual; family: TeachRow["family"]; source: TeachRowSource; coefs: Map<number, number>; sense: "<=" | ">=" | "="; rhs: number; flipped?: boolean };

/** The rows a model row gives in terms of the shifted variables: one per finite side (one for an equality). */
function rowDrafts(m: LinearModel, shift: readonly number[], colVar: readonly number[]): Draft[] {
  const out: Draft[] = [];
  m.rows.forEach((r, i) => {
    const coefs = new Map<number, number>();
    let constant = 0;
    r.cols.forEach((c, k) => {
      const v = r.coefs[k]!;
      constant += v * shift[c]!;
      if (colVar[c]! >= 0) coefs.set(colVar[c]!, (coefs.get(colVar[c]!) ?? 0) + v);
    });
    const base = { name: r.name, label: r.label, family: r.family, coefs };
    const lo = r.lower - constant;
    const up = r.upper - constant;
    if (r.lower === r.upper) out.push({ ...base, source: { kind: "row", row: i, side: "equal" }, sense: "=", rhs: lo });
    else {
      if (Number.isFinite(r.lower)) out.push({ ...base, name: Number.isFinite(r.upper) ? `${r.name}_lo` : r.name, source: { kind: "row", row: i, side: "lower" }, sense: ">=", rhs: lo });
      if (Number.isFinite(r.upper)) out.push({ ...base, name: Number.isFinite(r.lower) ? `${r.name}_up` : r.name, source: { kind: "row", row: i, side: "upper" }, sense: "<=", rhs: up });
    }
  });
  return out;
}

/**
 * Puts a model in standard form for the teaching simplex:
 * 1. each column `x ∈ [l, u]` becomes `x' = x − l ≥ 0`; a fixed column (`l = u`) becomes a constant;
 *    a finite upper bound becomes a row `x' ≤ u − l`;
 * 2. constants move to the right-hand side; a two-sided row gives two rows;
 * 3. a row with a negative right-hand side is multiplied by −1 (≤ and ≥ swap), as is a `≥ 0` row;
 * 4. `≤` rows get a slack (+1, starts basic), `≥` rows a surplus (−1) and an artificial (+1, starts
 *    basic), `=` rows an artificial.
 * Free columns (no lower bound) and models larger than the limits are refused.
 */
export function toStandardForm(m: LinearModel, limits: { rows: number; columns: number } = TEACH_LIMITS): StandardForm | TeachRefusal {
  const notes: Bilingual[] = [];
  const vars: TeachVar[] = [];
  const shift = m.columns.map((c) => c.lower);
  const colVar = m.columns.map(() => -1);
  const free = m.columns.find((c) => !Number.isFinite(c.lower));
  if (free) return { refused: { zh: `变量 ${free.name} 没有下界：教学单纯形只处理有下界的变量`, en: `variable ${free.name} has no lower bound: the teaching simplex needs one on every variable` } };
  const integer = m.columns.find((c) => c.integer);
  if (integer) return { refused: { zh: `变量 ${integer.name} 须取整数：教学单纯形只步进线性规划（请将资源的 wholeUnits 设为 false）`, en: `variable ${integer.name} must be whole: the teaching simplex steps linear programmes only (set the resource's wholeUnits to false)` } };
  let fixed = 0;
  let shifted = 0;
  m.columns.forEach((c, j) => {
    if (c.upper === c.lower) {
      fixed++;
      return;
    }
    if (c.lower !== 0) shifted++;
    colVar[j] = vars.length;
    vars.push({ name: c.name, kind: "decision", label: { zh: `决策变量 ${c.name}`, en: `decision variable ${c.name}` }, column: j });
  });
  if (fixed > 0) notes.push({ zh: `${fixed} 个上下界相等的变量视为常数，移到右端。`, en: `${fixed} variable(s) with equal bounds are constants, moved to the right-hand side.` });
  if (shifted > 0) notes.push({ zh: `${shifted} 个下界非零的变量平移为 x' = x − l ≥ 0。`, en: `${shifted} variable(s) with a non-zero lower bound are shifted: x' = x − l ≥ 0.` });
  const drafts = rowDrafts(m, shift, colVar);
  let bounds = 0;
  m.columns.forEach((c, j) => {
    if (colVar[j]! < 0 || !Number.isFinite(c.upper)) return;
    bounds++;
    drafts.push({ name: `ub_${c.name}`, label: { zh: `${c.name} 的上界`, en: `upper bound of ${c.name}` }, family: "bound", source: { kind: "bound", column: j }, coefs: new Map([[colVar[j]!, 1]]), sense: "<=", rhs: c.upper - c.lower });
  });
  if (bounds > 0) notes.push({ zh: `${bounds} 个变量上界写成约束行 x' ≤ u − l。`, en: `${bounds} upper bound(s) become rows x' ≤ u − l.` });
  let flips = 0;
  for (const d of drafts) {
    if (d.rhs < 0 || (d.rhs === 0 && d.sense === ">=")) {
      flips++;
      d.rhs = -d.rhs;
      for (const [k, v] of d.coefs) d.coefs.set(k, -v);
      d.sense = d.sense === ">=" ? "<=" : d.sense === "<=" ? ">=" : "=";
      d.flipped = true;
    }
  }
  if (flips > 0) notes.push({ zh: `${flips} 行乘以 −1，使右端非负（≤ 与 ≥ 互换）。`, en: `${flips} row(s) multiplied by −1 to make the right-hand side non-negative (≤ and ≥ swap).` });
  const nArt = drafts.filter((d) => d.sense !== "<=").length;
  const nSlack = drafts.filter((d) => d.sense !== "=").length;
  const total = vars.length + nSlack + nArt;
  if (drafts.length > limits.rows || total > limits.columns) {
    return { refused: { zh: `模型过大，无法逐步演示：标准型为 ${drafts.length} 行 × ${total} 列，上限 ${limits.rows} × ${limits.columns}。请使用课程案例或更小的情景。`, en: `model too large to step: its standard form has ${drafts.length} rows × ${total} columns, the limit is ${limits.rows} × ${limits.columns}. Use a lesson or a smaller scenario.` } };
  }
  const rows: TeachRow[] = [];
  const a = drafts.map(() => new Array<number>(total).fill(0));
  const initial: number[] = [];
  drafts.forEach((d, i) => {
    for (const [k, v] of d.coefs) a[i]![k] = v;
    const k = i + 1;
    if (d.sense !== "=") {
      const slack = d.sense === "<=";
      a[i]![vars.length] = slack ? 1 : -1;
      if (slack) initial[i] = vars.length;
      vars.push({ name: `${slack ? "s" : "e"}${k}`, kind: slack ? "slack" : "surplus", label: slack ? { zh: `第 ${k} 行（${d.label.zh}）的松弛变量`, en: `slack of row ${k} (${d.label.en})` } : { zh: `第 ${k} 行（${d.label.zh}）的剩余变量`, en: `surplus of row ${k} (${d.label.en})` }, row: i });
    }
  });
  drafts.forEach((d, i) => {
    if (d.sense === "<=") return;
    const k = i + 1;
    a[i]![vars.length] = 1;
    initial[i] = vars.length;
    vars.push({ name: `a${k}`, kind: "artificial", label: { zh: `第 ${k} 行（${d.label.zh}）的人工变量`, en: `artificial of row ${k} (${d.label.en})` }, row: i });
  });
  drafts.forEach((d, i) => rows.push({ name: d.name, label: d.label, family: d.family, source: d.source, sense: d.sense, flipped: d.flipped === true, initialBasic: initial[i]! }));
  notes.push({ zh: `≤ 行加松弛变量 s，≥ 行减剩余变量 e 并加人工变量 a，= 行加人工变量 a：共 ${rows.length} 行 × ${total} 列。`, en: `≤ rows get a slack s, ≥ rows a surplus e and an artificial a, = rows an artificial a: ${rows.length} rows × ${total} columns.` });
  return { vars, rows, a, b: drafts.map((d) => d.rhs), shift, colVar, notes };
}
