import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import type { AllocationResult } from "../../../models/result-types.js";
import { refs, resultOf, scenarioOf, threeTownsInput, withCoverage, withLine } from "./helpers.js";

/*
 * Worked on paper. Beds 6 per 1,000, zone scope, expected; populations 10k / 20k / 30k → needs
 * 60 / 120 / 180; existing 40 / 100 / 120 (short by 20 / 20 / 60). Capital 500 万元 at 10 万元 a bed
 * buys 50 beds. Equal relative shortfall r everywhere: 360 (1 − r) − 260 = 50 → r = 50/360 = 5/36.
 * Supplied = need × 31/36 = 155/3, 310/3, 155 → added 35/3 ≈ 11.6667, 10/3 ≈ 3.3333, 35.
 * Shortfalls 25/3, 50/3, 25. Goals: binding 0, equity 5/36, expected 3 × 5/36 = 5/12, cost 500.
 */
const scenario = scenarioOf(threeTownsInput());

const coverage = (unit: string, population: number, need: number, supplied: number) => ({
  target: "bedsPer1000", resource: "beds", scope: "zone" as const, unit, year: 2025, nature: "expected" as const,
  population, need, supplied, shortfall: need - supplied, surplus: 0,
});

const correct: AllocationResult = resultOf({
  status: "optimal",
  years: [2025],
  allocation: [
    { facility: "hcA", resource: "beds", existing: 40, added: { "2025": 35 / 3 }, total: 155 / 3 },
    { facility: "hcB", resource: "beds", existing: 100, added: { "2025": 10 / 3 }, total: 310 / 3 },
    { facility: "hcC", resource: "beds", existing: 120, added: { "2025": 35 }, total: 155 },
  ],
  subCentres: [],
  coverage: [coverage("A", 10000, 60, 155 / 3), coverage("B", 20000, 120, 310 / 3), coverage("C", 30000, 180, 155)],
  budget: [{ kind: "capital", year: null, limit: 500, used: 500 }],
  objective: { binding: 0, equity: 5 / 36, expected: 5 / 12, cost: 500 },
});

