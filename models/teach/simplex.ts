import type { AllocationModel } from "../lp/build.js";
import { phaseStages, type PhaseStage } from "../lp/phases.js";
import type { LinearModel } from "../lp/types.js";
import type { Goal, Objective } from "../scenario/objective.js";
import { runPhase } from "./phase.js";
import { toStandardForm, TEACH_LIMITS, type StandardForm } from "./standard-form.js";
import { EPS, Tableau } from "./tableau.js";
import type { SimplexStep, StepOptions, TeachRefusal, TeachRun, TeachStage, TeachStatus } from "./types.js";

const num = (v: number) => String(Math.round(v * 1e6) / 1e6);

/** After phase I, pivots every artificial still basic (at 0) out of the basis, or records its row as redundant. */
function driveOut(t: Tableau, steps: SimplexStep[], cost: readonly number[]): void {
  t.basis.forEach((v, i) => {
    if (t.sf.vars[v]!.kind !== "artificial") return;
    const tableau = t.snapshot(cost, 0);
    const row = t.cells[i]!;
    const j = row.findIndex((a, k) => t.sf.vars[k]!.kind !== "artificial" && Math.abs(a) > EPS);
    const base = { index: steps.length, phase: "I" as const, kind: "driveOut" as const, tableau, objective: tableau.objective };
    if (j < 0) {
      steps.push({ ...base, note: { zh: `第 ${i + 1} 行只剩人工变量 ${t.sf.vars[v]!.name}（值为 0）：该行是其他行的组合，多余，保留不动。`, en: `Row ${i + 1} has only the artificial ${t.sf.vars[v]!.name} left (at 0): it is a combination of other rows, redundant, and is left alone.` } });
      return;
    }
    const name = t.sf.vars[j]!.name;
    steps.push({
      ...base,
      entering: { var: j, reducedCost: tableau.reducedCosts[j]!, rule: "bland", why: { zh: `${name} 是第 ${i + 1} 行中系数非零的第一个非人工变量。`, en: `${name} is the first non-artificial variable with a non-zero coefficient in row ${i + 1}.` } },
      leaving: { row: i, var: v, ratio: 0, why: { zh: `人工变量 ${t.sf.vars[v]!.name} 值为 0 仍在基中，换出（退化转轴，解不变）。`, en: `the artificial ${t.sf.vars[v]!.name} is basic at 0 and is swapped out (a degenerate pivot: the solution does not change).` } },
      degenerate: true,
      note: { zh: `把值为 0 的人工变量 ${t.sf.vars[v]!.name} 换出基，${name} 进基。`, en: `The zero artificial ${t.sf.vars[v]!.name} leaves the basis, ${name} enters.` },
    });
    t.pivot(i, j);
  });
}

/** A step with no pivot that opens a stage (standard form, or the goals held). */
function opening(t: Tableau, steps: SimplexStep[], phase: "I" | "II", cost: readonly number[], constant: number, note: { zh: string; en: string }): void {
  const tableau = t.snapshot(cost, constant);
  steps.push({ index: steps.length, phase, kind: "start", tableau, objective: tableau.objective, note });
}

/** Runs phase I; returns its status (`infeasible` when the artificials cannot all reach 0). */
function phaseOne(t: Tableau, sf: StandardForm, steps: SimplexStep[], o: Required<Pick<StepOptions, "rule" | "maxSteps">>): TeachStatus {
  const cost = sf.vars.map((v) => (v.kind === "artificial" ? 1 : 0));
  if (!cost.some((c) => c > 0)) return "optimal";
  opening(t, steps, "I", cost, 0, { zh: "第一阶段：最小化人工变量之和，寻找一个可行基。", en: "Phase I: minimise the sum of the artificials to find a feasible basis." });
  const status = runPhase(t, { phase: "I", cost, constant: 0, rule: o.rule, maxSteps: o.maxSteps, steps });
  if (status !== "optimal") return status;
  const rest = t.value(cost, 0);
  if (rest > 1e-9 * Math.max(1, ...sf.b)) {
    const tableau = t.snapshot(cost, 0);
    steps.push({ index: steps.length, phase: "I", kind: "infeasible", tableau, objective: rest, note: { zh: `人工变量之和无法降到 0（最小 ${num(rest)}）：约束互相矛盾，问题不可行。`, en: `The artificials cannot all reach 0 (least sum ${num(rest)}): the constraints contradict each other, the problem is infeasible.` } });
    return "infeasible";
  }
  driveOut(t, steps, cost);
  return "optimal";
}

