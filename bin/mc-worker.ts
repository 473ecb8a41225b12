import { parentPort } from "node:worker_threads";
import type { PoolReply, PoolRequest } from "../models/montecarlo/pool.js";
import { runTask } from "../models/montecarlo/runner.js";

/** Runs each Monte Carlo task it is sent and answers with its id (models/montecarlo/pool.ts). */
parentPort!.on("message", (m: PoolRequest) => {
  runTask(m.task).then(
    (result) => parentPort!.postMessage({ id: m.id, ok: true, result } satisfies PoolReply),
    (e: unknown) => parentPort!.postMessage({ id: m.id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies PoolReply),
  );
});
