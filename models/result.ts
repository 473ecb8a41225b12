import type { AllocationModel } from "./lp/build.js";
import { ruleGoalTerms, ruleLines } from "./result-rules.js";
import type { AllocationLine, AllocationResult, BudgetLine, CoverageLine, Explanation, ResultStatus, RuleLine } from "./result-types.js";
import type { Goal } from "./scenario/objective.js";
import type { Scenario } from "./scenario/scenario.js";

/** Integer columns rounded, float noise below 1e-9 cleared: the allocation as a planner reads it. */
function cleanValues(am: AllocationModel, values: Float64Array): Float64Array {
  return values.map((v, j) => (am.model.columns[j]!.integer ? Math.round(v) : Math.abs(v) < 1e-9 ? 0 : v));
}

function allocationLines(s: Scenario, am: AllocationModel, x: Float64Array): AllocationLine[] {
  const added = new Map<string, Record<string, number>>();
  am.model.columns.forEach((c, j) => {
    if (c.meta.kind !== "add") return;
    const key = `${c.meta.facility}:${c.meta.resource}`;
    const rec = added.get(key) ?? {};
    rec[String(c.meta.year)] = x[j]!;
    added.set(key, rec);
  });
  return s.facilities.flatMap((f, fi) =>
    s.resources.map((r, ri) => {
      const rec = added.get(`${fi}:${ri}`) ?? Object.fromEntries(am.years.map((y) => [String(y), 0]));
      const existing = f.existing[r.id] ?? 0;
      return { facility: f.id, resource: r.id, existing, added: rec, total: existing + Object.values(rec).reduce((a, b) => a + b, 0) };
    }),
  );
}

function totalAt(line: AllocationLine, year: number): number {
  return Object.entries(line.added).reduce((a, [y, v]) => (Number(y) <= year ? a + v : a), line.existing);
}

function coverageLines(s: Scenario, am: AllocationModel, lines: readonly AllocationLine[]): CoverageLine[] {
  const nR = s.resources.length;
  const rIndex = new Map(s.resources.map((r, i) => [r.id, i]));
  return am.need.units.map((u) => {
    const t = s.targets[u.target]!;
    const ri = rIndex.get(t.resource)!;
    const supplied = u.contributors.reduce((a, c) => a + c.share * totalAt(lines[c.facility * nR + ri]!, t.year), 0);
    return {
      target: t.id, resource: t.resource, scope: t.scope, unit: u.unit, year: t.year, nature: t.nature,
      population: u.population, need: u.need, ...(u.upperNeed === undefined ? {} : { upperNeed: u.upperNeed }),
      supplied, shortfall: Math.max(0, u.need - supplied), surplus: u.upperNeed === undefined ? 0 : Math.max(0, supplied - u.upperNeed),
    };
  });
}

function capitalByYear(s: Scenario, am: AllocationModel, lines: readonly AllocationLine[], subCentres: number): Map<number, number> {
  const cost = new Map(s.resources.map((r) => [r.id, r.capitalCost]));
  const spent = new Map(am.years.map((y) => [y, 0]));
  for (const l of lines) for (const [y, v] of Object.entries(l.added)) spent.set(Number(y), spent.get(Number(y))! + v * cost.get(l.resource)!);
  const first = am.years[0]!;
  spent.set(first, spent.get(first)! + subCentres * (s.rules.siting?.upgradeCost ?? 0));
  return spent;
}

function budgetLines(s: Scenario, spent: ReadonlyMap<number, number>, lines: readonly AllocationLine[]): BudgetLine[] {
  const out: BudgetLine[] = [];
  const { capital, recurring } = s.budgets;
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  if (capital.total !== undefined) out.push({ kind: "capital", year: null, limit: capital.total, used: total });
  if (capital.byYear) {
    let limit = 0;
    let used = 0;
    for (const [year, v] of [...spent].sort((a, b) => a[0] - b[0])) {
      limit += capital.byYear[String(year)] ?? 0;
      used += v;
      out.push({ kind: "capital", year, limit, used });
    }
  }
  const running = new Map(s.resources.map((r) => [r.id, r.runningCost]));
  const runningAt = (year: number) =>
    lines.reduce((a, l) => {
      const total = totalAt(l, year);
      return a + running.get(l.resource)! * (recurring?.basis === "total" ? total : total - l.existing);
    }, 0);
  if (recurring?.total !== undefined) out.push({ kind: "recurring", year: null, limit: recurring.total, used: runningAt(Infinity) });
  for (const year of [...spent.keys()].sort((a, b) => a - b)) {
    const limit = recurring?.byYear?.[String(year)];
    if (limit !== undefined) out.push({ kind: "recurring", year, limit, used: runningAt(year) });
  }
  return out;
}

function goalValues(s: Scenario, am: AllocationModel, cov: readonly CoverageLine[], capitalSpent: number, lines: readonly AllocationLine[], rules: readonly RuleLine[]): Record<Goal, number> {
  const fromRules = ruleGoalTerms(rules);
  let binding = fromRules.binding;
  let equity = 0;
  let expected = fromRules.expected;
  cov.forEach((c, i) => {
    const rel = c.need > 0 ? c.shortfall / c.need : 0;
    if (c.nature === "binding") binding += rel;
    else {
      equity = Math.max(equity, rel);
      const surplus = c.upperNeed !== undefined && c.upperNeed > 0 ? c.surplus / c.upperNeed : 0;
      expected += am.need.units[i]!.weight * (rel + surplus);
    }
  });
  const running = new Map(s.resources.map((r) => [r.id, r.runningCost]));
  const cost = capitalSpent + lines.reduce((a, l) => a + running.get(l.resource)! * (l.total - l.existing), 0);
  return { binding, equity, expected, cost };
}

/** Turns a solver's column values into the allocation, coverage, budget and goal figures (DESIGN.md §6). */
export function toResult(
  s: Scenario,
  am: AllocationModel,
  values: Float64Array,
  meta: { status: ResultStatus; explanation: Explanation; solver: AllocationResult["solver"] },
): AllocationResult {
  const x = cleanValues(am, values);
  const allocation = allocationLines(s, am, x);
  const subCentres = am.model.columns.flatMap((c, j) => (c.meta.kind === "site" && x[j]! > 0.5 ? [s.facilities[c.meta.facility]!.id] : []));
  const coverage = coverageLines(s, am, allocation);
  const spent = capitalByYear(s, am, allocation, subCentres.length);
  const capitalSpent = [...spent.values()].reduce((a, b) => a + b, 0);
  const rules = ruleLines(s, allocation);
  return {
    scenario: s.region.id, status: meta.status, years: am.years, allocation, subCentres, coverage, rules,
    budget: budgetLines(s, spent, allocation), objective: goalValues(s, am, coverage, capitalSpent, allocation, rules),
    explanation: meta.explanation, solver: meta.solver,
  };
}

/** A result with no allocation (infeasible rules, timeout, error), with its message. */
export function emptyResult(s: Scenario, years: readonly number[], status: ResultStatus, message: { zh: string; en: string }, explanation: Explanation, solver: AllocationResult["solver"]): AllocationResult {
  return { scenario: s.region.id, status, message, years, allocation: [], subCentres: [], coverage: [], budget: [], objective: { binding: NaN, equity: NaN, expected: NaN, cost: NaN }, explanation, solver };
}