describe("checkResult on three towns", () => {
  it("checkResult accepts the hand-worked optimum", () => {
    expect(checkResult(scenario, correct)).toEqual([]);
  });

  it("checkResult accepts figures rounded to 6 significant digits", () => {
    const rounded = withCoverage(withLine(correct, "hcA", "beds", { total: 51.66667, added: { "2025": 11.66667 } }), "bedsPer1000", "A", { supplied: 51.66667, shortfall: 8.333333 });
    expect(checkResult(scenario, { ...rounded, objective: { binding: 0, equity: 0.1388889, expected: 0.4166667, cost: 500.0000 } })).toEqual([]);
  });

  it("checkResult flags a coverage figure that does not match its recomputation", () => {
    const v = checkResult(scenario, withCoverage(correct, "bedsPer1000", "A", { supplied: 52 }));
    expect(v).toEqual([
      {
        kind: "coverage",
        ref: "coverage bedsPer1000/A",
        zh: "bedsPer1000 甲镇 的供给报告为 52，重算为 51.6667",
        en: "bedsPer1000 at A: supplied reported 52, recomputed 51.6667",
        expected: 155 / 3,
        actual: 52,
      },
    ]);
  });

  it("checkResult flags a missing allocation line", () => {
    const v = checkResult(scenario, { ...correct, allocation: correct.allocation.filter((l) => l.facility !== "hcB") });
    expect(refs(v)).toContainEqual({ kind: "structure", ref: "allocation hcB/beds" });
    // Without the line hcB adds nothing: B is supplied its existing 100, not 310/3.
    expect(refs(v)).toContainEqual({ kind: "coverage", ref: "coverage bedsPer1000/B" });
  });

  it("checkResult flags a repeated allocation line and a line for an unknown facility", () => {
    const v = checkResult(scenario, { ...correct, allocation: [...correct.allocation, correct.allocation[0]!, { facility: "hcX", resource: "beds", existing: 0, added: {}, total: 0 }] });
    expect(refs(v)).toEqual([
      { kind: "structure", ref: "allocation hcA/beds" },
      { kind: "structure", ref: "allocation hcX/beds" },
    ]);
  });

  it("checkResult flags a negative addition", () => {
    // hcA −1 and hcC +47.6667 keep the total spend at 500 but hcA's addition is negative.
    const r = withLine(withLine(correct, "hcA", "beds", { added: { "2025": -1 }, total: 39 }), "hcC", "beds", { added: { "2025": 35 + 38 / 3 }, total: 155 + 38 / 3 });
    const v = checkResult(scenario, r);
    expect(v).toContainEqual(expect.objectContaining({ kind: "limit", ref: "allocation hcA/beds", expected: 0, actual: -1 }));
  });

  it("checkResult flags an addition outside the allocation years, a wrong existing and a wrong total", () => {
    expect(refs(checkResult(scenario, withLine(correct, "hcA", "beds", { added: { "2025": 35 / 3, "2030": 0 } })))).toEqual([{ kind: "structure", ref: "allocation hcA/beds" }]);
    expect(checkResult(scenario, withLine(correct, "hcA", "beds", { existing: 45 }))).toEqual([expect.objectContaining({ kind: "figure", ref: "allocation hcA/beds", expected: 40, actual: 45 })]);
    expect(checkResult(scenario, withLine(correct, "hcA", "beds", { total: 50 }))).toEqual([expect.objectContaining({ kind: "figure", ref: "allocation hcA/beds", expected: 155 / 3, actual: 50 })]);
  });

  it("checkResult flags allocation years other than the plan year", () => {
    expect(refs(checkResult(scenario, { ...correct, years: [2024, 2025] }))).toEqual([{ kind: "structure", ref: "years" }]);
  });

  it("checkResult flags a wrong objective value", () => {
    const v = checkResult(scenario, { ...correct, objective: { ...correct.objective, equity: 0.1 } });
    expect(v).toEqual([expect.objectContaining({ kind: "objective", ref: "objective equity", expected: expect.closeTo(5 / 36, 9), actual: 0.1 })]);
    expect(v[0]!.en).toBe("objective equity reported 0.1, recomputed 0.1389");
  });

  it("checkResult flags a missing, an unknown and a mislabelled coverage line", () => {
    const missing = { ...correct, coverage: correct.coverage.slice(1) };
    expect(refs(checkResult(scenario, missing))).toEqual([{ kind: "structure", ref: "coverage bedsPer1000/A" }]);
    const unknown = { ...correct, coverage: [...correct.coverage, { ...correct.coverage[0]!, unit: "D" }] };
    expect(refs(checkResult(scenario, unknown))).toEqual([{ kind: "structure", ref: "coverage bedsPer1000/D" }]);
    const twice = { ...correct, coverage: [...correct.coverage, correct.coverage[2]!] };
    expect(refs(checkResult(scenario, twice))).toEqual([{ kind: "structure", ref: "coverage bedsPer1000/C" }]);
    expect(refs(checkResult(scenario, withCoverage(correct, "bedsPer1000", "B", { nature: "binding" })))).toEqual([{ kind: "structure", ref: "coverage bedsPer1000/B" }]);
  });

  it("checkResult flags a missing, a wrong and an extra budget line", () => {
    expect(refs(checkResult(scenario, { ...correct, budget: [] }))).toEqual([{ kind: "structure", ref: "budget capital total" }]);
    expect(checkResult(scenario, { ...correct, budget: [{ kind: "capital", year: null, limit: 500, used: 499 }] })).toEqual([
      expect.objectContaining({ kind: "figure", ref: "budget capital total", expected: 500, actual: 499 }),
    ]);
    const extra = { ...correct, budget: [...correct.budget, { kind: "recurring" as const, year: null, limit: 10, used: 0 }] };
    expect(refs(checkResult(scenario, extra))).toEqual([{ kind: "structure", ref: "budget recurring total" }]);
  });

  it("checkResult flags capital spent above the total", () => {
    // hcC +40 instead of +35: 10/3 + 35/3 + 40 = 55 beds = 550 万元 > 500.
    const r = withLine(correct, "hcC", "beds", { added: { "2025": 40 }, total: 160 });
    expect(checkResult(scenario, r)).toContainEqual(expect.objectContaining({ kind: "budget", ref: "budget capital total", expected: 500, actual: 550 }));
  });

  it("checkResult flags a sub-centre when the scenario has no siting rule", () => {
    expect(refs(checkResult(scenario, { ...correct, subCentres: ["hcA"] }))).toEqual([{ kind: "siting", ref: "siting hcA" }]);
  });

  it("checkResult flags unmet targets listed in an optimal result", () => {
    const r = { ...correct, explanation: { ...correct.explanation, unmet: [{ target: "bedsPer1000", unit: "C", need: 180, supplied: 155, gap: 25 }] } };
    expect(refs(checkResult(scenario, r))).toEqual([{ kind: "binding", ref: "unmet bedsPer1000/C" }]);
  });

  it("checkResult returns [] for a result without a plan and flags one that carries a plan", () => {
    const none = { ...correct, allocation: [], coverage: [], budget: [] };
    for (const status of ["infeasible", "timeout", "error"] as const) expect(checkResult(scenario, { ...none, status })).toEqual([]);
    expect(refs(checkResult(scenario, { ...correct, status: "timeout" }))).toEqual([{ kind: "structure", ref: "status" }]);
  });
});
