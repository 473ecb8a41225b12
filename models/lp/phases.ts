import type { Goal, Objective } from "../scenario/objective.js";
import type { AllocationModel } from "./build.js";
import { goalKey } from "./keys.js";
import type { Column, LinearModel, Row, Solution, SolveOptions, Solver } from "./types.js";

/** The outcome of optimising the goals: final solution and model, each goal's optimum, phases run. */
export type PhasedSolution = {
  readonly status: Solution["status"];
  readonly solution: Solution;
  /** The model of the last phase (with its hold rows), for explanations. */
  readonly model: LinearModel;
  readonly goalValues: Partial<Record<Goal, number>>;
  readonly phases: number;
  readonly ms: number;
  readonly message?: string;
};

function dense(n: number, terms: readonly (readonly [number, number])[], scale = 1, into?: number[]): number[] {
  const out = into ?? new Array<number>(n).fill(0);
  for (const [c, v] of terms) out[c] = (out[c] ?? 0) + v * scale;
  return out;
}

/** One optimisation stage: its name, dense objective, and the goal it optimises (none when weighted). */
export type PhaseStage = { readonly name: string; readonly objective: readonly number[]; readonly goal?: Goal };

/**
 * The stages a solve runs: each non-empty goal in `objective.order` (lexicographic), or one weighted
 * sum; a zero objective when no goal has variables (a feasibility problem).
 */
export function phaseStages(am: AllocationModel, objective: Objective): PhaseStage[] {
  const n = am.model.columns.length;
  const stages: PhaseStage[] =
    objective.mode === "weighted"
      ? [{ name: "weighted", objective: (Object.keys(am.goals) as Goal[]).reduce((acc, g) => dense(n, am.goals[g], objective.weights[g], acc), new Array<number>(n).fill(0)) }]
      : objective.order.filter((g) => am.goals[g].length > 0).map((g) => ({ name: g, goal: g, objective: dense(n, am.goals[g]) }));
  return stages.length > 0 ? stages : [{ name: "feasibility", objective: new Array<number>(n).fill(0) }];
}

/**
 * Slack allowed on a goal held by a row or bound, relative to max(1, |value|), by solver. Later goals can be
 * very sensitive to an earlier one (the expected goal moves by ~10⁴ × any slack on the equity level, because
 * the freed budget is respent), so LPs solved with duals (HiGHS) are held without any slack, on the optimal
 * face (`fixFace`). javascript-lp-solver gives no duals; its values are read unrounded off its tableau
 * (models/solvers/js-lp-solver.ts), so the previous point attains the hold and a round-off guard suffices.
 * HiGHS on a MIP (no duals) is held the same way, its MIP gap and integrality tolerance set to 1e-9
 * (models/solvers/highs.ts): a 1e-9 slack moved the expected goal by 3e-6 relative in a fuzz case.
 */
export const HOLD_SLACK: Readonly<Record<Solver["name"], number>> = { jslp: 1e-11, highs: 1e-11, fast: 0 };

/**
 * Restricts the model to the optimal face of the phase just solved, by complementary slackness with its
 * duals: reduced cost d = c − Aᵀy; a column with d > tol is at its lower bound in every optimum, d < −tol at
 * its upper; a row with dual y > tol is at its lower bound, y < −tol at its upper. The next phase then
 * optimises over exactly the earlier goal's optimal set, with no slack to respend.
 */
function fixFace(m: LinearModel, sol: Solution, columns: Column[], rows: Row[]): void {
  const y = sol.duals!;
  const d = Float64Array.from(m.objective);
  m.rows.forEach((r, i) => r.cols.forEach((c, k) => (d[c]! -= r.coefs[k]! * y[i]!)));
  let scale = 1;
  for (const c of m.objective) scale = Math.max(scale, Math.abs(c));
  const tol = 1e-9 * scale;
  columns.forEach((col, j) => {
    if (d[j]! > tol && Number.isFinite(col.lower)) columns[j] = { ...col, upper: col.lower };
    else if (d[j]! < -tol && Number.isFinite(col.upper)) columns[j] = { ...col, lower: col.upper };
  });
  rows.forEach((r, i) => {
    if (i >= m.rows.length) return;
    if (y[i]! > tol && Number.isFinite(r.lower)) rows[i] = { ...r, upper: r.lower };
    else if (y[i]! < -tol && Number.isFinite(r.upper)) rows[i] = { ...r, lower: r.upper };
  });
}

