import { checkResult, type Violation } from "../check/index.js";
import { buildModel } from "../lp/build.js";
import { phaseStages } from "../lp/phases.js";
import type { AllocationResult, ResultStatus } from "../result-types.js";
import type { Goal } from "../scenario/objective.js";
import type { Scenario } from "../scenario/scenario.js";
import { solveScenario } from "../solve.js";
import type { SolverChoice } from "../solvers/choose.js";
import { agreeWithin, relativeGap, type Finding } from "./findings.js";

/** How one solve ended: a result, or a hang (the solve had to be killed). */
export type SolveOutcome = { readonly result: AllocationResult; readonly ms: number } | { readonly hang: true; readonly ms: number; readonly message: string };

/** Solves a scenario with the named solver within a time limit (the default: `solveScenario` in this thread). */
export type FuzzSolve = (s: Scenario, solver: string, timeLimitMs: number) => Promise<SolveOutcome>;

/** Options of one fuzz case. */
export type RunOptions = {
  /** Solvers to run and compare (`"jslp"`, `"highs"`, …). */
  readonly solvers: readonly string[];
  /** Time limit of each solve (ms). */
  readonly timeLimitMs: number;
  /** Extra wall time a solve may take before an over-long non-`timeout` answer is flagged (default 1 s + 20 %). */
  readonly graceMs?: number;
  readonly solve?: FuzzSolve;
};

/** One solver's run on a case. */
export type SolveRecord = {
  readonly solver: string;
  /** `refused`: the solver does not apply to this model (the fast path to a non-separable one) and said so. */
  readonly status: ResultStatus | "hang" | "refused";
  readonly ms: number;
  readonly result?: AllocationResult;
  readonly violations: readonly Violation[];
};

/** The runs on one scenario and what is wrong with them (empty `findings` = the case passes). */
export type CaseReport = { readonly records: readonly SolveRecord[]; readonly findings: readonly Finding[] };

const GOALS: readonly Goal[] = ["binding", "equity", "expected", "cost"];
const PLAN: ReadonlySet<string> = new Set(["optimal", "unmet"]);
const DECIDED: ReadonlySet<string> = new Set(["optimal", "unmet", "infeasible"]);

/** Solves in this thread, timing the call; a solver stuck in a loop blocks it (see `isolated.ts`). */
export const solveInThread: FuzzSolve = async (s, solver, timeLimitMs) => {
  const t0 = performance.now();
  const result = await solveScenario(s, { solver: solver as SolverChoice, marginal: false, timeLimitMs });
  return { result, ms: performance.now() - t0 };
};

/** Σ weights × goals with cost scaled by the capital budget: the weighted objective (docs/model.md "Objective"). */
export function weightedValue(s: Scenario, objective: Readonly<Record<Goal, number>>): number {
  const c = s.budgets.capital;
  const budget = c.total ?? Object.values(c.byYear ?? {}).reduce((a, b) => a + b, 0);
  const w = s.objective.weights;
  return w.binding * objective.binding + w.equity * objective.equity + w.expected * objective.expected + (w.cost * objective.cost) / (budget > 0 ? budget : 1);
}

/** The goals whose optimum is determined after `phases` phases: the weighted sum, or the lexicographic prefix. */
function determined(s: Scenario, stages: readonly (Goal | undefined)[], phases: number): { name: string; value: (r: AllocationResult) => number }[] {
  if (s.objective.mode === "weighted") return [{ name: "weighted", value: (r) => weightedValue(s, r.objective) }];
  // A goal of the order with no variables is constant; it is determined as soon as every phase before it ran.
  const ordered = [...new Set(s.objective.order)];
  const done = new Set(stages.slice(0, phases));
  const out: { name: string; value: (r: AllocationResult) => number }[] = [];
  for (const g of ordered) {
    if (stages.includes(g) && !done.has(g)) break;
    out.push({ name: g, value: (r) => r.objective[g] });
  }
  return out;
}

/** Goal phases a solve completed; the fast path solves every goal at once. */
function phasesOf(r: SolveRecord, stageCount: number): number {
  return r.result!.solver.name === "fast" ? stageCount : r.result!.solver.phases;
}

function compareGoals(s: Scenario, plans: readonly SolveRecord[], stages: readonly (Goal | undefined)[], findings: Finding[]): void {
  for (const [i, a] of plans.entries()) for (const b of plans.slice(i + 1)) {
    const phases = Math.min(phasesOf(a, stages.length), phasesOf(b, stages.length));
    for (const goal of determined(s, stages, phases)) {
      const [va, vb] = [goal.value(a.result!), goal.value(b.result!)];
      if (!agreeWithin(va, vb)) {
        findings.push({ kind: "goal", solvers: [a.solver, b.solver], message: `${goal.name}: ${a.solver} ${va} vs ${b.solver} ${vb} (relative gap ${relativeGap(va, vb).toExponential(2)})`, values: [va, vb] });
      }
    }
  }
}

