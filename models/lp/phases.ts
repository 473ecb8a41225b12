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
 * Slack allowed on a held goal, relative to max(1, |value|). Later goals can be very sensitive to an earlier
 * one (the expected goal moves by ~10⁴ × any slack on the equity level, because the freed budget is respent),
 * so the hold is as tight as the solvers' own precision allows: HiGHS's solution is a basis solve, exact to
 * round-off; javascript-lp-solver is run at a precision of 1e-11 (models/solvers/js-lp-solver.ts).
 */
export const HOLD_SLACK = 1e-10;

/**
 * Holds a goal at its optimum in later phases: shortfall bounds fixed at 0 when a binding goal is met; a goal
 * that is one column (the equity level) by that column's upper bound; any other goal by a row.
 */
function hold(am: AllocationModel, g: Goal, value: number, columns: Column[], rows: Row[]): void {
  const terms = am.goals[g];
  if (g === "binding" && value <= 1e-9) {
    for (const [c] of terms) columns[c] = { ...columns[c]!, upper: 0 };
    return;
  }
  const limit = value + HOLD_SLACK * Math.max(1, Math.abs(value));
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
        // A goal held at its optimum can look infeasible to a solver that rounds its answers (javascript-lp-solver
        // reports values to about 1e-8). Keep the previous phase's allocation: optimal for every goal so far.
        return { status: "optimal", solution, model, goalValues, phases: k, ms: performance.now() - t0, message: `phase ${stage.name} skipped: the solver found the held goals infeasible` };
      }
      return { status: answer.status, solution: answer, model: next, goalValues, phases: k + 1, ms: performance.now() - t0, ...(answer.message ? { message: answer.message } : {}) };
    }
    model = next;
    solution = answer;
    if (stage.goal) {
      const value = am.goals[stage.goal].reduce((a, [c, v]) => a + v * answer.values[c]!, 0);
      goalValues[stage.goal] = value;
      hold(am, stage.goal, value, columns, rows);
    }
  }
  return { status: "optimal", solution: solution!, model, goalValues, phases: stages.length, ms: performance.now() - t0 };
}
