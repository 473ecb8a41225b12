import type { Scenario, SolverChoice } from "../../models/index.js";
import type { CheckedResult, SolvePhase, SolveRequest, WorkerMessage } from "./protocol.js";

/** The part of `Worker` the client uses (a fake in Node tests). */
export type WorkerLike = {
  postMessage(m: SolveRequest): void;
  terminate(): void;
  addEventListener(type: "message", fn: (e: MessageEvent<WorkerMessage>) => void): void;
  addEventListener(type: "error", fn: (e: Event) => void): void;
};

/**
 * How a solve ended for its caller. `superseded`: a newer request or the caller's signal replaced it;
 * `timeout`: the worker was still busy past the time limit (plus `slackMs`) and was terminated.
 */
export type SolveOutcome =
  | { readonly kind: "done" }
  | { readonly kind: "timeout" }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "superseded" };

/** What the caller hears while a request runs. */
export type SolveCallbacks = {
  readonly onProgress: (phase: SolvePhase) => void;
  readonly onResult: (checked: CheckedResult) => void;
};

/** Options of the client. */
export type SolveClientOptions = {
  /** A request must be picked up this soon after a newer one replaced a running solve, else the worker restarts. */
  readonly graceMs: number;
  /** Time limit of a request when the caller gives none. */
  readonly timeLimitMs: number;
  /**
   * How long past its time limit a request may run before the worker is terminated. The worker's
   * solvers stop at the limit themselves; this catches those that do not (javascript-lp-solver does not
   * look at the clock inside a cycling pivot loop) and time lost loading HiGHS.
   */
  readonly slackMs: number;
  readonly now: () => number;
};

type Active = {
  id: number; req: SolveRequest; cb: SolveCallbacks; resolve: (o: SolveOutcome) => void; pickedUp: boolean; postedAt: number;
  watchdog?: ReturnType<typeof setTimeout>; deadline?: ReturnType<typeof setTimeout>;
};

const DEFAULTS: SolveClientOptions = { graceMs: 250, timeLimitMs: 60_000, slackMs: 2000, now: () => performance.now() };

/**
 * One solve worker, latest request wins (highs-js demos, @lit/task): a new request supersedes the
 * running one; when the worker is stuck in a long superseded solve it is terminated and restarted.
 */
export class SolveClient {
  readonly #factory: () => WorkerLike;
  readonly #o: SolveClientOptions;
  #worker: WorkerLike | null = null;
  #nextId = 1;
  #active: Active | null = null;
  /** When the worker was given the work nobody waits for any more (null: not busy with stale work). */
  #staleSince: number | null = null;

  constructor(factory: () => WorkerLike, options: Partial<SolveClientOptions> = {}) {
    this.#factory = factory;
    this.#o = { ...DEFAULTS, ...options };
  }

  /** Starts the worker ahead of the first request (module loading overlaps with the app's start). */
  warm(): void {
    this.#ensure();
  }

  /**
   * Solves a scenario for a store revision; resolves when the final checked result arrives or the request
   * ends otherwise. The worker gets `timeLimitMs`; past it (plus `slackMs`) the worker is terminated and
   * the caller hears `timeout`.
   */
  solve(revision: number, scenario: Scenario, solver: SolverChoice, cb: SolveCallbacks, signal?: AbortSignal, timeLimitMs = this.#o.timeLimitMs): Promise<SolveOutcome> {
    this.#supersede();
    if (this.#staleSince !== null && this.#o.now() - this.#staleSince > this.#o.graceMs) this.#restart();
    const id = this.#nextId++;
    const req: SolveRequest = { type: "solve", id, revision, scenario, solver, timeLimitMs };
    return new Promise<SolveOutcome>((resolve) => {
      const active: Active = { id, req, cb, resolve, pickedUp: false, postedAt: this.#o.now() };
      this.#active = active;
      signal?.addEventListener("abort", () => this.#active === active && this.#supersede(), { once: true });
      if (this.#staleSince !== null) active.watchdog = setTimeout(() => this.#pickupOverdue(active), this.#o.graceMs);
      active.deadline = setTimeout(() => this.#overtime(active), timeLimitMs + this.#o.slackMs);
      this.#ensure().postMessage(req);
    });
  }

  /** Stops the running solve at once (terminates the worker); its caller hears `cancelled`. */
  cancel(): void {
    const a = this.#active;
    if (!a) return;
    this.#finish(a, { kind: "cancelled" });
    this.#restart();
  }

  /** Terminates the worker for good. */
  dispose(): void {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #supersede(): void {
    const a = this.#active;
    if (!a) return;
    this.#finish(a, { kind: "superseded" });
    this.#staleSince ??= a.postedAt;
  }

  /** The request ran past its limit: the worker may be stuck in a loop that never looks at the clock. */
  #overtime(a: Active): void {
    if (this.#active !== a) return;
    this.#finish(a, { kind: "timeout" });
    this.#restart();
  }

  #finish(a: Active, outcome: SolveOutcome): void {
    if (a.watchdog) clearTimeout(a.watchdog);
    if (a.deadline) clearTimeout(a.deadline);
    if (this.#active === a) this.#active = null;
    a.resolve(outcome);
  }

  #pickupOverdue(a: Active): void {
    if (this.#active !== a || a.pickedUp) return;
    this.#restart();
    this.#ensure().postMessage(a.req);
  }

  #restart(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#staleSince = null;
  }

  #ensure(): WorkerLike {
    if (this.#worker) return this.#worker;
    const w = this.#factory();
    w.addEventListener("message", (e) => this.#worker === w && this.#onMessage(e.data));
    w.addEventListener("error", (e) => {
      if (this.#worker !== w) return;
      const a = this.#active;
      this.#restart();
      if (a) this.#finish(a, { kind: "failed", message: (e as ErrorEvent).message || "the solve worker stopped" });
    });
    this.#worker = w;
    return w;
  }

  #onMessage(m: WorkerMessage): void {
    const a = this.#active;
    if (!a || m.id !== a.id) return;
    if (!a.pickedUp) {
      a.pickedUp = true;
      this.#staleSince = null;
      if (a.watchdog) clearTimeout(a.watchdog);
    }
    if (m.type === "progress") a.cb.onProgress(m.phase);
    else if (m.type === "failed") this.#finish(a, { kind: "failed", message: m.message });
    else {
      a.cb.onResult(m.checked);
      if (m.checked.final) this.#finish(a, { kind: "done" });
    }
  }
}
