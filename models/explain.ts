import type { LinearModel, Solution } from "./lp/types.js";
import type { BindingConstraint, CoverageLine, UnmetTarget } from "./result-types.js";

const SHOWN: ReadonlySet<string> = new Set(["capital", "recurring", "limit", "ratio", "siting"]);

/** Rows of the shown families that hold with equality at the solution, with their duals when given. */
export function bindingConstraints(m: LinearModel, sol: Solution): BindingConstraint[] {
  const out: BindingConstraint[] = [];
  m.rows.forEach((r, i) => {
    if (!SHOWN.has(r.family)) return;
    const activity = r.cols.reduce((a, c, k) => a + r.coefs[k]! * sol.values[c]!, 0);
    const atBound = (b: number) => Number.isFinite(b) && Math.abs(activity - b) <= 1e-6 * Math.max(1, Math.abs(b));
    if (!atBound(r.lower) && !atBound(r.upper)) return;
    const dual = sol.duals?.[i];
    out.push({ row: r.name, family: r.family, label: r.label, ...(dual === undefined ? {} : { dual }) });
  });
  return out;
}

/** Binding-target units left short (the elastic re-solve's figures). */
export function unmetTargets(cov: readonly CoverageLine[]): UnmetTarget[] {
  return cov
    .filter((c) => c.nature === "binding" && c.shortfall > 1e-6 * Math.max(1, c.need))
    .map((c) => ({ target: c.target, unit: c.unit, need: c.need, supplied: c.supplied, gap: c.shortfall }));
}

/** Plain-language remarks on the goals and budgets. */
export function remarks(cov: readonly CoverageLine[], capitalUsedShare: number | null): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
  if (capitalUsedShare !== null && capitalUsedShare > 1 - 1e-6) out.push({ zh: "资本预算已全部使用：增加预算可进一步缩小缺口。", en: "The capital budget is fully used: more budget would narrow the gaps further." });
  const worst = cov.filter((c) => c.nature === "expected" && c.need > 0).sort((a, b) => b.shortfall / b.need - a.shortfall / a.need)[0];
  if (worst && worst.shortfall > 1e-9) {
    const pct = ((100 * worst.shortfall) / worst.need).toFixed(1);
    out.push({ zh: `缺口最大：${worst.unit} 的 ${worst.target}，缺 ${pct}%。`, en: `Largest gap: ${worst.target} in ${worst.unit}, ${pct}% short.` });
  }
  if (!worst || worst.shortfall <= 1e-9) out.push({ zh: "所有预期性目标均已达到。", en: "Every expected target is met." });
  return out;
}
