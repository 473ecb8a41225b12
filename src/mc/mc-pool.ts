import { createPool, type Pool, type PoolPort, type PoolReply } from "../../models/montecarlo/pool.js";

/** Most Web Workers a Monte Carlo run starts. */
export const MAX_WORKERS = 4;

/** How many workers to start: navigator.hardwareConcurrency, at most {@link MAX_WORKERS}. */
export function workerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, globalThis.navigator?.hardwareConcurrency || 2));
}

/** A module Web Worker running Monte Carlo tasks, as a pool port. */
function spawnWorker(): PoolPort {
  const w = new Worker(new URL("./mc.worker.ts", import.meta.url), { type: "module" });
  return {
    post: (m) => w.postMessage(m),
    onReply: (fn) => w.addEventListener("message", (e: MessageEvent<PoolReply>) => fn(e.data)),
    onError: (fn) => w.addEventListener("error", (e) => fn(e.message || "a Monte Carlo worker stopped")),
    terminate: () => w.terminate(),
  };
}

/** A pool of Web Workers for one run; dispose it at the end (cancel terminates the workers at once). */
export function browserPool(size = workerCount()): Pool {
  return createPool(spawnWorker, size);
}
