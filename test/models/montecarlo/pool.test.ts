import { describe, expect, it } from "vitest";
import { threadPool } from "../../../bin/mc-pool.js";
import { mcCommand } from "../../../bin/mc.js";
import { runMonteCarlo } from "../../../models/montecarlo/run.js";
import type { McOptions } from "../../../models/montecarlo/spec.js";
import { serialExecutor } from "../../../models/montecarlo/runner.js";
import { threeTowns } from "../fixtures.js";

const s = threeTowns((x) => (x.budgets.capital.total = 300));
const options = { draws: 30, seed: 3, spread: 0.01, correlation: 0.3, mode: "resolve", robust: 0.8 } as const satisfies McOptions;
const chunk = { needs: 7, resolve: 4 };

describe("the worker-thread pool", () => {
  it("gives exactly the serial result", async () => {
    const serial = await runMonteCarlo(s, options, { exec: serialExecutor, chunk });
    const pool = threadPool(2);
    const pooled = await runMonteCarlo(s, options, { exec: pool.exec, chunk }).finally(() => pool.dispose());
    if (!serial.ok || !pooled.ok) throw new Error("no report");
    const { ms: _a, ...a } = serial.report;
    const { ms: _b, ...b } = pooled.report;
    const strip = (r: typeof a) => ({ ...r, base: r.base.allocation, robust: { ...r.robust!, result: r.robust!.result.allocation } });
    expect(strip(b)).toEqual(strip(a));
    expect(a.resolve!.draws).toBe(30);
    expect(a.resolve!.faulted).toBe(0);
  }, 60_000);

  it("stops every worker when cancelled", async () => {
    const abort = new AbortController();
    const pool = threadPool(2);
    const run = runMonteCarlo(s, { ...options, draws: 400 }, { exec: pool.exec, chunk, signal: abort.signal, onProgress: (p) => p.done >= 8 && abort.abort() });
    await expect(run).rejects.toThrow("cancelled");
    pool.dispose();
  }, 60_000);
});

describe("capacity-planner mc", () => {
  it("refuses bad options with exit code 2", async () => {
    expect(await mcCommand(["test/cases/three-towns.json", "--draws", "0"])).toBe(2);
    expect(await mcCommand(["test/cases/three-towns.json", "--robust", "1.5"])).toBe(2);
    expect(await mcCommand(["test/cases/three-towns.json", "--mode", "fast"])).toBe(2);
  });
});