/**
 * Steps a linear model through the simplex, one stage per entry of `stages` (a lexicographic goal each,
 * or one weighted/feasibility stage): phase I once, then phase II for each stage's objective from the
 * previous stage's optimal tableau. After a stage, every non-basic variable with a positive reduced cost
 * is frozen at 0: the stage's objective equals its optimum plus Σ d_j x_j over the non-basic variables,
 * so this holds the goal at its optimum exactly. Refuses models above the size limit.
 */
export function stepStages(m: LinearModel, stages: readonly PhaseStage[], o: StepOptions = {}): TeachRun | TeachRefusal {
  const sf = toStandardForm(m, { rows: o.maxRows ?? TEACH_LIMITS.rows, columns: o.maxColumns ?? TEACH_LIMITS.columns });
  if ("refused" in sf) return sf;
  const opts = { rule: o.rule ?? "auto", maxSteps: o.maxSteps ?? 500 } as const;
  const t = new Tableau(sf);
  const first: SimplexStep[] = [];
  const size = { rows: sf.rows.length, columns: sf.vars.length };
  const goalValues: Partial<Record<Goal, number>> = {};
  const out: TeachStage[] = [];
  const startStatus = phaseOne(t, sf, first, opts);
  sf.vars.forEach((v, j) => (t.blocked[j] = v.kind === "artificial"));
  let status: TeachStatus = startStatus;
  if (startStatus !== "optimal") out.push({ name: stages[0]?.name ?? "feasibility", ...(stages[0]?.goal ? { goal: stages[0].goal } : {}), steps: first, status: startStatus, optimum: null, frozen: [] });
  else {
    const frozenSoFar: string[] = [];
    for (const [k, stage] of stages.entries()) {
      const steps = k === 0 ? first : [];
      const cost = sf.vars.map((v) => (v.kind === "decision" ? stage.objective[v.column!] ?? 0 : 0));
      const constant = stage.objective.reduce((a, c, j) => a + c * sf.shift[j]!, 0);
      if (k > 0) {
        opening(t, steps, "II", cost, constant, {
          zh: `目标「${stage.name}」：从上一目标的最优表出发，换上新的目标行；${frozenSoFar.length > 0 ? `${frozenSoFar.join("、")} 固定为 0，保持前面目标的最优值。` : "前面目标没有需要固定的变量。"}`,
          en: `Goal "${stage.name}": start from the previous goal's optimal tableau with a new objective row; ${frozenSoFar.length > 0 ? `${frozenSoFar.join(", ")} stay at 0, holding the earlier goals at their optimum.` : "no variable needs freezing to hold the earlier goals."}`,
        });
      } else if (steps.length === 0) {
        opening(t, steps, "II", cost, constant, { zh: `标准型：每行都有松弛变量，全部松弛变量构成的初始基可行，无需第一阶段；目标行为「${stage.name}」。`, en: `Standard form: every row has a slack, so the all-slack basis is feasible and phase I is not needed; the objective row is goal "${stage.name}".` });
      } else {
        opening(t, steps, "II", cost, constant, { zh: `第二阶段：人工变量不再进基，换上目标「${stage.name}」的目标行。`, en: `Phase II: the artificials may no longer enter; the objective row is now goal "${stage.name}".` });
      }
      status = runPhase(t, { phase: "II", cost, constant, rule: opts.rule, maxSteps: opts.maxSteps, steps });
      const optimum = status === "optimal" ? t.value(cost, constant) : null;
      const frozen: string[] = [];
      if (optimum !== null) {
        const d = t.reducedCosts(cost);
        const basic = new Set(t.basis);
        d.forEach((dj, j) => {
          if (t.blocked[j] || basic.has(j) || dj <= EPS) return;
          t.blocked[j] = true;
          frozen.push(sf.vars[j]!.name);
        });
        frozenSoFar.push(...frozen);
        if (stage.goal) goalValues[stage.goal] = optimum;
      }
      out.push({ name: stage.name, ...(stage.goal ? { goal: stage.goal } : {}), steps, status, optimum, frozen });
      if (status !== "optimal") break;
    }
  }
  const x = t.varValues();
  const values = Float64Array.from(m.columns, (_, j) => sf.shift[j]! + (sf.colVar[j]! >= 0 ? x[sf.colVar[j]!]! : 0));
  return { stages: out, status, values, goalValues, standardForm: sf.notes, size };
}

/**
 * Steps the allocation model of a scenario with its objective: the same stages as the production solve
 * (`phaseStages`), each goal's simplex in turn. Refuses models too large to step, or with whole-unit variables.
 */
export function stepSimplex(am: AllocationModel, objective: Objective, o: StepOptions = {}): TeachRun | TeachRefusal {
  return stepStages(am.model, phaseStages(am, objective), o);
}