function perSolve(r: SolveRecord, o: RunOptions, stageCount: number, findings: Finding[]): void {
  const grace = o.graceMs ?? 1000 + 0.2 * o.timeLimitMs;
  if (r.status === "hang") findings.push({ kind: "hang", solvers: [r.solver], message: `killed after ${Math.round(r.ms)} ms (limit ${o.timeLimitMs} ms)` });
  else if (r.ms > o.timeLimitMs + grace && r.status !== "timeout") findings.push({ kind: "overtime", solvers: [r.solver], message: `took ${Math.round(r.ms)} ms (limit ${o.timeLimitMs} ms) and reported ${r.status}`, values: [r.ms] });
  else if (r.ms >= o.timeLimitMs && r.result && PLAN.has(r.status)) findings.push({ kind: "unproven", solvers: [r.solver], message: `used its whole time limit (${Math.round(r.ms)} ms ≥ ${o.timeLimitMs} ms) yet reported ${r.status}: the plan is an incumbent the solver did not prove optimal`, values: [r.ms] });
  if (r.status === "error") findings.push({ kind: "error", solvers: [r.solver], message: `${r.result?.message?.en ?? "error"} (${r.result?.solver.reason ?? ""})` });
  if (r.violations.length > 0) findings.push({ kind: "check", solvers: [r.solver], message: r.violations.slice(0, 5).map((v) => `[${v.kind}] ${v.ref}: ${v.en}`).join("; ") + (r.violations.length > 5 ? ` … ${r.violations.length - 5} more` : "") });
  if (r.result && PLAN.has(r.status) && phasesOf(r, stageCount) < stageCount) {
    findings.push({ kind: "incomplete", solvers: [r.solver], message: `ran ${r.result.solver.phases} of ${stageCount} goal phases: ${r.result.explanation.remarks[0]?.en ?? ""}` });
  }
}

/**
 * Solves one scenario with every solver and checks the results against each other and the independent
 * checker: every plan passes `checkResult`; every decided outcome (optimal, unmet, infeasible) is the same
 * for every solver that decided (and `unmet`/`infeasible` is confirmed by a second one); the determined
 * goal values agree to 1e-6 relative; no solve overruns its limit without saying `timeout`.
 */
export async function runCase(s: Scenario, o: RunOptions): Promise<CaseReport> {
  const solve = o.solve ?? solveInThread;
  const records: SolveRecord[] = [];
  for (const solver of o.solvers) {
    let outcome: SolveOutcome;
    try {
      outcome = await solve(s, solver, o.timeLimitMs);
    } catch (e) {
      records.push({ solver, status: "error", ms: 0, violations: [] });
      return { records, findings: [{ kind: "error", solvers: [solver], message: `threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` }] };
    }
    if ("hang" in outcome) records.push({ solver, status: "hang", ms: outcome.ms, violations: [] });
    else {
      // A solver that declines (the fast path on a non-separable model), or javascript-lp-solver refusing its own
      // answer because the point breaks a row (its self-check, models/solvers/js-lp-solver.ts): not a result.
      const refused = outcome.result.status === "error" && (outcome.result.solver.reason === "refused" || /defect of the library/.test(outcome.result.message?.en ?? ""));
      records.push({ solver, status: refused ? "refused" : outcome.result.status, ms: outcome.ms, result: outcome.result, violations: checkResult(s, outcome.result) });
    }
  }
  const stages = phaseStages(buildModel(s), s.objective).map((st) => st.goal);
  const findings: Finding[] = [];
  for (const r of records) perSolve(r, o, s.objective.mode === "weighted" ? 1 : stages.length, findings);
  const decided = records.filter((r) => DECIDED.has(r.status));
  const statuses = new Set(decided.map((r) => r.status));
  if (statuses.size > 1) findings.push({ kind: "status", solvers: decided.map((r) => r.solver), message: `outcomes differ: ${decided.map((r) => `${r.solver} ${r.status}`).join(", ")}` });
  else if (decided.length === 1 && decided[0]!.status !== "optimal" && records.some((r) => r !== decided[0] && r.status !== "refused")) {
    // A solver that applies but did not decide (hang, timeout, error) leaves the outcome unconfirmed.
    findings.push({ kind: "status", solvers: [decided[0]!.solver], message: `${decided[0]!.status} is not confirmed: no other solver decided (${records.map((r) => `${r.solver} ${r.status}`).join(", ")})` });
  }
  if (statuses.size === 1) compareGoals(s, decided.filter((r) => PLAN.has(r.status)), stages, findings);
  return { records, findings };
}
