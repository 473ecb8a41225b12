import type { Executor, McTask, McTaskResult } from "./task.js";

/** A request to a pool worker. */
export type PoolRequest = { readonly id: number; readonly task: McTask };
/** A pool worker's answer. */
export type PoolReply = { readonly id: number; readonly ok: true; readonly result: McTaskResult } | { readonly id: number; readonly ok: false; readonly message: string };

/** The part of a worker the pool uses: Web Worker and worker_threads adapters supply it. */
export type PoolPort = {
  post(m: PoolRequest): void;
  onReply(fn: (m: PoolReply) => void): void;
  onError(fn: (message: string) => void): void;
  terminate(): void;
};

/** Workers kept between the runs of one Monte Carlo run; `dispose` terminates them. */
export type Pool = { readonly exec: Executor; readonly size: number; dispose(): void };

type Call = { reply(p: PoolPort, m: PoolReply): void; error(message: string): void };

/**
 * A pool of `size` workers made by `spawn` (started when first needed): each worker takes the next task
 * when it finishes one; results come back in task order, so the numbers equal the serial executor's.
 * An abort or a failure terminates every worker at once (a later call starts new ones) and rejects;
 * an abort rejects with "cancelled".
 */
export function createPool(spawn: () => PoolPort, size: number): Pool {
  let ports: PoolPort[] = [];
  let call: Call | null = null;
  const dispose = () => {
    for (const p of ports) p.terminate();
    ports = [];
    call = null;
  };
  const ensure = (n: number) => {
    while (ports.length < n) {
      const p = spawn();
      p.onReply((m) => call?.reply(p, m));
      p.onError((message) => call?.error(message));
      ports.push(p);
    }
  };
  const exec: Executor = (tasks, onDone, signal) =>
    new Promise<McTaskResult[]>((resolve, reject) => {
      const results: McTaskResult[] = new Array(tasks.length);
      let next = 0;
      let finished = 0;
      let over = false;
      const end = (e?: Error) => {
        if (over) return;
        over = true;
        signal?.removeEventListener("abort", onAbort);
        if (e) {
          dispose();
          reject(e);
        } else {
          call = null;
          resolve(results);
        }
      };
      const onAbort = () => end(new Error("cancelled"));
      if (signal?.aborted) return end(new Error("cancelled"));
      if (tasks.length === 0) return end();
      signal?.addEventListener("abort", onAbort, { once: true });
      const feed = (p: PoolPort) => {
        if (over || next >= tasks.length) return;
        const id = next++;
        p.post({ id, task: tasks[id]! });
      };
      call = {
        reply: (p, m) => {
          if (over) return;
          if (!m.ok) return end(new Error(m.message));
          results[m.id] = m.result;
          onDone(tasks[m.id] as McTask);
          if (++finished === tasks.length) return end();
          feed(p);
        },
        error: (message) => end(new Error(message)),
      };
      const n = Math.max(1, Math.min(size, tasks.length));
      ensure(n);
      for (const p of ports.slice(0, n)) feed(p);
    });
  return { exec, size, dispose };
}
