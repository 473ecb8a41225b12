import type { Violation } from "../check/index.js";
import type { AllocationResult } from "../result-types.js";
import type { Scenario } from "../scenario/scenario.js";
import type { SolverChoice } from "../solvers/choose.js";
import { freshSeed } from "./draws.js";
import { evaluateNeeds, type Evaluation } from "./evaluate.js";
import { summariseResolve, type DrawSolve, type ResolveSummary } from "./resolve-summary.js";
import { quantileScenario } from "./robust.js";
import { checkVariants } from "./variants.js";
import type { McOptions, McSpec } from "./spec.js";
import { chunks, type Executor, type McTask } from "./task.js";

/** The robust allocation: solved with α-quantile populations, checked, and tested on fresh draws. */
export type RobustReport = {
  readonly alpha: number;
  /** The scenario with each zone's population at its α-quantile (the robust allocation answers it). */
  readonly scenario: Scenario;
  readonly result: AllocationResult;
  /** The checker's verdict on `result` against `scenario` (empty: sound). */
  readonly violations: readonly Violation[];
  /** Seed of the fresh draws (independent of the draws the quantiles came from). */
  readonly freshSeed: number;
  /** The robust allocation against the fresh draws. */
  readonly fresh: Evaluation;
};

/** Everything a run reports. */
export type McReport = {
  readonly options: McOptions;
  /** The allocation evaluated (the proposal). */
  readonly base: AllocationResult;
  readonly evaluation: Evaluation;
  readonly resolve?: ResolveSummary;
  readonly robust?: RobustReport;
  readonly ms: number;
};

/** A run's outcome: the report, or why there is none (bilingual). */
export type McOutcome = { readonly ok: true; readonly report: McReport } | { readonly ok: false; readonly zh: string; readonly en: string };

/** Where a run is: `done` of `total` draw evaluations or solves. */
export type McProgress = { readonly stage: "evaluate" | "resolve" | "robust"; readonly done: number; readonly total: number };

/** Options of {@link runMonteCarlo}. */
export type RunHooks = {
  readonly exec: Executor;
  /** A checked allocation to evaluate (the app's current result); solved here when absent. */
  readonly base?: AllocationResult;
  readonly solver?: SolverChoice;
  readonly onProgress?: (p: McProgress) => void;
  readonly signal?: AbortSignal;
  /** Draws per evaluation task and per re-solve task. */
  readonly chunk?: { readonly needs: number; readonly resolve: number };
};

const hasPlan = (r: AllocationResult) => r.status === "optimal" || r.status === "unmet";

/** One solve, run by the executor (a worker) and checked there by the independent checker. */
async function solveChecked(exec: Executor, s: Scenario, solver: SolverChoice, signal?: AbortSignal): Promise<{ result: AllocationResult; violations: readonly Violation[] }> {
  const [r] = await exec([{ kind: "solve", scenario: s, solver, from: 0, to: 0 }], () => {}, signal);
  if (r?.kind !== "solve") throw new Error("a solve task gave no result");
  return r;
}

/**
 * A Monte Carlo run (docs/uncertainty.md): evaluates the allocation against `draws` population draws;
 * in `resolve` mode also re-solves every draw; with `robust` also solves the α-quantile scenario and
 * evaluates that allocation on fresh draws. Work is split into tasks run by `exec` (serial or a pool);
 * the numbers do not depend on how.
 */
export async function runMonteCarlo(s: Scenario, o: McOptions, h: RunHooks): Promise<McOutcome> {
  const t0 = performance.now();
  const solver = h.solver ?? "auto";
  const size = h.chunk ?? { needs: 100, resolve: 10 };
  const total = o.draws * (1 + (o.mode === "resolve" ? 1 : 0) + (o.robust !== undefined ? 1 : 0));
  let done = 0;
  const tick = (stage: McProgress["stage"]) => (t: McTask) => {
    done += t.to - t.from;
    h.onProgress?.({ stage, done, total });
  };
  const variantIssues = checkVariants(s);
  if (variantIssues.length > 0) return { ok: false, zh: variantIssues.map((i) => i.zh).join("；"), en: variantIssues.map((i) => i.en).join("; ") };
  let base = h.base;
  if (!base) {
    const b = await solveChecked(h.exec, s, solver, h.signal);
    if (b.violations.length > 0) return { ok: false, zh: `方案未通过独立校验（${b.violations.length} 处）`, en: `The allocation failed the independent check (${b.violations.length} violations)` };
    base = b.result;
  }
  if (!hasPlan(base)) return { ok: false, zh: `没有可评估的方案（${base.status}）`, en: `No allocation to evaluate (${base.status})` };
  const spec: McSpec = { draws: o.draws, seed: o.seed, spread: o.spread, correlation: o.correlation };
  const needsOf = async (lines: AllocationResult["coverage"], sp: McSpec, stage: McProgress["stage"]) => {
    const tasks = chunks(0, sp.draws, size.needs).map(([from, to]): McTask => ({ kind: "needs", scenario: s, lines, spec: sp, from, to }));
    const parts = await h.exec(tasks, tick(stage), h.signal);
    const all = new Float64Array(sp.draws * lines.length);
    let at = 0;
    for (const p of parts) if (p.kind === "needs") (all.set(p.needs, at), (at += p.needs.length));
    return evaluateNeeds(lines, all);
  };
  const evaluation = await needsOf(base.coverage, spec, "evaluate");
  let resolve: ResolveSummary | undefined;
  if (o.mode === "resolve") {
    const tasks = chunks(0, o.draws, size.resolve).map(([from, to]): McTask => ({ kind: "resolve", scenario: s, spec, from, to, solver }));
    const parts = await h.exec(tasks, tick("resolve"), h.signal);
    resolve = summariseResolve(s, parts.flatMap((p): DrawSolve[] => (p.kind === "resolve" ? [...p.solves] : [])));
  }
  let robust: RobustReport | undefined;
  if (o.robust !== undefined) {
    const qs = quantileScenario(s, spec, o.robust);
    const r = await solveChecked(h.exec, qs, solver, h.signal);
    const seed = freshSeed(o.seed);
    const fresh = hasPlan(r.result) ? await needsOf(r.result.coverage, { ...spec, seed }, "robust") : evaluateNeeds([], new Float64Array());
    robust = { alpha: o.robust, scenario: qs, result: r.result, violations: r.violations, freshSeed: seed, fresh };
  }
  return { ok: true, report: { options: o, base, evaluation, ...(resolve ? { resolve } : {}), ...(robust ? { robust } : {}), ms: performance.now() - t0 } };
}
