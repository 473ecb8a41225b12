import type { AllocationModel } from "../lp/build.js";
import { resourceLimits } from "../lp/limits.js";
import type { Column, ColumnFamily, Row, RowLabel } from "../lp/types.js";
import type { Goal } from "../scenario/objective.js";
import type { Scenario } from "../scenario/scenario.js";
import { CONSTRAINT_FAMILIES, CONSTRAINT_FORMULAS, GOAL_FORMULAS, VARIABLE_FAMILIES, VARIABLE_FORMULAS, type ConstraintFamily, type Formula } from "./algebra-formulas.js";
import { mi, mn, mo, mt, row, type MathNode } from "./algebra-math.js";

export { CONSTRAINT_FAMILIES, VARIABLE_FAMILIES, type ConstraintFamily, type Formula } from "./algebra-formulas.js";
export { mathText, shortNumber, type MathNode } from "./algebra-math.js";

/** A variable family of the current model: how many columns (and integer ones) it has. */
export type VariableSummary = { readonly family: ColumnFamily; readonly count: number; readonly integer: number; readonly formula: Formula };
/** A constraint family: how many rows it has (for `noGrowth`, how many facility × resource pairs are frozen). */
export type ConstraintSummary = { readonly family: ConstraintFamily; readonly count: number; readonly formula: Formula };
/** One stage of the objective: a goal in lexicographic order (skipped when it has no variable), or the weighted sum. */
export type ObjectiveStage = { readonly goal: Goal; readonly formula: Formula; readonly skipped: boolean; readonly weight?: number };
/** The objective: lexicographic (stages in order) or weighted (one sum of the stages with their weights). */
export type ObjectiveSummary = { readonly mode: "lexicographic" | "weighted"; readonly stages: readonly ObjectiveStage[]; readonly weighted?: MathNode };

/** The model of a scenario in words and formulas. */
export type ModelAlgebra = {
  readonly variables: readonly VariableSummary[];
  readonly constraints: readonly ConstraintSummary[];
  readonly objective: ObjectiveSummary;
  readonly rows: number;
  readonly columns: number;
};

/** A term of a row: coefficient × variable, with what the variable means. */
export type RowTerm = { readonly coef: number; readonly column: number; readonly variable: string; readonly meaning: RowLabel };
/** A row with the scenario's numbers: label, terms, bounds, and the row written as mathematics. */
export type RowView = {
  readonly name: string;
  readonly label: RowLabel;
  readonly terms: readonly RowTerm[];
  readonly lower: number;
  readonly upper: number;
  readonly math: MathNode;
};
/** A page of a family's rows. */
export type RowPage = { readonly family: ConstraintFamily; readonly total: number; readonly offset: number; readonly rows: readonly RowView[] };

/** Facility × resource pairs that may not grow (they get no `add` column). */
function frozenPairs(s: Scenario): number {
  return s.facilities.reduce((n, f) => n + s.resources.filter((r) => resourceLimits(s, f, r.id).noGrowth).length, 0);
}

/**
 * The decision variables, constraint families and objective of an allocation model, counted from the
 * model itself (so the view and the LP file cannot disagree).
 */
export function describeModel(s: Scenario, am: AllocationModel): ModelAlgebra {
  const cols = am.model.columns;
  const rows = am.model.rows;
  const variables = VARIABLE_FAMILIES.map((family) => {
    const of = cols.filter((c) => c.family === family);
    return { family, count: of.length, integer: of.filter((c) => c.integer).length, formula: VARIABLE_FORMULAS[family] };
  });
  const constraints = CONSTRAINT_FAMILIES.map((family) => ({
    family,
    count: family === "noGrowth" ? frozenPairs(s) : rows.filter((r) => r.family === family).length,
    formula: CONSTRAINT_FORMULAS[family],
  }));
  const o = s.objective;
  const objective: ObjectiveSummary =
    o.mode === "weighted"
      ? {
          mode: "weighted",
          stages: (Object.keys(GOAL_FORMULAS) as Goal[]).map((g) => ({ goal: g, formula: GOAL_FORMULAS[g], skipped: am.goals[g].length === 0 || o.weights[g] === 0, weight: o.weights[g] })),
          weighted: row(
            mt("min\u00a0"),
            ...(Object.keys(GOAL_FORMULAS) as Goal[]).filter((g) => am.goals[g].length > 0 && o.weights[g] > 0).flatMap((g, i) => [...(i > 0 ? [mo("+")] : []), mn(o.weights[g]), mo("×"), mi(g)]),
          ),
        }
      : { mode: "lexicographic", stages: o.order.map((g) => ({ goal: g, formula: GOAL_FORMULAS[g], skipped: am.goals[g].length === 0 })) };
  return { variables, constraints, objective, rows: rows.length, columns: cols.length };
}

