import { beforeEach, describe, expect, it } from "vitest";
import type { TeachReply, TeachRequest } from "../../../src/teach/protocol.js";
import { TeachClient, type TeachWorkerLike } from "../../../src/teach/teach-client.js";
import { agree, cellText, goalText, resultUnits } from "../../../src/views/teach/goal-values.js";
import { threeTowns } from "../helpers.js";

/** A worker that records requests; the test answers for it. */
class FakeWorker implements TeachWorkerLike {
  static all: FakeWorker[] = [];
  readonly posted: TeachRequest[] = [];
  terminated = false;
  private onMessage: ((e: MessageEvent<TeachReply>) => void) | null = null;
  private onError: ((e: Event) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(m: TeachRequest): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: "message" | "error", fn: (e: never) => void): void {
    if (type === "message") this.onMessage = fn as (e: MessageEvent<TeachReply>) => void;
    else this.onError = fn as (e: Event) => void;
  }
  send(m: TeachReply): void {
    this.onMessage?.({ data: m } as MessageEvent<TeachReply>);
  }
  crash(): void {
    this.onError?.({ message: "boom" } as unknown as Event);
  }
}

describe("TeachClient", () => {
  const scenario = threeTowns();
  beforeEach(() => {
    FakeWorker.all = [];
  });

  it("ask() posts a numbered request to the job's worker and resolves with its reply, ignoring other ids", async () => {
    const c = new TeachClient(() => new FakeWorker());
    const p = c.ask({ type: "lp", scenario, phase: "first", solver: "auto" });
    const w = FakeWorker.all[0]!;
    expect(w.posted[0]).toMatchObject({ type: "lp", id: 1, phase: "first" });
    w.send({ type: "lp", id: 99, text: "stale" });
    w.send({ type: "lp", id: 1, text: "Minimize" });
    expect(await p).toEqual({ type: "lp", id: 1, text: "Minimize" });
    const again = c.ask({ type: "lp", scenario, phase: "final", solver: "auto" });
    expect(FakeWorker.all).toHaveLength(1);
    w.send({ type: "lp", id: 2, text: "x" });
    expect(await again).toMatchObject({ id: 2 });
  });

  it("ask() keeps one worker per job, so a long budget curve does not hold up the simplex", () => {
    const c = new TeachClient(() => new FakeWorker());
    void c.ask({ type: "curve", scenario, solver: "auto" });
    void c.ask({ type: "simplex", scenario, solver: "auto" });
    expect(FakeWorker.all.map((w) => w.posted[0]!.type)).toEqual(["curve", "simplex"]);
  });

  it("a newer request of the same job supersedes the running one: its worker is terminated and replaced", async () => {
    const c = new TeachClient(() => new FakeWorker());
    const first = c.ask({ type: "curve", scenario, solver: "auto" });
    const second = c.ask({ type: "curve", scenario, solver: "highs" });
    expect(await first).toEqual({ type: "superseded" });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    const w = FakeWorker.all[1]!;
    expect(w.posted[0]).toMatchObject({ type: "curve", solver: "highs" });
    w.send({ type: "curve", id: 2, curve: null });
    expect(await second).toEqual({ type: "curve", id: 2, curve: null });
  });

  it("a crashed worker answers `failed` in both languages and is replaced on the next request", async () => {
    const c = new TeachClient(() => new FakeWorker());
    const p = c.ask({ type: "simplex", scenario, solver: "auto" });
    FakeWorker.all[0]!.crash();
    const r = await p;
    expect(r.type).toBe("failed");
    if (r.type === "failed") expect(r.message).toEqual({ zh: "计算进程出错：boom", en: "The computation failed: boom" });
    void c.ask({ type: "simplex", scenario, solver: "auto" });
    expect(FakeWorker.all).toHaveLength(2);
  });

  it("dispose() terminates every worker and resolves pending requests as superseded", async () => {
    const c = new TeachClient(() => new FakeWorker());
    const p = c.ask({ type: "prices", scenario, solver: "auto" });
    c.dispose();
    expect(await p).toEqual({ type: "superseded" });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
  });
});

describe("goal values and tableau cells", () => {
  it("agree(a, b) uses the model's tolerance: 1e-6 relative, absolute near 0", () => {
    expect(agree(0.75, 0.75 + 5e-7)).toBe(true);
    expect(agree(0.75, 0.7501)).toBe(false);
    expect(agree(1e6, 1e6 + 0.5)).toBe(true);
    expect(agree(0, 2e-6)).toBe(false);
  });

  it("goalText(v) prints 6 decimals with a true minus and no −0; cellText(v) 4 decimals", () => {
    expect(goalText(0.75)).toBe("0.750000");
    expect(goalText(-1e-12)).toBe("0.000000");
    expect(goalText(-0.6666667)).toBe("−0.666667");
    expect(cellText(1 / 60)).toBe("0.0167");
    expect(cellText(-0.00001)).toBe("0");
    expect(cellText(-2.5)).toBe("−2.5");
    expect(cellText(Infinity)).toBe("∞");
  });

  it("resultUnits(s, goal, v) turns the model's cost goal (÷ capital budget) into 万元 and leaves the others", () => {
    const s = threeTowns();
    expect(s.budgets.capital.total).toBe(500);
    expect(resultUnits(s, "cost", 0.8)).toBeCloseTo(400, 12);
    expect(resultUnits(s, "equity", 0.25)).toBe(0.25);
  });
});
