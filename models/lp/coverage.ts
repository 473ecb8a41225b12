import type { NeedUnit } from "../need.js";
import { addGoal, addTerms, type BuildContext } from "./context.js";
import { bandKey, coverKey, equityKey, equityRowKey, shortfallKey, surplusKey } from "./keys.js";

function existingSupply(ctx: BuildContext, u: NeedUnit, resource: string): number {
  return u.contributors.reduce((a, c) => a + c.share * (ctx.s.facilities[c.facility]!.existing[resource] ?? 0), 0);
}

function supplyTerms(ctx: BuildContext, u: NeedUnit, r: number, year: number, scale: number): [number, number][] {
  return u.contributors.flatMap((c) => addTerms(ctx, c.facility, r, c.share / scale, year));
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
      ctx.b.row(coverKey(t.resource, t.id, u.unit, t.year), "coverage", label, [...supplyTerms(ctx, u, r, t.year, u.need), [sf, 1]], 1 - existing / u.need, Infinity);
      if (t.nature === "binding") addGoal(ctx, "binding", sf, 1);
      else {
        addGoal(ctx, "expected", sf, u.weight);
        if (equity < 0) equity = ctx.b.column(equityKey(), "equity", { kind: "equity" }, 0, 1);
        ctx.b.row(equityRowKey(t.id, u.unit), "equity", label, [[equity, 1], [sf, -1]], 0, Infinity);
      }
    }
    if (u.upperNeed !== undefined && u.upperNeed > 0) {
      const terms = supplyTerms(ctx, u, r, t.year, u.upperNeed);
      if (terms.length === 0) return;
      const sp = ctx.b.column(surplusKey(t.id, u.unit), "surplus", { kind: "surplus", unit: ui }, 0, Infinity);
      ctx.b.row(bandKey(t.id, u.unit), "band", label, [...terms, [sp, -1]], -Infinity, 1 - existing / u.upperNeed);
      if (t.nature === "expected") addGoal(ctx, "expected", sp, u.weight);
    }
  });
  if (equity >= 0) addGoal(ctx, "equity", equity, 1);
}
