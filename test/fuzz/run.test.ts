import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreeWithin } from "../../models/fuzz/findings.js";
import { runCase, solveInThread, type FuzzSolve, type SolveOutcome } from "../../models/fuzz/run.js";
import type { AllocationResult } from "../../models/result-types.js";
import { parseScenario, type Scenario } from "../../models/scenario/index.js";

const ROOT = join(import.meta.dirname, "..", "..");

function scenario(change: (s: any) => void = () => {}): Scenario {
  const input = JSON.parse(readFileSync(join(ROOT, "test/cases/three-towns.json"), "utf8"));
  change(input);
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.en).join("; "));
  return parsed.value;
}

/** Real solvers, except `liar`, whose answer (HiGHS's, then `alter`ed) is what the test plants. */
function withLiar(alter: (r: AllocationResult, s: Scenario) => Promise<SolveOutcome> | SolveOutcome): FuzzSolve {
  return async (s, solver, limit) => {
    if (solver !== "liar") return solveInThread(s, solver, limit);
    const real = await solveInThread(s, "highs", limit);
    if ("hang" in real) throw new Error("HiGHS hung on three towns");
    return alter(real.result, s);
  };
}

const OPTIONS = { solvers: ["highs", "liar"], timeLimitMs: 5000 } as const;
const kinds = async (s: Scenario, solve: FuzzSolve) => (await runCase(s, { ...OPTIONS, solve })).findings.map((f) => f.kind);

describe("runCase", () => {
  it("passes when every solver is honest (three towns, jslp and HiGHS)", async () => {
    const report = await runCase(scenario(), { solvers: ["jslp", "highs"], timeLimitMs: 5000 });
    expect(report.findings).toEqual([]);
    expect(report.records.map((r) => r.status)).toEqual(["optimal", "optimal"]);
  });

  it("reports a plan the independent checker rejects (a bed added that the figures do not count)", async () => {
    const corrupt = withLiar((r) => ({ ms: 1, result: { ...r, allocation: r.allocation.map((l, i) => (i === 0 ? { ...l, total: l.total + 1 } : l)) } }));
    expect(await kinds(scenario(), corrupt)).toContain("check");
  });

  it("reports a consistent but worse plan as a goal disagreement (a solver that spends half the budget)", async () => {
    const lazy = withLiar(async (_r, s) => solveInThread({ ...s, budgets: { capital: { total: (s.budgets.capital.total ?? 0) / 2 } } }, "highs", 5000));
    const report = await runCase(scenario(), { ...OPTIONS, solve: lazy });
    // The checker also sees the budget line carry the halved limit; the comparison sees the worse goals.
    const goals = report.findings.filter((f) => f.kind === "goal").map((f) => f.message.split(":")[0]);
    expect(goals).toContain("equity");
    expect(goals).toContain("expected");
  });

  it("compares the weighted sum in weighted mode, not each goal", async () => {
    const weighted = scenario((s) => (s.objective = { mode: "weighted" }));
    const lazy = withLiar(async (_r, s) => solveInThread({ ...s, budgets: { capital: { total: (s.budgets.capital.total ?? 0) / 2 } } }, "highs", 5000));
    const report = await runCase(weighted, { ...OPTIONS, solve: lazy });
    expect(report.findings.filter((f) => f.kind === "goal").map((f) => f.message.split(":")[0])).toEqual(["weighted"]);
  });

  it("reports outcomes that differ, and an infeasible outcome no second solver confirms", async () => {
    const nay = withLiar((r) => ({ ms: 1, result: { ...r, status: "infeasible", allocation: [], coverage: [], budget: [], subCentres: [] } }));
    expect(await kinds(scenario(), nay)).toEqual(["status"]);
    const alone = await runCase(scenario(), { solvers: ["liar", "absent"], timeLimitMs: 5000, solve: async (s, solver, l) => (solver === "absent" ? { hang: true, ms: 9000, message: "killed" } : nay(s, solver, l)) });
    expect(alone.findings.map((f) => f.kind)).toEqual(["hang", "status"]);
  });

  it("reports overtime, an incumbent returned at the limit, a hang, skipped phases and errors", async () => {
    expect(await kinds(scenario(), withLiar((r) => ({ ms: 5000 + 2001, result: r })))).toEqual(["overtime"]);
    expect(await kinds(scenario(), withLiar((r) => ({ ms: 5000, result: r })))).toEqual(["unproven"]);
    expect(await kinds(scenario(), withLiar((r) => ({ ms: 9000, result: { ...r, status: "timeout", allocation: [], coverage: [], budget: [], subCentres: [] } })))).toEqual([]);
    expect(await kinds(scenario(), withLiar(() => ({ hang: true, ms: 9000, message: "killed" })))).toEqual(["hang"]);
    expect(await kinds(scenario(), withLiar((r) => ({ ms: 1, result: { ...r, solver: { ...r.solver, phases: 1 } } })))).toEqual(["incomplete"]);
    expect(await kinds(scenario(), withLiar((r) => ({ ms: 1, result: { ...r, status: "error", message: { zh: "坏", en: "bad" }, allocation: [], coverage: [], budget: [], subCentres: [] } })))).toEqual(["error"]);
    expect(await kinds(scenario(), withLiar(() => Promise.reject(new Error("boom"))))).toEqual(["error"]);
  });

  it("does not count a solver that declines the model (the fast path on a non-separable one)", async () => {
    const banded = scenario((s) => (s.targets[0].upper = 7));
    const report = await runCase(banded, { solvers: ["highs", "fast"], timeLimitMs: 5000 });
    expect(report.records.map((r) => r.status)).toEqual(["optimal", "refused"]);
    expect(report.findings).toEqual([]);
  });
});

describe("agreeWithin", () => {
  it("is |a − b| ≤ 1e-6 × max(1, |a|, |b|)", () => {
    expect(agreeWithin(1000, 1000.0009)).toBe(true);
    expect(agreeWithin(1000, 1000.0011)).toBe(false);
    expect(agreeWithin(0, 9e-7)).toBe(true);
    expect(agreeWithin(0, 1.1e-6)).toBe(false);
    expect(agreeWithin(NaN, NaN)).toBe(true);
    expect(agreeWithin(NaN, 0)).toBe(false);
  });
});
