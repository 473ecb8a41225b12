import type { Highs } from "highs";
import type { LinearModel, Solution, SolveOptions, Solver } from "../lp/types.js";

let loading: Promise<Highs> | null = null;

/** Where the HiGHS WebAssembly binary is, for environments (the browser bundle) that must say so. */
let wasmLocator: ((file: string) => string) | undefined;

/** Sets how the browser finds `highs.wasm` (Vite asset URL); Node needs nothing. */
export function setHighsWasmLocator(locate: (file: string) => string): void {
  wasmLocator = locate;
}

/** Loads HiGHS once, lazily: the package is only fetched when a model first needs it. */
export function loadHighs(): Promise<Highs> {
  loading ??= import("highs").then((mod) => {
    // The package's types describe a CommonJS default; at run time the ES build's default is the loader.
    const load = ((mod as { default?: unknown }).default ?? mod) as (o: object) => Promise<Highs>;
    return load(wasmLocator ? { locateFile: wasmLocator } : {});
  });
  return loading;
}

/** Row-wise model → CSR arrays for HiGHS's structured `passModel` (no LP text round-trip). */
function toModelData(h: Highs, m: LinearModel) {
  const inf = h.infinity;
  const clamp = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  let nnz = 0;
  for (const r of m.rows) nnz += r.cols.length;
  const start = new Int32Array(m.rows.length + 1);
  const index = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  let k = 0;
  m.rows.forEach((r, i) => {
    start[i] = k;
    r.cols.forEach((c, j) => {
      index[k] = c;
      value[k++] = r.coefs[j]!;
    });
  });
  start[m.rows.length] = k;
  return {
    numCols: m.columns.length,
    numRows: m.rows.length,
    colCost: Float64Array.from(m.objective),
    colLower: Float64Array.from(m.columns, (c) => clamp(c.lower)),
    colUpper: Float64Array.from(m.columns, (c) => clamp(c.upper)),
    rowLower: Float64Array.from(m.rows, (r) => clamp(r.lower)),
    rowUpper: Float64Array.from(m.rows, (r) => clamp(r.upper)),
    matrix: { format: "csr" as const, starts: start, indices: index, values: value, numRows: m.rows.length, numCols: m.columns.length },
    integrality: Int32Array.from(m.columns, (c) => (c.integer ? 1 : 0)),
  };
}

/** HiGHS compiled to WebAssembly (`highs`): sparse dual simplex and branch-and-cut, for large models and MIPs. */
export const highsSolver: Solver = {
  name: "highs",
  async solve(m: LinearModel, o: SolveOptions = {}): Promise<Solution> {
    const empty = new Float64Array(m.columns.length);
    let h: Highs;
    try {
      h = await loadHighs();
    } catch (e) {
      return { status: "error", objective: NaN, values: empty, message: `HiGHS failed to load: ${String(e)}`, ms: 0 };
    }
    if (o.signal?.aborted) return { status: "error", objective: NaN, values: empty, message: "aborted", ms: 0 };
    const t0 = performance.now();
    if (m.columns.length === 0) return { status: m.rows.every((r) => r.lower <= 0 && r.upper >= 0) ? "optimal" : "infeasible", objective: 0, values: empty, ms: 0 };
    let model: ReturnType<Highs["createModel"]>;
    try {
      model = h.createModel(toModelData(h, m) as never);
    } catch (e) {
      return { status: "error", objective: NaN, values: empty, message: `HiGHS rejected the model: ${e instanceof Error ? e.message : String(e)}`, ms: performance.now() - t0 };
    }
    try {
      model.options.set("output_flag", false);
      // Coverage rows are relative (÷ need): a 1e-7 row tolerance summed over hundreds of towns would move the
      // reported goal values by 1e-5, so the tolerances are tightened to keep both solvers within 1e-6.
      model.options.set("primal_feasibility_tolerance", 1e-9);
      model.options.set("dual_feasibility_tolerance", 1e-9);
      // Lexicographic phases hold each MIP goal at the value found: a 1e-4 default gap or a 1e-6 integrality
      // tolerance would let the solvers' goals differ by far more than 1e-6, or a later phase find the hold
      // infeasible (test/fuzz).
      if (m.columns.some((c) => c.integer)) {
        model.options.set("mip_rel_gap", 1e-9);
        model.options.set("mip_abs_gap", 1e-9);
        model.options.set("mip_feasibility_tolerance", 1e-9);
      }
      if (o.timeLimitMs) model.options.set("time_limit", o.timeLimitMs / 1000);
      model.run();
      const code = model.getModelStatus();
      const ms = performance.now() - t0;
      if (code === 7) {
        const sol = model.getSolution();
        const integer = m.columns.some((c) => c.integer);
        return { status: "optimal", objective: model.getObjectiveValue(), values: Float64Array.from(sol.colValue), ...(integer ? {} : { duals: Float64Array.from(sol.rowDual) }), ms };
      }
      if (code === 8) return { status: "infeasible", objective: NaN, values: empty, ms };
      if (code === 9 || code === 10) return { status: "unbounded", objective: -Infinity, values: empty, ms };
      if (code === 13 || code === 14) return { status: "timeout", objective: NaN, values: empty, ms };
      return { status: "error", objective: NaN, values: empty, message: `HiGHS model status ${code}`, ms };
    } catch (e) {
      return { status: "error", objective: NaN, values: empty, message: e instanceof Error ? e.message : String(e), ms: performance.now() - t0 };
    } finally {
      model.dispose();
    }
  },
};
