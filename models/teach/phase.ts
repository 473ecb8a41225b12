import { EPS, type Tableau } from "./tableau.js";
import type { Entering, Leaving, PivotRule, RatioEntry, SimplexStep, TeachStatus } from "./types.js";

/** What one phase of the simplex is asked to do. */
export type PhaseJob = {
  readonly phase: "I" | "II";
  /** Cost per tableau variable, and the constant added to the objective (model units). */
  readonly cost: readonly number[];
  readonly constant: number;
  readonly rule: PivotRule;
  readonly maxSteps: number;
  /** Where the phase's steps are appended (their `index` continues the list). */
  readonly steps: SimplexStep[];
};

const num = (v: number) => String(Math.round(v * 1e6) / 1e6);

/** Chooses the entering variable: most negative reduced cost (Dantzig) or the lowest index with a negative one (Bland). */
function chooseEntering(t: Tableau, d: readonly number[], bland: boolean): Entering | null {
  const basic = new Set(t.basis);
  let best = -1;
  for (let j = 0; j < d.length; j++) {
    if (t.blocked[j] || basic.has(j) || d[j]! >= -EPS) continue;
    if (bland) {
      best = j;
      break;
    }
    if (best < 0 || d[j]! < d[best]!) best = j;
  }
  if (best < 0) return null;
  const name = t.sf.vars[best]!.name;
  const why = bland
    ? { zh: `布兰德规则：${name} 是下标最小的检验数为负的变量（${num(d[best]!)}），可防止退化循环。`, en: `Bland's rule: ${name} is the lowest-index variable with a negative reduced cost (${num(d[best]!)}), which rules out cycling.` }
    : { zh: `${name} 的检验数最负（${num(d[best]!)}）：每增加一个单位，目标下降最多。`, en: `${name} has the most negative reduced cost (${num(d[best]!)}): each unit of it lowers the objective most.` };
  return { var: best, reducedCost: d[best]!, rule: bland ? "bland" : "dantzig", why };
}

/** The ratio test for entering column `c`, and the leaving row (ties: lowest row in Dantzig mode, lowest variable index in Bland's). */
function ratioTest(t: Tableau, c: number, bland: boolean): { ratios: RatioEntry[]; leaving: Leaving | null } {
  const ratios: RatioEntry[] = t.cells.map((row, i) => {
    const a = row[c]!;
    if (a > EPS) return { row: i, coefficient: a, ratio: t.rhs[i]! / a };
    return { row: i, coefficient: a, ratio: null, skipped: a < -EPS ? { zh: "系数为负：进基变量增大时该行基变量随之增大，不构成限制。", en: "negative coefficient: the basic variable grows with the entering one, no limit." } : { zh: "系数为零：该行不受进基变量影响。", en: "zero coefficient: the row does not change." } };
  });
  let best: RatioEntry | null = null;
  for (const r of ratios) {
    if (r.ratio === null) continue;
    if (!best || r.ratio < best.ratio! - EPS) best = r;
    else if (bland && Math.abs(r.ratio - best.ratio!) <= EPS && t.basis[r.row]! < t.basis[best.row]!) best = r;
  }
  if (!best) return { ratios, leaving: null };
  const v = t.basis[best.row]!;
  const name = t.sf.vars[v]!.name;
  const tie = ratios.filter((r) => r.ratio !== null && Math.abs(r.ratio - best.ratio!) <= EPS).length > 1;
  const why = {
    zh: `第 ${best.row + 1} 行比值最小（${num(best.ratio!)}）：${name} 最先降到 0，出基。${tie ? (bland ? "并列时取下标最小的基变量。" : "并列时取最上面的一行。") : ""}`,
    en: `row ${best.row + 1} has the smallest ratio (${num(best.ratio!)}): ${name} reaches 0 first and leaves.${tie ? (bland ? " Ties go to the lowest-index basic variable." : " Ties go to the topmost row.") : ""}`,
  };
  return { ratios, leaving: { row: best.row, var: v, ratio: best.ratio!, why } };
}

/**
 * Runs one phase of the simplex on `t` in place, appending a step per pivot and a final step. Pivot rule
 * `auto` is Dantzig until a degenerate pivot, then Bland until the objective moves again: a cycle needs
 * degenerate pivots only, and Bland's rule cannot cycle. Pure `dantzig` stops with `cycling` when a basis repeats.
 */
export function runPhase(t: Tableau, job: PhaseJob): TeachStatus {
  const { phase, cost, constant, steps } = job;
  const seen = new Set<string>([t.basis.join(",")]);
  let degenerateRun = false;
  for (let k = 0; ; k++) {
    const d = t.reducedCosts(cost);
    const tableau = t.snapshot(cost, constant);
    const push = (s: Omit<SimplexStep, "index" | "phase" | "tableau" | "objective">) => steps.push({ index: steps.length, phase, tableau, objective: tableau.objective, ...s });
    if (k >= job.maxSteps) {
      push({ kind: "stepLimit", note: { zh: `已达 ${job.maxSteps} 次迭代上限，停止。`, en: `stopped at the limit of ${job.maxSteps} pivots.` } });
      return "stepLimit";
    }
    const bland = job.rule === "bland" || (job.rule === "auto" && degenerateRun);
    const entering = chooseEntering(t, d, bland);
    if (!entering) {
      const done = phase === "I" ? "phaseEnd" : "optimal";
      push({ kind: done, note: phase === "I" ? { zh: `第一阶段结束：人工变量之和最小为 ${num(tableau.objective)}。`, en: `Phase I ends: the least sum of artificials is ${num(tableau.objective)}.` } : { zh: `没有检验数为负的变量：已最优，目标值 ${num(tableau.objective)}。`, en: `No reduced cost is negative: optimal, objective ${num(tableau.objective)}.` } });
      return "optimal";
    }
    const { ratios, leaving } = ratioTest(t, entering.var, bland);
    if (!leaving) {
      push({ kind: "unbounded", entering, ratios, note: { zh: `${t.sf.vars[entering.var]!.name} 可无限增大而不违反任何约束：问题无界。`, en: `${t.sf.vars[entering.var]!.name} can grow without limit: the problem is unbounded.` } });
      return "unbounded";
    }
    const degenerate = leaving.ratio <= EPS;
    push({
      kind: "pivot", entering, ratios, leaving, degenerate,
      note: {
        zh: `${t.sf.vars[entering.var]!.name} 进基，${t.sf.vars[leaving.var]!.name} 出基，主元在第 ${leaving.row + 1} 行。${degenerate ? "退化转轴：目标值不变。" : ""}`,
        en: `${t.sf.vars[entering.var]!.name} enters, ${t.sf.vars[leaving.var]!.name} leaves; pivot in row ${leaving.row + 1}.${degenerate ? " A degenerate pivot: the objective does not move." : ""}`,
      },
    });
    t.pivot(leaving.row, entering.var);
    degenerateRun = degenerate;
    const key = t.basis.join(",");
    if (job.rule === "dantzig" && seen.has(key)) {
      const again = t.snapshot(cost, constant);
      steps.push({ index: steps.length, phase, kind: "cycling", tableau: again, objective: again.objective, note: { zh: "基重复出现：单纯形在退化顶点上循环（可改用布兰德规则）。", en: "A basis repeats: the simplex cycles at a degenerate vertex (Bland's rule prevents this)." } });
      return "cycling";
    }
    seen.add(key);
  }
}
