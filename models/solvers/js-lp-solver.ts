import * as jsLPSolverModule from "javascript-lp-solver";
import type { LinearModel, Solution, SolveOptions, Solver } from "../lp/types.js";

/** The library's full solution: its tableau, from which the values are read without the library's rounding. */
type FullSolution = {
  feasible: boolean;
  bounded: boolean;
  _tableau: { varIndexByRow: number[]; variablesPerIndex: ({ id: string; isSlack?: boolean } | undefined)[]; matrix: ArrayLike<number>; width: number; rhsColumn: number; height: number };
};
type SolveFn = (model: unknown, precision: number | undefined, full: true) => FullSolution;

/**
 * The values of the structural variables read off the final tableau, as the library's own
 * `generateSolutionSet` does but without rounding them to its precision (1e-8): later lexicographic goals
 * amplify an error in an earlier goal ~10⁴-fold (models/lp/phases.ts), so a goal held at a rounded value
 * either moved the later goals by 1e-5 or made the next phase infeasible. (Running the library at a finer
 * precision instead made it cycle and accept wrong pivots — test/fuzz/cases.)
 */
function unroundedValues(sol: FullSolution): Map<string, number> {
  const t = sol._tableau;
  const out = new Map<string, number>();
  for (let r = 1; r <= t.height - 1; r++) {
    const v = t.variablesPerIndex[t.varIndexByRow[r]!];
    if (v === undefined || v.isSlack === true) continue;
    out.set(v.id, t.matrix[r * t.width + t.rhsColumn]!);
  }
  return out;
}
// The package's types describe the namespace; at run time its default export carries `Solve`.
const lib = ((jsLPSolverModule as { default?: unknown }).default ?? jsLPSolverModule) as { Solve: SolveFn; Tableau?: { prototype: Record<string, unknown> } };

/** Thrown from inside the library's pivot loop: its time limit passed, or it pivoted far longer than a solve needs. */
class PivotStop extends Error {
  constructor(readonly reason: "time" | "pivots") {
    super(reason);
  }
}

/** The guard of the solve in progress (solves are synchronous, so one at a time). */
let guard: { deadline: number; pivots: number; maxPivots: number } | null = null;

/**
 * The library looks at its time limit only between branch-and-bound nodes, and its phase 2 has no cycle
 * check: a cycling pivot loop never returns (test/fuzz). Every pivot goes through `Tableau.prototype.pivot`,
 * so the guard counts pivots there and looks at the clock every 64th: a solve past its limit stops as a
 * timeout, one past `maxPivots` as cycling.
 */
const tableau = lib.Tableau?.prototype;
if (tableau && typeof tableau["pivot"] === "function" && tableau["__cpGuard"] !== true) {
  const pivot = tableau["pivot"] as (...a: unknown[]) => unknown;
  tableau["pivot"] = function (this: unknown, ...a: unknown[]) {
    if (guard) {
      guard.pivots++;
      if (guard.pivots > guard.maxPivots) throw new PivotStop("pivots");
      if ((guard.pivots & 63) === 0 && performance.now() > guard.deadline) throw new PivotStop("time");
    }
    return pivot.apply(this, a);
  };
  tableau["__cpGuard"] = true;
}

/** Runs the library under the guard. */
function guardedSolve(model: JsModel, deadline: number, maxPivots: number): FullSolution {
  guard = { deadline, pivots: 0, maxPivots };
  try {
    return lib.Solve(model, undefined, true);
  } finally {
    guard = null;
  }
}

/** The same model with variables and constraints in reverse order: another pivot path through the same LP. */
function reversed(model: JsModel): JsModel {
  const rev = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).reverse());
  return { ...model, variables: rev(model.variables), constraints: rev(model.constraints) };
}

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

/** Tolerance of the self-check, on rows scaled to O(1) by the builder (coverage ÷ need, budgets ÷ limit). */
const CHECK_TOLERANCE = 1e-6;

/**
 * The first row or bound the point breaks, or null. The library occasionally reports as optimal a point
 * outside the feasible set (seen by fuzzing: a negative addition, a held goal exceeded — test/fuzz/cases);
 * such an answer is refused here rather than passed on.
 */