/** What a column stands for, in both languages, from its metadata and the scenario. */
export function columnMeaning(s: Scenario, am: AllocationModel, c: Column): RowLabel {
  const m = c.meta;
  switch (m.kind) {
    case "add": {
      const f = s.facilities[m.facility]!;
      const r = s.resources[m.resource]!;
      return { zh: `${f.name.zh} ${m.year} 年新增${r.name.zh}`, en: `${r.name.en} added at ${f.name.en} in ${m.year}` };
    }
    case "shortfall":
    case "surplus": {
      const u = am.need.units[m.unit]!;
      const t = s.targets[u.target]!;
      const name = { zh: t.name?.zh ?? t.id, en: t.name?.en ?? t.id };
      return m.kind === "shortfall"
        ? { zh: `${name.zh}：${u.unit} 的相对缺口`, en: `${name.en}: relative shortfall of ${u.unit}` }
        : { zh: `${name.zh}：${u.unit} 的相对超出`, en: `${name.en}: relative surplus of ${u.unit}` };
    }
    case "equity":
      return { zh: "最大相对缺口", en: "worst relative shortfall" };
    case "site": {
      const f = s.facilities[m.facility]!;
      return { zh: `${f.name.zh} 选为次中心`, en: `${f.name.en} chosen as a sub-centre` };
    }
    case "deficit": {
      const rule = s.rules.staffRatios[m.rule]!;
      const name = rule.name ?? { zh: rule.id, en: rule.id };
      const where = m.where < 0 ? { zh: "全区", en: "the region" } : s.facilities[m.where]!.name;
      return { zh: `${name.zh}：${where.zh} 的相对缺额`, en: `${name.en}: relative deficit at ${where.en}` };
    }
  }
}

/** A row as mathematics: `lower ≤ Σ coef × variable ≤ upper` with the finite sides only. */
function rowMath(r: Row, terms: readonly RowTerm[]): MathNode {
  const lhs = terms.flatMap((t, i) => {
    const sign = t.coef < 0 ? [mo("−")] : i > 0 ? [mo("+")] : [];
    const abs = Math.abs(t.coef);
    return [...sign, ...(abs === 1 ? [] : [mn(abs), mo("·")]), mi(t.variable)];
  });
  if (r.lower === r.upper) return row(...lhs, mo("="), mn(r.upper));
  const lo = Number.isFinite(r.lower) ? [mn(r.lower), mo("≤")] : [];
  if (lo.length > 0 && !Number.isFinite(r.upper)) return row(...lhs, mo("≥"), mn(r.lower));
  return row(...lo, ...lhs, ...(Number.isFinite(r.upper) ? [mo("≤"), mn(r.upper)] : []));
}

/** One row with its terms and meanings. */
export function rowView(s: Scenario, am: AllocationModel, r: Row): RowView {
  const terms = r.cols.map((c, k) => {
    const col = am.model.columns[c]!;
    return { coef: r.coefs[k]!, column: c, variable: col.name, meaning: columnMeaning(s, am, col) };
  });
  return { name: r.name, label: r.label, terms, lower: r.lower, upper: r.upper, math: rowMath(r, terms) };
}

/** The rows of one constraint family with the scenario's numbers, `limit` at a time from `offset`. */
export function familyRows(s: Scenario, am: AllocationModel, family: ConstraintFamily, offset = 0, limit = 25): RowPage {
  const all = am.model.rows.filter((r) => r.family === family);
  const start = Math.max(0, Math.min(offset, Math.max(0, all.length - 1)));
  return { family, total: all.length, offset: start, rows: all.slice(start, start + limit).map((r) => rowView(s, am, r)) };
}
