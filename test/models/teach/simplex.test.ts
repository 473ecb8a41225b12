import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import type { LinearModel, Row } from "../../../models/lp/types.js";
import { parseScenario, type Scenario } from "../../../models/scenario/scenario.js";
import { highsSolver } from "../../../models/solvers/highs.js";
import { solveScenario } from "../../../models/solve.js";
import { buildModel } from "../../../models/lp/build.js";
import { solvePhases } from "../../../models/lp/phases.js";
import { stepSimplex, stepStages } from "../../../models/teach/simplex.js";
import { teachScenario } from "../../../models/teach/teach-scenario.js";
import type { TeachRun } from "../../../models/teach/types.js";
import { threeTowns } from "../fixtures.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const LESSONS = join(ROOT, "scenarios", "lessons");

/** A small LP: columns ≥ 0 named x1…, rows given as [coefs, lower, upper]. */
function lp(objective: number[], rows: [number[], number, number][], upper: number[] = []): LinearModel {
  const columns = objective.map((_, j) => ({ name: `x${j + 1}`, family: "add" as const, lower: 0, upper: upper[j] ?? Infinity, integer: false, meta: { kind: "equity" as const } }));
  const rs: Row[] = rows.map(([coefs, lower, upper], i) => ({ name: `r${i + 1}`, family: "limit", label: { zh: `行 ${i + 1}`, en: `row ${i + 1}` }, lower, upper, cols: coefs.map((_, j) => j), coefs }));
  return { name: "lp", rows: rs, columns, objective, objectiveName: "obj" };
}
const single = (m: LinearModel) => [{ name: "obj", objective: m.objective }];
function run(m: LinearModel, rule: "auto" | "dantzig" | "bland" = "auto"): TeachRun {
  const r = stepStages(m, single(m), { rule });
  if ("refused" in r) throw new Error(r.refused.en);
  return r;
}
const pivots = (r: TeachRun) => r.stages.flatMap((s) => s.steps).filter((s) => s.kind === "pivot");
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe("stepStages", () => {
  it("stepStages pivots the textbook example (max 3x + 5y; x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18) as by hand", () => {
    const r = run(lp([-3, -5], [[[1, 0], -Infinity, 4], [[0, 2], -Infinity, 12], [[3, 2], -Infinity, 18]]));
    expect(r.status).toBe("optimal");
    const p = pivots(r);
    expect(p).toHaveLength(2);
    // y enters (reduced cost −5), ratios: row 1 skipped (coefficient 0), 12/2 = 6, 18/2 = 9 → s2 leaves
    const first = p[0]!;
    const vars = first.tableau.vars;
    expect(vars[first.entering!.var]!.name).toBe("x2");
    expect(first.entering!.reducedCost).toBe(-5);
    expect(first.ratios!.map((q) => q.ratio)).toEqual([null, 6, 9]);
    expect(first.ratios![0]!.skipped?.en).toMatch(/zero coefficient/);
    expect(vars[first.leaving!.var]!.name).toBe("s2");
    // then x enters, ratios 4/1 and 6/3 = 2 → s3 leaves
    expect(vars[p[1]!.entering!.var]!.name).toBe("x1");
    expect(p[1]!.ratios!.map((q) => q.ratio)).toEqual([4, null, 2]);
    expect(vars[p[1]!.leaving!.var]!.name).toBe("s3");
    expect(p.map((s) => s.objective)).toEqual([0, -30]);
    expect(r.stages[0]!.optimum).toBe(-36);
    expect([...r.values]).toEqual([2, 6]);
    const last = r.stages[0]!.steps.at(-1)!;
    expect(last.kind).toBe("optimal");
    expect(last.note.zh).toMatch(/最优/);
  });

  it("stepStages runs phase I for ≥ and = rows and finds the optimum (min 2x + 3y; x + y ≥ 4, x − y = 1)", () => {
    const r = run(lp([2, 3], [[[1, 1], 4, Infinity], [[1, -1], 1, 1]]));
    expect(r.status).toBe("optimal");
    const steps = r.stages[0]!.steps;
    expect(steps.some((s) => s.phase === "I" && s.kind === "pivot")).toBe(true);
    expect(steps.some((s) => s.kind === "phaseEnd")).toBe(true);
    expect([...r.values]).toEqual([2.5, 1.5]);
    expect(r.stages[0]!.optimum).toBeCloseTo(9.5, 12);
  });

  it("stepStages reports an infeasible LP at the end of phase I (x + y ≤ 1, x + y ≥ 3)", () => {
    const r = run(lp([1, 1], [[[1, 1], -Infinity, 1], [[1, 1], 3, Infinity]]));
    expect(r.status).toBe("infeasible");
    const last = r.stages[0]!.steps.at(-1)!;
    expect(last.kind).toBe("infeasible");
    expect(last.objective).toBeCloseTo(2, 12);
  });

  it("stepStages reports an unbounded LP with the column that can grow (min −x − y; x − y ≤ 1)", () => {
    const r = run(lp([-1, -1], [[[1, -1], -Infinity, 1]]));
    expect(r.status).toBe("unbounded");
    const last = r.stages[0]!.steps.at(-1)!;
    expect(last.kind).toBe("unbounded");
    expect(last.ratios!.every((q) => q.ratio === null)).toBe(true);
  });

  // Beale's example: cycles under Dantzig's rule with ties broken by the topmost row.
  const beale = lp([-0.75, 20, -0.5, 6], [[[0.25, -8, -1, 9], -Infinity, 0], [[0.5, -12, -0.5, 3], -Infinity, 0], [[0, 0, 1, 0], -Infinity, 1]]);
  it("stepStages cycles on Beale's degenerate example under pure Dantzig, and Bland's rule (or the auto fallback) does not", async () => {
    const d = run(beale, "dantzig");
    expect(d.status).toBe("cycling");
    expect(pivots(d).every((s) => s.degenerate)).toBe(true);
    const h = await highsSolver.solve(beale);
    for (const rule of ["bland", "auto"] as const) {
      const r = run(beale, rule);
      expect(r.status).toBe("optimal");
      expect(near(r.stages[0]!.optimum!, h.objective)).toBe(true);
    }
    expect(pivots(run(beale, "auto")).some((s) => s.entering!.rule === "bland")).toBe(true);
  });

  it("stepStages holds an earlier goal exactly by freezing the columns with a positive reduced cost", () => {
    // goal 1: min x1 + x2 subject to x1 + x2 + x3 ≥ 2, x3 ≤ 1 → 1; goal 2: min x1 − x2 with goal 1 held → x2 = 1, x1 = 0
    const m = lp([0, 0, 0], [[[1, 1, 1], 2, Infinity]], [Infinity, Infinity, 1]);
    const r = stepStages(m, [{ name: "first", objective: [1, 1, 0] }, { name: "second", objective: [1, -1, 0] }]);
    if ("refused" in r) throw new Error(r.refused.en);
    expect(r.stages.map((s) => s.optimum)).toEqual([1, -1]);
    expect([...r.values]).toEqual([0, 1, 1]);
    expect(r.stages[1]!.steps[0]!.kind).toBe("start");
  });

  it("stepStages shifts a column with a lower bound and keeps a fixed column as a constant", () => {
    // min 2·x1 + x2 + x3, x1 ∈ [2, 5], x3 fixed at 4, x1 + x2 + x3 ≥ 7 → x1 = 2, x2 = 1, objective 9
    const base = lp([2, 1, 1], [[[1, 1, 1], 7, Infinity]]);
    const m: LinearModel = { ...base, columns: base.columns.map((c, j) => (j === 0 ? { ...c, lower: 2, upper: 5 } : j === 2 ? { ...c, lower: 4, upper: 4 } : c)) };
    const r = run(m);
    expect([...r.values]).toEqual([2, 1, 4]);
    expect(r.stages[0]!.optimum).toBe(9);
    expect(r.standardForm.map((n) => n.en).join(" ")).toMatch(/equal bounds.*shifted.*upper bound/s);
    expect(r.size).toEqual({ rows: 2, columns: 5 });
  });

  it("stepStages refuses a model above the size limit, in both languages", () => {
    const r = stepStages(lp([1, 1, 1], [[[1, 1, 1], 1, Infinity]]), [{ name: "obj", objective: [1, 1, 1] }], { maxRows: 40, maxColumns: 4 });
    expect("refused" in r && r.refused.zh).toMatch(/模型过大/);
    expect("refused" in r && r.refused.en).toMatch(/too large/);
  });
});

