import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Store } from "../state/store.js";
import type { SolveClient } from "./solve-client.js";

/**
 * Keeps the store's result in step with its scenario: on every new revision it starts a solve in the
 * worker (aborting the previous one's signal) and writes progress and checked results back, tagged with
 * the revision they answer — the store drops stale ones (@lit/task semantics). Every solve carries the
 * store's time limit; the client enforces it by terminating the worker if need be.
 */
export class SolveController implements ReactiveController {
  #requested = 0;
  #abort: AbortController | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly store: Store,
    private readonly client: SolveClient,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.client.warm();
    this.#unsubscribe = this.store.subscribe(() => this.#sync());
    this.#sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#abort?.abort();
    this.client.dispose();
  }

  /** Stops the running solve (the Cancel button). */
  cancel(): void {
    this.client.cancel();
  }

  #sync(): void {
    const s = this.store.state;
    if (s.revision === this.#requested) return;
    const revision = (this.#requested = s.revision);
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.store.solveStarted(revision);
    void this.client
      .solve(revision, s.scenario, s.solver, {
        onProgress: (phase) => this.store.solveProgress(revision, phase),
        onResult: (checked) => this.store.solveResult(checked),
      }, abort.signal, s.timeLimitMs)
      .then((outcome) => {
        if (outcome.kind === "failed") this.store.solveFailed(revision, outcome.message);
        else if (outcome.kind === "cancelled") this.store.solveCancelled(revision);
        else if (outcome.kind === "timeout") this.store.solveTimedOut(revision);
      });
  }
}
