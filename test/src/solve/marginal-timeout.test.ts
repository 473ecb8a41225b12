import { describe, expect, it } from "vitest";
import { messagesFor } from "../../../src/i18n/index.js";
import { marginalState, timeoutSays } from "../../../src/solve/verdict.js";
import { solved, storeOn, threeTowns } from "../helpers.js";

describe("the budget's marginal value when the time limit runs out after the allocation", () => {
  it("is pending while the second step runs, then 'timeout' (not pending for ever) when the worker reports the limit", async () => {
    const { store } = storeOn(threeTowns());
    store.solveStarted(1);
    const full = await solved(store.state.scenario, 1);
    const first = { ...full, final: false };
    store.solveResult(first);
    expect(store.state.solve.status).toBe("pending");
    expect(marginalState(store.state.solve.checked!, store.state.solve)).toBe("pending");
    // the worker's second solve ran out of time: it posts a final `timeout` result
    store.solveResult({ revision: 1, result: { ...full.result, status: "timeout" }, violations: [], final: true });
    expect(store.state.solve.status).toBe("timeout");
    expect(store.state.solve.checked).toBe(first);
    expect(marginalState(store.state.solve.checked!, store.state.solve)).toBe("timeout");
  });

  it("is 'timeout' when the client stops the worker, 'stopped' when cancelled, and 'known' once final", async () => {
    const { store } = storeOn(threeTowns());
    const full = await solved(store.state.scenario, 1);
    store.solveStarted(1);
    store.solveResult({ ...full, final: false });
    store.solveTimedOut(1);
    expect(marginalState(store.state.solve.checked!, store.state.solve)).toBe("timeout");

    const other = storeOn(threeTowns()).store;
    other.solveStarted(1);
    other.solveResult({ ...full, final: false });
    other.solveCancelled(1);
    expect(marginalState(other.state.solve.checked!, other.state.solve)).toBe("stopped");

    const done = storeOn(threeTowns()).store;
    done.solveStarted(1);
    done.solveResult({ ...full, final: false });
    done.solveResult(full);
    expect(done.state.solve.status).toBe("done");
    expect(marginalState(done.state.solve.checked!, done.state.solve)).toBe("known");
  });

  it("a non-final result of an earlier revision is no longer being worked on: 'stopped', not 'pending'", async () => {
    const { store } = storeOn(threeTowns());
    const full = await solved(store.state.scenario, 1);
    store.solveStarted(1);
    store.solveResult({ ...full, final: false });
    store.solveTimedOut(1);
    store.edit({ kind: "capitalTotal", value: 450 });
    store.solveStarted(2);
    expect(store.state.solve.status).toBe("pending");
    expect(marginalState(store.state.solve.checked!, store.state.solve)).toBe("stopped");
  });

  it("says so in both languages, naming the limit; the status line and the results share the sentence", () => {
    const zh = messagesFor("zh-CN");
    const en = messagesFor("en");
    expect(zh.results.capitalValueTimeout).toContain("时间限制内未算完");
    expect(en.results.capitalValueTimeout).toContain("not computed within the time limit");
    expect(timeoutSays(zh, "1", true, true)).toBe(zh.limits.timeoutPartial("1"));
    expect(timeoutSays(en, "1", true, true)).toContain("(1 s)");
    // nothing solved for the current figures: the previous result is named as out of date only when there is one
    expect(timeoutSays(zh, "60", false, true)).toBe(`${zh.limits.timeout("60")} ${zh.limits.previousShown}`);
    expect(timeoutSays(en, "60", false, false)).toBe(en.limits.timeout("60"));
  });
});
