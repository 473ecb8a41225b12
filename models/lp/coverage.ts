import type { NeedUnit } from "../need.js";
import { addGoal, type BuildContext } from "./context.js";
import { bandKey, coverKey, equityKey, equityRowKey, shortfallKey, surplusKey } from "./keys.js";

function existingSupply(ctx: BuildContext, u: NeedUnit, resource: string): number {
  return u.contributors.reduce((a, c) => a + c.share * (ctx.s.facilities[c.facility]!.existing[resource] ?? 0), 0);
}

/** Supply terms of a unit (each contributor's additions up to `year`, × share ÷ scale) as parallel arrays. */
function supplyTerms(ctx: BuildContext, u: NeedUnit, r: number, year: number, scale: number): { cols: number[]; coefs: number[] } {
  const cols: number[] = [];
  const coefs: number[] = [];
  for (const c of u.contributors) {
    for (let y = 0; y < ctx.years.length; y++) {
      const col = ctx.addCol(c.facility, r, y);
      if (col >= 0 && ctx.years[y]! <= year) {
        cols.push(col);
        coefs.push(c.share / scale);
      }
    }
  }
  return { cols, coefs };
}

/**
 * Coverage rows, scaled by need so that every row reads in relative terms whatever the population:
 * `Σ share × added / need + shortfall ≥ 1 − existing supply / need` (shortfall ∈ [0, 1]);
 * bands: `Σ share × added / upperNeed − surplus ≤ 1 − existing / upperNeed`;
 * equity: `worst − shortfall ≥ 0` for every expected unit.
 */
export function addCoverage(ctx: BuildContext): void {
  let equity = -1;
  ctx.need.units.forEach((u, ui) => {
    const t = ctx.s.targets[u.target]!;
    const r = ctx.resourceIndex.get(t.resource)!;
    const existing = existingSupply(ctx, u, t.resource);
    const label = { zh: `${t.name?.zh ?? t.id}：${u.unit}`, en: `${t.name?.en ?? t.id}: ${u.unit}` };
    if (u.need > 0 && existing < u.need) {
      const sf = ctx.b.column(shortfallKey(t.id, u.unit), "shortfall", { kind: "shortfall", unit: ui }, 0, 1);
      ctx.shortfallCol.set(ui, sf);
      const terms = supplyTerms(ctx, u, r, t.year, u.need);
      terms.cols.push(sf);
      terms.coefs.push(1);
      ctx.b.rowOf(coverKey(t.resource, t.id, u.unit, t.year), "coverage", label, terms.cols, terms.coefs, 1 - existing / u.need, Infinity);
      if (t.nature === "binding") addGoal(ctx, "binding", sf, 1);
      else {
        addGoal(ctx, "expected", sf, u.weight);
        if (equity < 0) equity = ctx.b.column(equityKey(), "equity", { kind: "equity" }, 0, 1);
        ctx.b.rowOf(equityRowKey(t.id, u.unit), "equity", label, [equity, sf], [1, -1], 0, Infinity);
      }
    }
    if (u.upperNeed !== undefined && u.upperNeed > 0) {
      const terms = supplyTerms(ctx, u, r, t.year, u.upperNeed);
      if (terms.cols.length === 0) return;
      const sp = ctx.b.column(surplusKey(t.id, u.unit), "surplus", { kind: "surplus", unit: ui }, 0, Infinity);
      terms.cols.push(sp);
      terms.coefs.push(-1);
      ctx.b.rowOf(bandKey(t.id, u.unit), "band", label, terms.cols, terms.coefs, -Infinity, 1 - existing / u.upperNeed);
      if (t.nature === "expected") addGoal(ctx, "expected", sp, u.weight);
    }
  });
  if (equity >= 0) addGoal(ctx, "equity", equity, 1);
}
