import type { Scenario } from "../scenario/scenario.js";
import { solveScenario } from "../solve.js";
import type { SolverChoice } from "../solvers/choose.js";
import type { Breakpoint, BudgetCurve, BudgetCurveOptions, BudgetPoint } from "./types.js";

/** The scenario's capital budget: the total, or the sum by year. */
export function capitalBase(s: Scenario): number {
  const c = s.budgets.capital;
  return c.total ?? Object.values(c.byYear ?? {}).reduce((a, v) => a + v, 0);
}

/** A copy of the scenario with capital budget `budget`: the total replaced, amounts by year scaled alike. */
export function withCapital(s: Scenario, budget: number): Scenario {
  const c = s.budgets.capital;
  const base = capitalBase(s);
  const f = base > 0 ? budget / base : 0;
  const byYear = c.byYear ? Object.fromEntries(Object.entries(c.byYear).map(([y, v]) => [y, v * f])) : undefined;
  return { ...s, budgets: { ...s.budgets, capital: { ...c, ...(c.total === undefined ? {} : { total: budget }), ...(byYear ? { byYear } : {}) } } };
}

type Goal2 = "shortfall" | "equity";
const valueOf = (p: BudgetPoint, g: Goal2) => (g === "shortfall" ? p.shortfall : p.equity);
const usable = (p: BudgetPoint) => p.status === "optimal" || p.status === "unmet";
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Breaks of one goal: where two verified linear pieces meet at a point, or inside a run of segments the
 * bisection could not verify (narrower than the tolerance), where the lines of the pieces on either side cross.
 */
function breaksOf(pts: readonly BudgetPoint[], goal: Goal2, linear: ReadonlySet<number>): Breakpoint[] {
  const out: Breakpoint[] = [];
  const slope = (i: number) => (valueOf(pts[i + 1]!, goal) - valueOf(pts[i]!, goal)) / (pts[i + 1]!.budget - pts[i]!.budget);
  const scale = Math.max(1e-12, ...pts.slice(1).map((_, i) => Math.abs(slope(i))));
  const differ = (a: number, b: number) => Math.abs(a - b) > 1e-4 * scale;
  const ok = (i: number) => linear.has(i) && usable(pts[i]!) && usable(pts[i + 1]!);
  for (let i = 1; i + 1 < pts.length; i++) {
    if (!ok(i - 1)) continue;
    const before = slope(i - 1);
    if (ok(i)) {
      if (differ(before, slope(i))) out.push({ goal, budget: pts[i]!.budget, value: valueOf(pts[i]!, goal), slopeBefore: before, slopeAfter: slope(i) });
      continue;
    }
    // a run of unverified segments i … j − 1 between verified pieces
    let j = i;
    while (j + 1 < pts.length && !ok(j)) j++;
    if (j + 1 >= pts.length || !pts.slice(i, j + 1).every(usable)) continue;
    const after = slope(j);
    if (!differ(before, after)) continue;
    const [a, b] = [pts[i]!, pts[j]!];
    const x = (valueOf(b, goal) - valueOf(a, goal) + before * a.budget - after * b.budget) / (before - after);
    const at = Math.min(b.budget, Math.max(a.budget, x));
    out.push({ goal, budget: at, value: valueOf(a, goal) + before * (at - a.budget), slopeBefore: before, slopeAfter: after });
    i = j - 1;
  }
  return out;
}

/**
 * The goals as the capital budget runs from 0 to 2× its value, re-solving the scenario: evenly spaced
 * points first, then every segment whose midpoint departs from the straight line (in total shortfall or
 * equity) is halved, down to `tolerance` × the range — a bisection that closes in on each break. A break
 * is reported where two verified linear pieces meet, or where the lines of the pieces beside a segment
 * too small to halve cross. Solves are capped (`capped` says the cap was reached).
 */
export async function budgetCurve(s: Scenario, solver: SolverChoice = "auto", o: BudgetCurveOptions = {}): Promise<BudgetCurve> {
  const base = capitalBase(s);
  const span = 2 * base;
  const maxSolves = o.maxSolves ?? 60;
  const tol = (o.tolerance ?? 0.002) * span;
  const cache = new Map<number, BudgetPoint>();
  let solves = 0;
  let capped = false;
  const at = async (budget: number): Promise<BudgetPoint | null> => {
    const hit = cache.get(budget);
    if (hit) return hit;
    if (solves >= maxSolves || o.signal?.aborted) {
      capped = true;
      return null;
    }
    solves++;
    const r = await solveScenario(withCapital(s, budget), { solver, marginal: false, ...(o.signal ? { signal: o.signal } : {}) });
    const ob = r.objective;
    const p: BudgetPoint = { budget, status: r.status, shortfall: ob.binding + ob.expected, binding: ob.binding, expected: ob.expected, equity: ob.equity };
    cache.set(budget, p);
    return p;
  };
  if (span <= 0) {
    const p = await at(0);
    return { base, points: p ? [p] : [], breakpoints: [], solves, capped };
  }
  const n = Math.max(2, o.points ?? 9);
  for (let k = 0; k < n; k++) await at((span * k) / (n - 1));
  // segments still to verify, widest first
  const queue: [number, number][] = [];
  for (let k = 0; k + 1 < n; k++) queue.push([(span * k) / (n - 1), (span * (k + 1)) / (n - 1)]);
  const linearSegs = new Set<string>();
  while (queue.length > 0 && !capped) {
    queue.sort((p, q) => q[1] - q[0] - (p[1] - p[0]));
    const [a, b] = queue.shift()!;
    const [pa, pb] = [cache.get(a)!, cache.get(b)!];
    if (!usable(pa) || !usable(pb) || b - a < 2 * tol) continue;
    const mid = (a + b) / 2;
    const pm = await at(mid);
    if (!pm) break;
    const straight = usable(pm) && (["shortfall", "equity"] as const).every((g) => close(valueOf(pm, g), (valueOf(pa, g) + valueOf(pb, g)) / 2));
    if (straight) {
      // the midpoint stays as a point: both halves are linear
      linearSegs.add(`${a},${mid}`);
      linearSegs.add(`${mid},${b}`);
    } else queue.push([a, mid], [mid, b]);
  }
  const points = [...cache.values()].sort((p, q) => p.budget - q.budget);
  const linear = new Set<number>();
  points.forEach((p, i) => {
    const q = points[i + 1];
    if (q && linearSegs.has(`${p.budget},${q.budget}`)) linear.add(i);
  });
  const breakpoints = [...breaksOf(points, "shortfall", linear), ...breaksOf(points, "equity", linear)].sort((p, q) => p.budget - q.budget);
  return { base, points, breakpoints, solves, capped };
}
