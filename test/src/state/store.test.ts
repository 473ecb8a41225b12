import { describe, expect, it } from "vitest";
import { MAX_COMPARE } from "../../../src/state/store.js";
import { solved, storeOn, threeTowns } from "../helpers.js";

describe("Store", () => {
  it("edit(e) commits a valid edit as a new revision with an undo step, and notifies listeners", () => {
    const { store } = storeOn(threeTowns());
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.revision));
    expect(store.edit({ kind: "capitalTotal", value: 800 })).toBe(true);
    expect(store.state.scenario.budgets.capital.total).toBe(800);
    expect(store.state.revision).toBe(2);
    expect(store.state.workspace.history.past.length).toBe(1);
    expect(seen).toEqual([2]);
  });

  it("edit(e) refuses an invalid edit: the scenario and revision stay, the issues are shown", () => {
    const { store } = storeOn(threeTowns());
    const before = store.state.scenario;
    expect(store.edit({ kind: "capitalTotal", value: -1 })).toBe(false);
    expect(store.state.scenario).toBe(before);
    expect(store.state.revision).toBe(1);
    expect(store.state.issues?.source).toBe("edit");
    expect(store.state.issues?.issues[0]?.path).toBe("budgets.capital.total");
    store.edit({ kind: "capitalTotal", value: 600 });
    expect(store.state.issues).toBeNull();
  });

  it("undo() and redo() move through edits; a slider drag is one step", () => {
    const { store, clock } = storeOn(threeTowns());
    for (const v of [510, 520, 530]) {
      clock.now += 100;
      store.edit({ kind: "capitalTotal", value: v });
    }
    clock.now += 5000;
    store.edit({ kind: "targetRatio", target: "bedsPer1000", value: 7 });
    expect(store.undo()).toBe(true);
    expect(store.state.scenario.targets[0]!.ratio).toBe(6);
    expect(store.undo()).toBe(true);
    expect(store.state.scenario.budgets.capital.total).toBe(500);
    expect(store.undo()).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.state.scenario.budgets.capital.total).toBe(530);
  });

  it("drops solve answers for a revision that is no longer current", async () => {
    const { store } = storeOn(threeTowns());
    store.solveStarted(1);
    store.edit({ kind: "capitalTotal", value: 700 });
    const old = await solved(threeTowns(), 1);
    store.solveResult(old);
    expect(store.state.solve.checked).toBeNull();
    store.solveStarted(2);
    store.solveProgress(2, "solving");
    expect(store.state.solve.phase).toBe("solving");
    const current = await solved(store.state.scenario, 2);
    store.solveResult({ ...current, final: false });
    expect(store.state.solve.status).toBe("pending");
    store.solveResult(current);
    expect(store.state.solve.status).toBe("done");
    expect(store.state.solve.checked).toBe(current);
  });

  it("saveProposal(name) saves only a final result of the current revision and adds it to the comparison", async () => {
    const { store } = storeOn(threeTowns());
    expect(store.saveProposal("A")).toBe("noResult");
    store.solveStarted(1);
    store.solveResult({ ...(await solved(store.state.scenario, 1)), final: false });
    expect(store.saveProposal("A")).toBe("outOfDate");
    store.solveResult(await solved(store.state.scenario, 1));
    expect(store.saveProposal("  ")).toBe("emptyName");
    expect(store.saveProposal("A")).toBeNull();
    expect(store.state.proposals.map((p) => p.name)).toEqual(["A"]);
    expect(store.state.compare).toEqual([store.state.proposals[0]!.id]);
    expect(store.state.notice).toEqual({ key: "saved", detail: "A" });
    store.edit({ kind: "capitalTotal", value: 100 });
    expect(store.saveProposal("B")).toBe("outOfDate");
  });

  it("saveProposal refuses a result that failed the checker", async () => {
    const { store } = storeOn(threeTowns());
    store.solveStarted(1);
    const c = await solved(store.state.scenario, 1);
    store.solveResult({ ...c, violations: [{ kind: "budget", ref: "budget capital", zh: "超出", en: "over" }] });
    expect(store.saveProposal("X")).toBe("notPlan");
  });

  it("toggleCompare(id) compares at most MAX_COMPARE proposals; removeProposal drops it from the comparison", async () => {
    const { store, clock } = storeOn(threeTowns());
    store.solveStarted(1);
    store.solveResult(await solved(store.state.scenario, 1));
    for (let i = 0; i < MAX_COMPARE + 1; i++) {
      clock.now += 1000;
      store.saveProposal(`P${i}`);
    }
    expect(store.state.compare.length).toBe(MAX_COMPARE);
    const last = store.state.proposals.at(-1)!.id;
    store.toggleCompare(last);
    expect(store.state.compare).not.toContain(last);
    const first = store.state.compare[0]!;
    store.toggleCompare(first);
    store.toggleCompare(last);
    expect(store.state.compare).toContain(last);
    store.removeProposal(last);
    expect(store.state.compare).not.toContain(last);
    expect(store.state.proposals.length).toBe(MAX_COMPARE);
  });

  it("a timeout keeps the previous result (out of date) instead of replacing it, from the worker or the client", async () => {
    const { store } = storeOn(threeTowns());
    store.solveStarted(1);
    const first = await solved(store.state.scenario, 1);
    store.solveResult(first);
    store.edit({ kind: "capitalTotal", value: 450 });
    store.solveStarted(2);
    store.solveResult({ revision: 2, result: { ...first.result, status: "timeout" }, violations: [], final: true });
    expect(store.state.solve.status).toBe("timeout");
    expect(store.state.solve.checked).toBe(first);
    store.edit({ kind: "capitalTotal", value: 440 });
    store.solveStarted(3);
    store.solveTimedOut(2);
    expect(store.state.solve.status).toBe("pending");
    store.solveTimedOut(3);
    expect(store.state.solve.status).toBe("timeout");
    expect(store.state.solve.checked).toBe(first);
  });

  it("setTimeLimit(ms) keeps the limit; after a timeout it solves again with the new limit", () => {
    const { store } = storeOn(threeTowns());
    expect(store.state.timeLimitMs).toBe(60_000);
    store.setTimeLimit(5000);
    expect(store.state.timeLimitMs).toBe(5000);
    expect(store.state.revision).toBe(1);
    store.solveStarted(1);
    store.solveTimedOut(1);
    store.setTimeLimit(120_000);
    expect(store.state.revision).toBe(2);
    expect(store.state.solve.status).toBe("idle");
  });

  it("setStorage reports autosave trouble and its end", () => {
    const { store } = storeOn(threeTowns());
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.storage));
    store.setStorage("full");
    store.setStorage("full");
    store.setStorage("ok");
    expect(seen).toEqual(["full", "ok"]);
  });

  it("setSolver and openWorkspace start a new revision; resetToOriginal is undoable", () => {
    const { store } = storeOn(threeTowns());
    store.setSolver("highs");
    expect(store.state.revision).toBe(2);
    store.edit({ kind: "capitalTotal", value: 1 });
    store.resetToOriginal();
    expect(store.state.scenario.budgets.capital.total).toBe(500);
    store.undo();
    expect(store.state.scenario.budgets.capital.total).toBe(1);
    const s = threeTowns();
    store.openWorkspace({ key: "file:threeTowns", label: s.region.name, scenario: s, original: s, history: { past: [], future: [], lastKey: null, lastAt: 0 } });
    expect(store.state.library.map((e) => e.key)).toEqual(["file:threeTowns"]);
    expect(store.state.solve.status).toBe("idle");
  });
});
