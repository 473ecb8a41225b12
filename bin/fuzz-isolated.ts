import { Worker } from "node:worker_threads";
import type { FuzzSolve, SolveOutcome } from "../models/fuzz/run.js";
import type { AllocationResult } from "../models/result-types.js";

// The worker is TypeScript: register tsx's loader in the worker, then load it (an `execArgv` `--import` is not honoured there).
const BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return import(${JSON.stringify(new URL("./fuzz-worker.ts", import.meta.url).href)}); });`;

type Reply = { readonly id: number; readonly ms: number; readonly result?: AllocationResult; readonly error?: string };

/**
 * Solves in worker threads, one per solver, each killed when a solve overruns its limit by `hardMs`:
 * javascript-lp-solver checks its time limit only between branch-and-bound nodes, so a pivot loop that
 * cycles would otherwise hang the fuzzer. A killed solve is reported as a hang and its worker replaced.
 */
export function isolatedSolve(hardMs: (limitMs: number) => number = (l) => 2 * l + 5000): FuzzSolve & { close(): Promise<void> } {
  const workers = new Map<string, Worker>();
  let next = 0;
  const spawn = (solver: string) => {
    let w = workers.get(solver);
    if (!w) {
      w = new Worker(BOOT, { eval: true });
      w.unref();
      workers.set(solver, w);
    }
    return w;
  };
  const solve = (scenario: Parameters<FuzzSolve>[0], solver: string, timeLimitMs: number): Promise<SolveOutcome> =>
    new Promise((resolve, reject) => {
      const w = spawn(solver);
      const id = ++next;
      const t0 = performance.now();
      const done = () => {
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
      };
      const onMessage = (m: Reply) => {
        if (m.id !== id) return;
        done();
        if (m.result) resolve({ result: m.result, ms: m.ms });
        else reject(new Error(m.error ?? "worker sent no result"));
      };
      const onError = (e: Error) => {
        done();
        workers.delete(solver);
        reject(e);
      };
      const onExit = (code: number) => onError(new Error(`solver worker exited (code ${code}) before answering`));
      const timer = setTimeout(() => {
        done();
        workers.delete(solver);
        void w.terminate();
        resolve({ hang: true, ms: performance.now() - t0, message: `no answer after ${hardMs(timeLimitMs)} ms: worker killed` });
      }, hardMs(timeLimitMs));
      w.on("message", onMessage);
      w.on("error", onError);
      w.on("exit", onExit);
      w.ref();
      w.postMessage({ id, scenario, solver, timeLimitMs });
    }).finally(() => workers.get(solver)?.unref()) as Promise<SolveOutcome>;
  return Object.assign(solve, {
    async close() {
      await Promise.all([...workers.values()].map((w) => w.terminate()));
      workers.clear();
    },
  });
}
