import * as jsLPSolverModule from "javascript-lp-solver";
import type { LinearModel, Solution, SolveOptions, Solver } from "../lp/types.js";

type SolveFn = (model: unknown, precision?: number) => Record<string, unknown>;
/**
 * The library rounds every reported value to its precision (1e-8 by default), and later lexicographic goals
 * amplify an error in an earlier goal ~10⁴-fold (models/lp/phases.ts): 1e-11 keeps reported values exact
 * enough for both solvers to agree to 1e-6 on every goal.
 */
const PRECISION = 1e-11;
// The package's types describe the namespace; at run time its default export carries `Solve`.
const lib = ((jsLPSolverModule as { default?: unknown }).default ?? jsLPSolverModule) as { Solve: SolveFn };

type JsModel = {
  optimize: string;
  opType: "min";
  constraints: Record<string, { min?: number; max?: number }>;
  variables: Record<string, Record<string, number>>;
  ints: Record<string, 1>;
  options: { timeout?: number };
};

/**
 * Translates a LinearModel into javascript-lp-solver's JSON. Variables and rows get index names
 * (`x12`, `r3`) so that none collides with the fields the library writes beside them (`feasible`,
 * `result`, `bounded`); column upper bounds become single-variable rows (`u12`).
 */
function toJsModel(m: LinearModel, o: SolveOptions): JsModel {
  const variables: Record<string, Record<string, number>> = {};
  const constraints: JsModel["constraints"] = {};
  const ints: Record<string, 1> = {};
  // Columns fixed at zero are left out: their single-variable rows made the library's degenerate
  // pivoting cycle (a binding goal held at 0 fixes every binding shortfall at 0).
  const fixed = (j: number) => m.columns[j]!.upper === 0;
  m.columns.forEach((c, j) => {
    if (fixed(j)) return;
    if (c.lower !== 0) throw new Error(`jsLPSolver adapter: column ${c.name} has lower bound ${c.lower}; only 0 is supported`);
    const v: Record<string, number> = { obj: m.objective[j] ?? 0 };
    if (Number.isFinite(c.upper)) {
      v[`u${j}`] = 1;
      constraints[`u${j}`] = { max: c.upper };
    }
    if (c.integer) ints[`x${j}`] = 1;
    variables[`x${j}`] = v;
  });
  m.rows.forEach((r, i) => {
    if (r.cols.every(fixed)) return;
    const bound: { min?: number; max?: number } = {};
    if (Number.isFinite(r.lower)) bound.min = r.lower;
    if (Number.isFinite(r.upper)) bound.max = r.upper;
    constraints[`r${i}`] = bound;
    r.cols.forEach((c, k) => {
      if (!fixed(c)) variables[`x${c}`]![`r${i}`] = r.coefs[k]!;
    });
  });
  return { optimize: "obj", opType: "min", constraints, variables, ints, options: { ...(o.timeLimitMs ? { timeout: o.timeLimitMs } : {}) } };
}

/** javascript-lp-solver (pure JavaScript, dense tableau): the default for small models. */
export const jsLpSolver: Solver = {
  name: "jslp",
  async solve(m: LinearModel, o: SolveOptions = {}): Promise<Solution> {
    const t0 = performance.now();
    const empty = new Float64Array(m.columns.length);
    if (o.signal?.aborted) return { status: "error", objective: NaN, values: empty, message: "aborted", ms: 0 };
    let raw: Record<string, unknown>;
    try {
      raw = lib.Solve(toJsModel(m, o), PRECISION);
    } catch (e) {
      return { status: "error", objective: NaN, values: empty, message: String(e), ms: performance.now() - t0 };
    }
    const ms = performance.now() - t0;
    if (o.timeLimitMs && ms > o.timeLimitMs && raw["feasible"] !== true) return { status: "timeout", objective: NaN, values: empty, ms };
    if (raw["feasible"] !== true) return { status: "infeasible", objective: NaN, values: empty, ms };
    if (raw["bounded"] === false) return { status: "unbounded", objective: -Infinity, values: empty, ms };
    const values = new Float64Array(m.columns.length);
    for (let j = 0; j < values.length; j++) {
      const v = raw[`x${j}`];
      values[j] = typeof v === "number" ? v : 0;
    }
    const objective = m.objective.reduce((a, c, j) => a + c * values[j]!, 0);
    return { status: "optimal", objective, values, ms };
  },
};
