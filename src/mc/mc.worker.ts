/// <reference lib="webworker" />
import wasmUrl from "highs/runtime?url";
import { setHighsWasmLocator } from "../../models/solvers/highs.js";
import type { PoolReply, PoolRequest } from "../../models/montecarlo/pool.js";
import { runTask } from "../../models/montecarlo/runner.js";

declare const self: DedicatedWorkerGlobalScope;

// HiGHS is fetched only if a draw's model needs it (models/solvers/highs.ts loads it on first use).
setHighsWasmLocator(() => wasmUrl);

/** One Monte Carlo task per message, answered with its id (models/montecarlo/pool.ts). Cancel = terminate. */
self.addEventListener("message", (e: MessageEvent<PoolRequest>) => {
  const m = e.data;
  runTask(m.task).then(
    (result) => self.postMessage({ id: m.id, ok: true, result } satisfies PoolReply),
    (err: unknown) => self.postMessage({ id: m.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies PoolReply),
  );
});
