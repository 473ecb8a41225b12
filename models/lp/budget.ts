import { addGoal, type BuildContext } from "./context.js";
import { capitalKey, recurringKey } from "./keys.js";

/** Scale for a budget row: divide by the limit so that the row reads as a share of the budget. */
function scaleOf(limit: number): number {
  return limit > 0 ? limit : 1;
}

/** Capital spent terms up to `upToYear` (with sub-centre upgrades, paid in the first year), divided by `scale`. */
function capitalTerms(ctx: BuildContext, upToYear: number, scale: number): [number, number][] {
  const terms: [number, number][] = [];
  ctx.s.facilities.forEach((_, f) => {
    ctx.s.resources.forEach((res, r) => {
      ctx.years.forEach((year, y) => {
        const c = ctx.addCol(f, r, y);
        if (c >= 0 && year <= upToYear && res.capitalCost > 0) terms.push([c, res.capitalCost / scale]);
      });
    });
  });
  const upgrade = ctx.s.rules.siting?.upgradeCost ?? 0;
  if (upgrade > 0) for (const c of ctx.siteCol.values()) terms.push([c, upgrade / scale]);
  return terms;
}

/**
 * Capital budget (total, and cumulative by year) and recurring budget rows, each scaled by its limit;
 * the cost goal (capital + running cost of additions + upgrades), scaled by the capital budget.
 */
export function addBudgets(ctx: BuildContext): void {
  const { capital, recurring } = ctx.s.budgets;
  if (capital.total !== undefined) {
    const scale = scaleOf(capital.total);
    ctx.b.row(capitalKey(null), "capital", { zh: "资本预算（总额）", en: "Capital budget (total)" }, capitalTerms(ctx, Infinity, scale), -Infinity, capital.total / scale);
  }
  if (capital.byYear) {
    let cumulative = 0;
    for (const year of ctx.years) {
      cumulative += capital.byYear[String(year)] ?? 0;
      const scale = scaleOf(cumulative);
      ctx.b.row(capitalKey(year), "capital", { zh: `资本预算（截至 ${year} 年累计）`, en: `Capital budget (cumulative to ${year})` }, capitalTerms(ctx, year, scale), -Infinity, cumulative / scale);
    }
  }
  if (recurring) {
    const scale = scaleOf(recurring.total);
    let fixed = 0;
    const terms: [number, number][] = [];
    ctx.s.facilities.forEach((fac, f) => {
      ctx.s.resources.forEach((res, r) => {
        if (res.runningCost === 0) return;
        if (recurring.basis === "total") fixed += (fac.existing[res.id] ?? 0) * res.runningCost;
        ctx.years.forEach((_, y) => {
          const c = ctx.addCol(f, r, y);
          if (c >= 0) terms.push([c, res.runningCost / scale]);
        });
      });
    });
    ctx.b.row(recurringKey(), "recurring", { zh: "经常性预算（年运行费用）", en: "Recurring budget (yearly running cost)" }, terms, -Infinity, (recurring.total - fixed) / scale);
  }
  const costScale = scaleOf(capital.total ?? Object.values(capital.byYear ?? {}).reduce((a, b) => a + b, 0));
  ctx.s.facilities.forEach((_, f) => {
    ctx.s.resources.forEach((res, r) => {
      ctx.years.forEach((_, y) => {
        const c = ctx.addCol(f, r, y);
        if (c >= 0) addGoal(ctx, "cost", c, (res.capitalCost + res.runningCost) / costScale);
      });
    });
  });
  const upgrade = ctx.s.rules.siting?.upgradeCost ?? 0;
  for (const c of ctx.siteCol.values()) addGoal(ctx, "cost", c, upgrade / costScale);
}
