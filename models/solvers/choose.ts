import type { AllocationModel } from "../lp/build.js";
import type { Solver } from "../lp/types.js";
import { highsSolver } from "./highs.js";
import { jsLpSolver } from "./js-lp-solver.js";

/** Which solver the user asked for. */
export type SolverChoice = "auto" | "jslp" | "highs" | "fast";

/**
 * Largest model javascript-lp-solver is given automatically: its dense tableau grows as rows × columns
 * (about 550 MB at 400 towns), and its branch-and-bound is slow on many integers.
 */
export const JSLP_AUTO_LIMIT = { cells: 400_000, integerColumns: 60 } as const;
/** Largest model javascript-lp-solver is given at all (beyond it memory runs out): refuse and suggest HiGHS. */
export const JSLP_HARD_LIMIT = { cells: 40_000_000 } as const;

/** The solver to use and why, or a refusal naming the alternative. */
export type SolverPick = { readonly ok: true; readonly solver: Solver; readonly reason: string } | { readonly ok: false; readonly zh: string; readonly en: string };

/** Chooses an LP solver by model size and integrality (`auto`), or checks that the requested one can cope. */
export function chooseSolver(am: AllocationModel, choice: SolverChoice = "auto"): SolverPick {
  const m = am.model;
  const cells = m.rows.length * m.columns.length;
  const ints = m.columns.filter((c) => c.integer).length;
  const size = `${m.rows.length} rows × ${m.columns.length} columns, ${ints} integer`;
  if (choice === "highs") return { ok: true, solver: highsSolver, reason: `requested (${size})` };
  // The fast path (models/solvers/fast.ts) is not an LP solver: where an LP solver is needed (LP export, diagnosis) use HiGHS.
  if (choice === "fast") return { ok: true, solver: highsSolver, reason: `fast path requested; LP solver for this model: HiGHS (${size})` };
  if (choice === "jslp") {
    if (cells > JSLP_HARD_LIMIT.cells) {
      return { ok: false, zh: `模型过大（${size}），javascript-lp-solver 会耗尽内存；请改用 HiGHS（--solver highs）`, en: `model too large for javascript-lp-solver (${size}); use HiGHS (--solver highs)` };
    }
    return { ok: true, solver: jsLpSolver, reason: `requested (${size})` };
  }
  if (cells <= JSLP_AUTO_LIMIT.cells && ints <= JSLP_AUTO_LIMIT.integerColumns) return { ok: true, solver: jsLpSolver, reason: `auto: small model (${size})` };
  return { ok: true, solver: highsSolver, reason: `auto: ${cells > JSLP_AUTO_LIMIT.cells ? "large model" : "many integer variables"} (${size})` };
}
