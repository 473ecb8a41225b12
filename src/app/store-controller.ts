import { ContextConsumer } from "@lit/context";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { storeContext } from "../state/context.js";
import type { Store } from "../state/store.js";
import type { AppState } from "../state/types.js";

/**
 * Gives a container element the store from context and re-renders it when the parts of the state it
 * reads change (`select` returns them; compared by identity), not on every solve progress tick.
 */
export class StoreController implements ReactiveController {
  store: Store | undefined;
  #unsubscribe: (() => void) | undefined;
  #last: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly select: (s: AppState) => readonly unknown[],
  ) {
    new ContextConsumer(host, { context: storeContext, subscribe: true, callback: (store) => this.#attach(store) });
    host.addController(this);
  }

  /** The current state (only valid once the store arrived: containers render under `<cp-app>`). */
  get state(): AppState {
    return this.store!.state;
  }

  hostConnected(): void {
    if (this.store && !this.#unsubscribe) this.#attach(this.store);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #attach(store: Store): void {
    this.#unsubscribe?.();
    this.store = store;
    this.#last = this.select(store.state);
    this.#unsubscribe = store.subscribe((s) => {
      const next = this.select(s);
      if (next.length === this.#last.length && next.every((v, i) => v === this.#last[i])) return;
      this.#last = next;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }
}
