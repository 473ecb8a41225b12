import { checkResult } from "../check/index.js";
import { solveScenario } from "../solve.js";
import { drawNeeds } from "./evaluate.js";
import { resolveDraws } from "./resolve.js";
import type { Executor, McTask, McTaskResult } from "./task.js";

/** Runs one task (in a worker, or on the caller's thread). Solves are checked by the independent checker here. */
export async function runTask(t: McTask, signal?: AbortSignal): Promise<McTaskResult> {
  if (t.kind === "needs") return { kind: "needs", needs: drawNeeds(t.scenario, t.lines, t.spec, t.from, t.to) };
  if (t.kind === "resolve") return { kind: "resolve", solves: await resolveDraws(t.scenario, t.spec, t.from, t.to, t.solver, signal) };
  const result = await solveScenario(t.scenario, { solver: t.solver, marginal: false, ...(signal ? { signal } : {}) });
  return { kind: "solve", result, violations: checkResult(t.scenario, result) };
}

/** The executor on the caller's thread, one task after another (the reference a pool must equal). */
export const serialExecutor: Executor = async (tasks, onDone, signal) => {
  const out: McTaskResult[] = [];
  for (const t of tasks) {
    if (signal?.aborted) throw new Error("cancelled");
    out.push(await runTask(t, signal));
    onDone(t);
  }
  return out;
};
