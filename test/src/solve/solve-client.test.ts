import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SolveRequest, WorkerMessage } from "../../../src/solve/protocol.js";
import { SolveClient, type WorkerLike } from "../../../src/solve/solve-client.js";
import { verdictOf } from "../../../src/solve/verdict.js";
import { solved, threeTowns } from "../helpers.js";

/** A worker that records requests; the test answers for it. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  readonly posted: SolveRequest[] = [];
  terminated = false;
  private onMessage: ((e: MessageEvent<WorkerMessage>) => void) | null = null;
  private onError: ((e: Event) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(m: SolveRequest): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: "message" | "error", fn: (e: never) => void): void {
    if (type === "message") this.onMessage = fn as (e: MessageEvent<WorkerMessage>) => void;
    else this.onError = fn as (e: Event) => void;
  }
  send(m: WorkerMessage): void {
    this.onMessage?.({ data: m } as MessageEvent<WorkerMessage>);
  }
  crash(): void {
    this.onError?.({ message: "boom" } as unknown as Event);
  }
}

const noop = { onProgress: () => undefined, onResult: () => undefined };

describe("SolveClient", () => {
  let now = 0;
  beforeEach(() => {
    FakeWorker.all = [];
    now = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());
  const client = () => new SolveClient(() => new FakeWorker(), { graceMs: 250, now: () => now });

  it("solve() posts a request tagged with id and revision, reports progress, and resolves on the final result", async () => {
    const c = client();
    const phases: string[] = [];
    const results: boolean[] = [];
    const s = threeTowns();
    const p = c.solve(7, s, "auto", { onProgress: (ph) => phases.push(ph), onResult: (r) => results.push(r.final) });
    const w = FakeWorker.all[0]!;
    const req = w.posted[0]!;
    expect(req).toMatchObject({ type: "solve", id: 1, revision: 7, solver: "auto" });
    const checked = await solved(s, 7);
    w.send({ type: "progress", id: 1, revision: 7, phase: "solving" });
    w.send({ type: "result", id: 1, checked: { ...checked, final: false } });
    w.send({ type: "result", id: 1, checked });
    expect(await p).toEqual({ kind: "done" });
    expect(phases).toEqual(["solving"]);
    expect(results).toEqual([false, true]);
  });

  it("a newer request supersedes the running one; answers to the old id are dropped", async () => {
    const c = client();
    const seen: number[] = [];
    const first = c.solve(1, threeTowns(), "auto", { ...noop, onResult: (r) => seen.push(r.revision) });
    now = 50;
    const second = c.solve(2, threeTowns(), "auto", { ...noop, onResult: (r) => seen.push(r.revision) });
    expect(await first).toEqual({ kind: "superseded" });
    const w = FakeWorker.all[0]!;
    expect(w.terminated).toBe(false);
    w.send({ type: "result", id: 1, checked: await solved(threeTowns(), 1) });
    w.send({ type: "progress", id: 2, revision: 2, phase: "solving" });
    w.send({ type: "result", id: 2, checked: await solved(threeTowns(), 2) });
    expect(await second).toEqual({ kind: "done" });
    expect(seen).toEqual([2]);
  });

  it("restarts a worker stuck in a long superseded solve", async () => {
    const c = client();
    void c.solve(1, threeTowns(), "auto", noop);
    now = 1000;
    const p = c.solve(2, threeTowns(), "auto", noop);
    const [old, fresh] = FakeWorker.all;
    expect(old!.terminated).toBe(true);
    expect(fresh!.posted.map((r) => r.revision)).toEqual([2]);
    fresh!.send({ type: "failed", id: 2, revision: 2, message: "x" });
    expect(await p).toEqual({ kind: "failed", message: "x" });
  });

  it("restarts the worker when a request is not picked up within the grace period", async () => {
    const c = client();
    void c.solve(1, threeTowns(), "auto", noop);
    now = 10;
    void c.solve(2, threeTowns(), "auto", noop);
    expect(FakeWorker.all.length).toBe(1);
    vi.advanceTimersByTime(300);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(FakeWorker.all[1]!.posted.map((r) => r.revision)).toEqual([2]);
  });

  it("cancel() terminates the worker and the caller hears `cancelled`; a crash is `failed`", async () => {
    const c = client();
    const p = c.solve(1, threeTowns(), "auto", noop);
    c.cancel();
    expect(await p).toEqual({ kind: "cancelled" });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    const q = c.solve(2, threeTowns(), "auto", noop);
    FakeWorker.all[1]!.crash();
    expect(await q).toEqual({ kind: "failed", message: "boom" });
  });

  it("terminates a worker still busy past the time limit plus slack, and the caller hears `timeout`", async () => {
    const c = new SolveClient(() => new FakeWorker(), { graceMs: 250, slackMs: 500, now: () => now });
    const p = c.solve(1, threeTowns(), "jslp", noop, undefined, 2000);
    const w = FakeWorker.all[0]!;
    expect(w.posted[0]!.timeLimitMs).toBe(2000);
    w.send({ type: "progress", id: 1, revision: 1, phase: "solving" });
    vi.advanceTimersByTime(2400);
    expect(w.terminated).toBe(false);
    vi.advanceTimersByTime(200);
    expect(await p).toEqual({ kind: "timeout" });
    expect(w.terminated).toBe(true);
    const q = c.solve(2, threeTowns(), "jslp", noop, undefined, 2000);
    const fresh = FakeWorker.all[1]!;
    expect(fresh.posted.map((r) => r.revision)).toEqual([2]);
    fresh.send({ type: "result", id: 2, checked: await solved(threeTowns(), 2) });
    expect(await q).toEqual({ kind: "done" });
    vi.advanceTimersByTime(10_000);
    expect(fresh.terminated).toBe(false);
  });

  it("a request that ends in time, or is superseded, is not timed out later", async () => {
    const c = new SolveClient(() => new FakeWorker(), { graceMs: 250, slackMs: 500, timeLimitMs: 1000, now: () => now });
    const seen: string[] = [];
    void c.solve(1, threeTowns(), "auto", noop).then((o) => seen.push(o.kind));
    const p = c.solve(2, threeTowns(), "auto", noop);
    expect(FakeWorker.all[0]!.posted.map((r) => r.timeLimitMs)).toEqual([1000, 1000]);
    FakeWorker.all[0]!.send({ type: "result", id: 2, checked: await solved(threeTowns(), 2) });
    expect(await p).toEqual({ kind: "done" });
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual(["superseded"]);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
  });

  it("an aborted signal supersedes the request", async () => {
    const c = client();
    const abort = new AbortController();
    const p = c.solve(1, threeTowns(), "auto", noop, abort.signal);
    abort.abort();
    expect(await p).toEqual({ kind: "superseded" });
  });
});

describe("verdictOf", () => {
  it("verdictOf(checked) shows a result as a plan only when optimal and clean", async () => {
    const c = await solved(threeTowns());
    expect(verdictOf(c)).toBe("plan");
    expect(verdictOf({ ...c, violations: [{ kind: "budget", ref: "x", zh: "", en: "" }] })).toBe("violations");
    expect(verdictOf({ ...c, result: { ...c.result, status: "unmet" } })).toBe("unmet");
    expect(verdictOf({ ...c, result: { ...c.result, status: "infeasible" } })).toBe("infeasible");
    expect(verdictOf({ ...c, result: { ...c.result, status: "timeout" } })).toBe("timeout");
  });
});
