/// <reference lib="webworker" />
import wasmUrl from "highs/runtime?url";
import { setHighsWasmLocator, solveScenario } from "../../models/index.js";
import { checkResult } from "../../models/check/index.js";
import type { CheckedResult, ClientMessage, SolvePhase, SolveRequest, WorkerMessage } from "./protocol.js";

declare const self: DedicatedWorkerGlobalScope;

// HiGHS is fetched (dynamic import inside models/solvers/highs.ts) only when a model needs it.
setHighsWasmLocator(() => wasmUrl);

/** The newest request not yet started; older queued ones are dropped unanswered (the client ignores them). */
let next: SolveRequest | null = null;
let current: { id: number; abort: AbortController } | null = null;
let running = false;

const post = (m: WorkerMessage) => self.postMessage(m);
const progress = (r: SolveRequest, phase: SolvePhase) => post({ type: "progress", id: r.id, revision: r.revision, phase });
/** Gives queued messages a chance to arrive (a macrotask), so a superseded request is skipped. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One request within its time limit: the allocation (checked and posted at once), then the marginal
 * value of the budget with the time that is left. When that runs out the client stops the worker and the
 * allocation already posted stays, with the marginal value unknown.
 */
async function run(r: SolveRequest, signal: AbortSignal): Promise<void> {
  const t0 = performance.now();
  progress(r, "solving");
  const options = { solver: r.solver, signal };
  const first = await solveScenario(r.scenario, { ...options, timeLimitMs: r.timeLimitMs, marginal: false });
  if (signal.aborted) return;
  progress(r, "checking");
  await yieldToMessages();
  if (signal.aborted) return;
  const checked: CheckedResult = { revision: r.revision, result: first, violations: checkResult(r.scenario, first), final: false };
  const needsMarginal = checked.violations.length === 0 && (first.status === "optimal" || first.status === "unmet");
  post({ type: "result", id: r.id, checked: needsMarginal ? checked : { ...checked, final: true } });
  if (!needsMarginal) return;
  progress(r, "explaining");
  await yieldToMessages();
  if (signal.aborted) return;
  const full = await solveScenario(r.scenario, { ...options, timeLimitMs: Math.max(1, r.timeLimitMs - (performance.now() - t0)), marginal: true });
  if (signal.aborted) return;
  // Out of time for the marginal value: the allocation already posted stays; say that time ran out.
  if (full.status === "timeout") return post({ type: "result", id: r.id, checked: { revision: r.revision, result: full, violations: [], final: true } });
  post({ type: "result", id: r.id, checked: { revision: r.revision, result: full, violations: checkResult(r.scenario, full), final: true } });
}

async function drain(): Promise<void> {
  running = true;
  while (next) {
    await yieldToMessages();
    const r = next;
    if (!r) break;
    next = null;
    const abort = new AbortController();
    current = { id: r.id, abort };
    try {
      await run(r, abort.signal);
    } catch (e) {
      post({ type: "failed", id: r.id, revision: r.revision, message: e instanceof Error ? e.message : String(e) });
    }
    current = null;
  }
  running = false;
}

self.addEventListener("message", (e: MessageEvent<ClientMessage>) => {
  const m = e.data;
  if (m.type !== "solve") return;
  current?.abort.abort();
  next = m;
  if (!running) void drain();
});