function brokenBy(m: LinearModel, x: Float64Array): string | null {
  for (const [j, c] of m.columns.entries()) {
    const tol = CHECK_TOLERANCE * Math.max(1, Math.abs(c.upper === Infinity ? 0 : c.upper));
    if (x[j]! < c.lower - tol || x[j]! > c.upper + tol) return `the bounds of ${c.name} (${x[j]})`;
  }
  for (const r of m.rows) {
    let v = 0;
    for (let k = 0; k < r.cols.length; k++) v += r.coefs[k]! * x[r.cols[k]!]!;
    const tol = CHECK_TOLERANCE * Math.max(1, Math.abs(Number.isFinite(r.upper) ? r.upper : r.lower));
    if (v < r.lower - tol || v > r.upper + tol) return `row ${r.name} (${v} outside [${r.lower}, ${r.upper}])`;
  }
  return null;
}

/** javascript-lp-solver (pure JavaScript, dense tableau): the default for small models. */
export const jsLpSolver: Solver = {
  name: "jslp",
  async solve(m: LinearModel, o: SolveOptions = {}): Promise<Solution> {
    const t0 = performance.now();
    const empty = new Float64Array(m.columns.length);
    if (o.signal?.aborted) return { status: "error", objective: NaN, values: empty, message: "aborted", ms: 0 };
    let raw: FullSolution;
    const model = toJsModel(m, o);
    const deadline = o.timeLimitMs ? t0 + o.timeLimitMs : Infinity;
    // An LP here takes 0.2–0.5 pivots per row + column (measured: 25 and 100 generated towns, Yanjiang); ten
    // times that means a cycle. Branch and bound pivots at every node, so a MIP is bounded by its time only.
    const size = Object.keys(model.constraints).length + Object.keys(model.variables).length;
    const maxPivots = m.columns.some((c) => c.integer) ? Infinity : 5 * size + 1000;
    try {
      try {
        raw = guardedSolve(model, deadline, maxPivots);
      } catch (e) {
        if (!(e instanceof PivotStop && e.reason === "pivots")) throw e;
        raw = guardedSolve(reversed(model), deadline, maxPivots);
      }
    } catch (e) {
      const ms = performance.now() - t0;
      if (e instanceof PivotStop && e.reason === "time") return { status: "timeout", objective: NaN, values: empty, ms };
      if (e instanceof PivotStop) return { status: "error", objective: NaN, values: empty, message: `javascript-lp-solver cycled (over ${maxPivots} pivots, twice; a defect of the library; HiGHS solves this model)`, ms };
      return { status: "error", objective: NaN, values: empty, message: String(e), ms };
    }
    const ms = performance.now() - t0;
    if (o.timeLimitMs && ms > o.timeLimitMs && raw.feasible !== true) return { status: "timeout", objective: NaN, values: empty, ms };
    if (raw.feasible !== true) return { status: "infeasible", objective: NaN, values: empty, ms };
    if (raw.bounded === false) return { status: "unbounded", objective: -Infinity, values: empty, ms };
    const found = unroundedValues(raw);
    const values = new Float64Array(m.columns.length);
    for (let j = 0; j < values.length; j++) {
      const v = found.get(`x${j}`) ?? 0;
      // Integer columns are snapped (the library's branch-and-bound accepts integrality within its precision).
      // Round-off below a column's lower bound (0) is clamped.
      const snapped = m.columns[j]!.integer && Math.abs(v - Math.round(v)) < 1e-6 ? Math.round(v) : v;
      values[j] = snapped < 0 && snapped > -1e-9 ? 0 : snapped;
    }
    const broken = brokenBy(m, values);
    if (broken) return { status: "error", objective: NaN, values: empty, message: `javascript-lp-solver returned a point that breaks ${broken} (a defect of the library; HiGHS solves this model)`, ms };
    const objective = m.objective.reduce((a, c, j) => a + c * values[j]!, 0);
    return { status: "optimal", objective, values, ms };
  },
};
