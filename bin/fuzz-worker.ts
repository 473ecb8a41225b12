import { parentPort } from "node:worker_threads";
import type { Scenario } from "../models/scenario/scenario.js";
import { solveScenario } from "../models/solve.js";
import type { SolverChoice } from "../models/solvers/choose.js";

/** A solve request from `bin/fuzz-isolated.ts`, and the answer sent back. */
export type WorkerRequest = { readonly id: number; readonly scenario: Scenario; readonly solver: string; readonly timeLimitMs: number };

parentPort?.on("message", async (req: WorkerRequest) => {
  const t0 = performance.now();
  try {
    const result = await solveScenario(req.scenario, { solver: req.solver as SolverChoice, marginal: false, timeLimitMs: req.timeLimitMs });
    parentPort!.postMessage({ id: req.id, result, ms: performance.now() - t0 });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e), ms: performance.now() - t0 });
  }
});
