import { addGoal, type BuildContext } from "./context.js";
import { capitalKey, recurringKey } from "./keys.js";

/** Scale for a budget row: divide by the limit so that the row reads as a share of the budget. */
function scaleOf(limit: number): number {
  return limit > 0 ? limit : 1;
}

/** Capital spent terms up to `upToYear` (with sub-centre upgrades, paid in the first year), divided by `scale`. */
function capitalTerms(ctx: BuildContext, upToYear: number, scale: number): { cols: number[]; coefs: number[] } {
  const cols: number[] = [];
  const coefs: number[] = [];
  const nF = ctx.s.facilities.length;
  for (let f = 0; f < nF; f++) {
    ctx.s.resources.forEach((res, r) => {
      if (res.capitalCost <= 0) return;
      for (let y = 0; y < ctx.years.length; y++) {
        const c = ctx.addCol(f, r, y);
        if (c >= 0 && ctx.years[y]! <= upToYear) {
          cols.push(c);
          coefs.push(res.capitalCost / scale);
        }
      }
    });
  }
  const upgrade = ctx.s.rules.siting?.upgradeCost ?? 0;
  if (upgrade > 0) {
    for (const c of ctx.siteCol.values()) {
      cols.push(c);
      coefs.push(upgrade / scale);
    }
  }
  return { cols, coefs };
}

function capitalRow(ctx: BuildContext, year: number | null, label: { zh: string; en: string }, limit: number): void {
  const scale = scaleOf(limit);
  const t = capitalTerms(ctx, year ?? Infinity, scale);
  ctx.b.rowOf(capitalKey(year), "capital", label, t.cols, t.coefs, -Infinity, limit / scale);
}

/** Running cost of the basis at `year` (all years when null) ≤ `limit`, scaled by the limit. */
function recurringRow(ctx: BuildContext, year: number | null, limit: number): void {
  const basis = ctx.s.budgets.recurring?.basis ?? "added";
  const scale = scaleOf(limit);
  let fixed = 0;
  const terms: [number, number][] = [];
  ctx.s.facilities.forEach((fac, f) => {
    ctx.s.resources.forEach((res, r) => {
      if (res.runningCost === 0) return;
      if (basis === "total") fixed += (fac.existing[res.id] ?? 0) * res.runningCost;
      ctx.years.forEach((y, yi) => {
        const c = ctx.addCol(f, r, yi);
        if (c >= 0 && (year === null || y <= year)) terms.push([c, res.runningCost / scale]);
      });
    });
  });
  const label = year === null ? { zh: "经常性预算（年运行费用）", en: "Recurring budget (yearly running cost)" } : { zh: `经常性预算（${year} 年运行费用）`, en: `Recurring budget (running cost in ${year})` };
  ctx.b.row(recurringKey(year), "recurring", label, terms, -Infinity, (limit - fixed) / scale);
}

/** The cost goal's scale: the capital budget, or without one the replacement value of the existing stock. */
function costScaleOf(ctx: BuildContext): number {
  const { capital } = ctx.s.budgets;
  const budget = capital.total ?? Object.values(capital.byYear ?? {}).reduce((a, b) => a + b, 0);
  if (budget > 0) return budget;
  let stock = 0;
  const cost = new Map(ctx.s.resources.map((r) => [r.id, r.capitalCost]));
  for (const f of ctx.s.facilities) for (const [id, v] of Object.entries(f.existing)) stock += v * (cost.get(id) ?? 0);
  return scaleOf(stock);
}

/**
 * Capital budget (total, and cumulative by year) and recurring budget rows, each scaled by its limit;
 * the cost goal (capital + running cost of additions + upgrades), scaled by the capital budget.
 */
export function addBudgets(ctx: BuildContext): void {
  const { capital, recurring } = ctx.s.budgets;
  if (capital.total !== undefined) {
    capitalRow(ctx, null, { zh: "资本预算（总额）", en: "Capital budget (total)" }, capital.total);
  }
  if (capital.byYear) {
    let cumulative = 0;
    for (const year of ctx.years) {
      cumulative += capital.byYear[String(year)] ?? 0;
      capitalRow(ctx, year, { zh: `资本预算（截至 ${year} 年累计）`, en: `Capital budget (cumulative to ${year})` }, cumulative);
    }
  }
  if (recurring?.total !== undefined) recurringRow(ctx, null, recurring.total);
  for (const year of ctx.years) {
    const limit = recurring?.byYear?.[String(year)];
    if (limit !== undefined) recurringRow(ctx, year, limit);
  }
  const costScale = costScaleOf(ctx);
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