function parse(file: string): Scenario {
  const p = parseScenario(JSON.parse(readFileSync(file, "utf8")));
  if (!p.ok) throw new Error(`${file}: ${p.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
  return p.value;
}

describe("teachScenario on every lesson (scenarios/lessons/*.json)", () => {
  const files = readdirSync(LESSONS).filter((f) => f.endsWith(".json")).sort();
  it("there are at least five lessons, each with a bilingual lesson text", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const s = parse(join(LESSONS, f));
      expect(s.lesson?.title.zh, f).toBeTruthy();
      expect(s.lesson?.question.en, f).toBeTruthy();
    }
  });
  for (const f of files) {
    it(`teachScenario ends ${f} at the optimum HiGHS and javascript-lp-solver find, with a checked allocation`, async () => {
      const s = parse(join(LESSONS, f));
      const o = teachScenario(s);
      if (!o.ok) throw new Error(`${f}: ${o.refused.en}`);
      expect(o.run.status).toBe("optimal");
      expect(o.result).not.toBeNull();
      expect(o.violations).toEqual([]);
      expect(checkResult(s, o.result!)).toEqual([]);
      const goals = s.objective.order.filter((g) => o.am.goals[g].length > 0);
      for (const g of goals) if (g !== "cost") expect(near(o.run.goalValues[g]!, o.result!.objective[g]), `${f} ${g}`).toBe(true);
      for (const solver of ["highs", "jslp"] as const) {
        const r = await solveScenario(s, { solver, marginal: false });
        expect(["optimal", "unmet"]).toContain(r.status);
        expect(r.status).toBe(o.result!.status);
        for (const g of goals) expect(near(o.result!.objective[g], r.objective[g]), `${f} ${solver} ${g}: ${o.result!.objective[g]} vs ${r.objective[g]}`).toBe(true);
      }
    });
  }

  it("every lesson's steps tell a consistent story: entering cost < 0, the least ratio leaves, the entering variable is basic next, the objective never rises", () => {
    for (const f of files) {
      const o = teachScenario(parse(join(LESSONS, f)));
      if (!o.ok) throw new Error(o.refused.en);
      for (const stage of o.run.stages) {
        stage.steps.forEach((step, k) => {
          const next = stage.steps[k + 1];
          if (next && next.phase === step.phase && step.kind !== "start") expect(next.objective, `${f} ${stage.name} step ${k}`).toBeLessThanOrEqual(step.objective + 1e-9);
          if (step.kind !== "pivot") return;
          expect(step.entering!.reducedCost).toBeLessThan(0);
          expect(step.tableau.blocked[step.entering!.var]).toBe(false);
          const least = Math.min(...step.ratios!.flatMap((q) => (q.ratio === null ? [] : [q.ratio])));
          expect(step.leaving!.ratio).toBeCloseTo(least, 12);
          expect(step.tableau.basis[step.leaving!.row]).toBe(step.leaving!.var);
          expect(next!.tableau.basis[step.leaving!.row]).toBe(step.entering!.var);
          expect(step.note.zh.length * step.note.en.length).toBeGreaterThan(0);
        });
      }
    }
  });

  it("stepSimplex steps a weighted objective as one stage, to HiGHS's optimum", async () => {
    const s = parse(join(LESSONS, "03-equity-objective.json"));
    const objective = { ...s.objective, mode: "weighted" as const };
    const am = buildModel(s);
    const r = stepSimplex(am, objective);
    if ("refused" in r) throw new Error(r.refused.en);
    expect(r.stages.map((st) => st.name)).toEqual(["weighted"]);
    const h = await solvePhases(am, objective, highsSolver);
    expect(near(r.stages[0]!.optimum!, h.solution.objective)).toBe(true);
  });

  it("teachScenario finds a scenario infeasible in phase I when a facility minimum costs more than the budget, as the solvers do", async () => {
    const s = threeTowns((x) => (x.facilities[0].limits = { min: { beds: 100 } }));
    const o = teachScenario(s);
    if (!o.ok) throw new Error(o.refused.en);
    expect(o.run.status).toBe("infeasible");
    expect(o.run.stages.at(-1)!.steps.at(-1)!.kind).toBe("infeasible");
    expect(o.result).toBeNull();
    expect((await solveScenario(s, { solver: "highs", marginal: false })).status).toBe("infeasible");
  });

  it("teachScenario refuses a county-sized scenario with a bilingual message", () => {
    const o = teachScenario(parse(join(ROOT, "scenarios", "zigong-2025.json")));
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.refused.zh.length).toBeGreaterThan(0);
      expect(o.refused.en.length).toBeGreaterThan(0);
    }
  });
});
