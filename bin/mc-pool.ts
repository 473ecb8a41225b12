import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createPool, type Pool, type PoolPort, type PoolReply } from "../models/montecarlo/pool.js";

/** A worker_threads worker as a pool port. */
function spawnThread(): PoolPort {
  const w = new Worker(new URL("./mc-worker.mjs", import.meta.url));
  return {
    post: (m) => w.postMessage(m),
    onReply: (fn) => w.on("message", (m: PoolReply) => fn(m)),
    onError: (fn) => w.on("error", (e) => fn(e.message)),
    terminate: () => void w.terminate(),
  };
}

/** The Node pool: `size` worker threads (default: os.availableParallelism()); dispose it when done. */
export function threadPool(size = availableParallelism()): Pool {
  return createPool(spawnThread, size);
}
