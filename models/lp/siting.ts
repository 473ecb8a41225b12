import type { BuildContext } from "./context.js";
import { siteKey, sitingKey } from "./keys.js";

/** Sub-centre binaries for the candidates; count and per-quota rows. */
export function addSiting(ctx: BuildContext): void {
  const siting = ctx.s.rules.siting;
  if (!siting?.enabled) return;
  ctx.s.facilities.forEach((f, fi) => {
    if (f.subCentreCandidate) ctx.siteCol.set(fi, ctx.b.column(siteKey(f.id), "site", { kind: "site", facility: fi }, 0, 1, true));
  });
  const all = [...ctx.siteCol.values()].map((c): [number, number] => [c, 1]);
  ctx.b.row(sitingKey(null), "siting", { zh: "县域医疗卫生次中心数量", en: "Number of county sub-centres" }, all, siting.min, siting.max);
  siting.quotas?.forEach((q, qi) => {
    const zones = new Set(q.zones);
    const terms = [...ctx.siteCol].filter(([fi]) => zones.has(ctx.s.facilities[fi]!.zone)).map(([, c]): [number, number] => [c, 1]);
    const l = q.label ?? { zh: `配额 ${qi + 1}`, en: `Quota ${qi + 1}` };
    if (terms.length === 0) {
      if (q.min > 0) ctx.impossible.push({ zh: `${l.zh}：没有可选机构`, en: `${l.en}: no candidates` });
      return;
    }
    ctx.b.row(sitingKey(qi), "siting", l, terms, q.min, q.max);
  });
}