/**
 * Holds a goal at its optimum in later phases: shortfall bounds fixed at 0 when a binding goal is met; a goal
 * that is one column (the equity level) by that column's upper bound; any other goal by a row.
 */
function hold(am: AllocationModel, g: Goal, value: number, slack: number, columns: Column[], rows: Row[]): void {
  const terms = am.goals[g];
  if (g === "binding" && value <= 1e-9) {
    for (const [c] of terms) columns[c] = { ...columns[c]!, upper: 0 };
    return;
  }
  const limit = value + slack * Math.max(1, Math.abs(value));
  const only = terms.length === 1 ? terms[0]! : null;
  if (only && only[1] > 0) {
    const col = columns[only[0]]!;
    columns[only[0]] = { ...col, upper: Math.min(col.upper, Math.max(col.lower, limit / only[1])) };
    return;
  }
  const cols = terms.map(([c]) => c);
  const coefs = terms.map(([, v]) => v);
  rows.push({ name: goalKey(g), family: "goal", label: { zh: `保持目标：${g}`, en: `hold goal: ${g}` }, lower: -Infinity, upper: limit, cols, coefs });
}

/**
 * Optimises the goals of an allocation model: lexicographically (each goal in `objective.order`, the
 * earlier ones held at their optimum) or as one weighted sum. Goals with no variables are skipped.
 */
export async function solvePhases(am: AllocationModel, objective: Objective, solver: Solver, o: SolveOptions = {}): Promise<PhasedSolution> {
  const base = am.model;
  const t0 = performance.now();
  const deadline = o.timeLimitMs ? t0 + o.timeLimitMs : Infinity;
  const remaining = () => (Number.isFinite(deadline) ? Math.max(1, deadline - performance.now()) : undefined);
  const stages = phaseStages(am, objective);
  const solveOnce = (m: LinearModel) => {
    const limit = remaining();
    return solver.solve(m, { ...o, ...(limit === undefined ? {} : { timeLimitMs: limit }) });
  };

  const columns = [...base.columns];
  const rows = [...base.rows];
  const goalValues: Partial<Record<Goal, number>> = {};
  let model: LinearModel = base;
  let solution: Solution | null = null;
  for (const [k, stage] of stages.entries()) {
    const next: LinearModel = { ...base, columns: [...columns], rows: [...rows], objective: stage.objective, objectiveName: stage.name };
    const answer = await solveOnce(next);
    if (answer.status !== "optimal") {
      if (k > 0 && solution && answer.status === "infeasible") {
        // A goal held at its optimum can look infeasible to a solver within its tolerances. Keep the previous
        // phase's allocation: optimal for every goal so far (the result says a phase was skipped).
        return { status: "optimal", solution, model, goalValues, phases: k, ms: performance.now() - t0, message: `phase ${stage.name} skipped: the solver found the held goals infeasible` };
      }
      return { status: answer.status, solution: answer, model: next, goalValues, phases: k + 1, ms: performance.now() - t0, ...(answer.message ? { message: answer.message } : {}) };
    }
    model = next;
    solution = answer;
    if (stage.goal) {
      const value = am.goals[stage.goal].reduce((a, [c, v]) => a + v * answer.values[c]!, 0);
      goalValues[stage.goal] = value;
      // Hold it for the phases still to come (none after the last).
      if (k < stages.length - 1) {
        if (answer.duals) fixFace(next, answer, columns, rows);
        else hold(am, stage.goal, value, HOLD_SLACK[solver.name], columns, rows);
      }
    }
  }
  return { status: "optimal", solution: solution!, model, goalValues, phases: stages.length, ms: performance.now() - t0 };
}
