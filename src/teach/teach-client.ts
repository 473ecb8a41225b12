import type { TeachJob, TeachReply, TeachRequest } from "./protocol.js";

/** The part of `Worker` the client uses (a fake in Node tests). */
export type TeachWorkerLike = {
  postMessage(m: TeachRequest): void;
  terminate(): void;
  addEventListener(type: "message", fn: (e: MessageEvent<TeachReply>) => void): void;
  addEventListener(type: "error", fn: (e: Event) => void): void;
};

/** A request without its id (the client numbers them). */
export type TeachAsk = TeachRequest extends infer R ? (R extends TeachRequest ? Omit<R, "id"> : never) : never;
/** How a request ended: its reply, or `superseded` when a newer request of the same job replaced it. */
export type TeachOutcome = TeachReply | { readonly type: "superseded" };

type Slot = { worker: TeachWorkerLike; pending: { id: number; resolve: (o: TeachOutcome) => void } | null };

/**
 * One worker per job (LP file, simplex, sensitivity), created on first use, so that a long budget curve
 * does not hold up the stepper. A newer request of a job supersedes the running one: its worker is
 * terminated and replaced (a budget curve of a large region cannot be interrupted otherwise).
 */
export class TeachClient {
  readonly #factory: () => TeachWorkerLike;
  readonly #slots = new Map<TeachJob, Slot>();
  #nextId = 1;

  constructor(factory: () => TeachWorkerLike) {
    this.#factory = factory;
  }

  /** Asks the worker of `ask.type`; resolves with the reply, `failed` on a crash, or `superseded`. */
  ask(ask: TeachAsk): Promise<TeachOutcome> {
    const job = ask.type;
    let slot = this.#slots.get(job);
    if (slot?.pending) {
      slot.pending.resolve({ type: "superseded" });
      slot.worker.terminate();
      this.#slots.delete(job);
      slot = undefined;
    }
    slot ??= this.#spawn(job);
    const id = this.#nextId++;
    const s = slot;
    return new Promise<TeachOutcome>((resolve) => {
      s.pending = { id, resolve };
      s.worker.postMessage({ ...ask, id } as TeachRequest);
    });
  }

  /** Terminates every worker; pending requests resolve as superseded. */
  dispose(): void {
    for (const slot of this.#slots.values()) {
      slot.pending?.resolve({ type: "superseded" });
      slot.worker.terminate();
    }
    this.#slots.clear();
  }

  #spawn(job: TeachJob): Slot {
    const slot: Slot = { worker: this.#factory(), pending: null };
    slot.worker.addEventListener("message", (e: MessageEvent<TeachReply>) => {
      const p = slot.pending;
      if (!p || e.data.id !== p.id) return;
      slot.pending = null;
      p.resolve(e.data);
    });
    slot.worker.addEventListener("error", (e: Event) => {
      const p = slot.pending;
      slot.pending = null;
      slot.worker.terminate();
      if (this.#slots.get(job) === slot) this.#slots.delete(job);
      const why = (e as Partial<ErrorEvent>).message || "worker crashed";
      p?.resolve({ type: "failed", id: p.id, message: { zh: `计算进程出错：${why}`, en: `The computation failed: ${why}` } });
    });
    this.#slots.set(job, slot);
    return slot;
  }
}
