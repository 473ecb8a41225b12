import type { AllocationResult, Scenario } from "../../../models/index.js";

type Label = { readonly zh: string; readonly en: string };

/** A sub-centre candidate: chosen or not, what it lacked before additions, and why (both languages). */
export type SubCentreReason = {
  readonly facility: string;
  readonly name: Label;
  readonly chosen: boolean;
  /** What its existing stock lacked against the siting requirements (resource → amount). */
  readonly lacking: Readonly<Record<string, number>>;
  /** What the allocation adds there of the required resources (resource → amount). */
  readonly added: Readonly<Record<string, number>>;
  readonly reason: Label;
};

/** The siting rule in words: how many sub-centres, what each must hold, what choosing one costs. */
export type SubCentreSummary = { readonly count: Label; readonly requirements: Label; readonly rows: readonly SubCentreReason[] };

const TOL = 1e-6;
const r1 = (v: number) => String(Math.round(v * 10) / 10);

/**
 * Why each sub-centre candidate was or was not chosen, read from the scenario's siting rule and the
 * result: a chosen one already met the requirements or was raised to them; one not chosen lacked
 * something while enough others met them as they stand, or its quota was full, or the places were
 * taken. Null when the scenario has no siting rule. Pure.
 */
export function subCentreReasons(s: Scenario, r: AllocationResult): SubCentreSummary | null {
  const siting = s.rules.siting?.enabled ? s.rules.siting : undefined;
  if (!siting) return null;
  const names = new Map(s.resources.map((x) => [x.id, x.name]));
  const rname = (id: string, lang: "zh" | "en") => names.get(id)?.[lang] ?? id;
  const list = (rec: Readonly<Record<string, number>>, lang: "zh" | "en", prefix = "") =>
    Object.entries(rec).map(([k, v]) => `${rname(k, lang)} ${prefix}${r1(v)}`).join(lang === "zh" ? "、" : ", ");
  const req = siting.requirements;
  const requirements: Label = {
    zh: Object.entries(req).map(([k, v]) => `${rname(k, "zh")} ≥ ${r1(v)}`).join("、") + (siting.upgradeCost > 0 ? `；每家改造费用 ${r1(siting.upgradeCost)} 万元` : ""),
    en: Object.entries(req).map(([k, v]) => `${rname(k, "en")} ≥ ${r1(v)}`).join(", ") + (siting.upgradeCost > 0 ? `; upgrading each costs ${r1(siting.upgradeCost)} 万元` : ""),
  };
  const count: Label = siting.min === siting.max ? { zh: String(siting.max), en: String(siting.max) } : { zh: `${siting.min}–${siting.max}`, en: `${siting.min}–${siting.max}` };
  const chosenSet = new Set(r.subCentres);
  const candidates = s.facilities.filter((f) => f.subCentreCandidate);
  const lackOf = (existing: Readonly<Record<string, number>>) =>
    Object.fromEntries(Object.entries(req).map(([k, v]) => [k, Math.max(0, v - (existing[k] ?? 0))] as const).filter(([, v]) => v > TOL));
  const base = candidates.map((f) => ({ f, chosen: chosenSet.has(f.id), lacking: lackOf(f.existing) }));
  const readyChosen = base.filter((x) => x.chosen && Object.keys(x.lacking).length === 0).length;
  const chosenCount = base.filter((x) => x.chosen).length;
  const rows = base.map(({ f, chosen, lacking }): SubCentreReason => {
    const added = Object.fromEntries(Object.keys(req).map((k) => {
      const line = r.allocation.find((l) => l.facility === f.id && l.resource === k);
      return [k, line ? line.total - line.existing : 0] as const;
    }).filter(([, v]) => v > TOL));
    const lacks = Object.keys(lacking).length > 0;
    let reason: Label;
    if (chosen) {
      reason = lacks
        ? { zh: `原缺 ${list(lacking, "zh")}，方案追加至达到要求`, en: `lacked ${list(lacking, "en")}; the allocation raises it to the requirements` }
        : { zh: "现有存量已达次中心要求，无需追加", en: "its existing stock already meets the sub-centre requirements: nothing to add" };
    } else {
      const quota = siting.quotas?.find((q) => q.zones.includes(f.zone));
      const inQuota = quota ? base.filter((x) => x.chosen && quota.zones.includes(x.f.zone)).length : 0;
      const qName = (lang: "zh" | "en") => quota?.label?.[lang] ?? quota?.zones.join(", ") ?? "";
      if (quota && inQuota >= quota.max) {
        reason = { zh: `所在配额（${qName("zh")}）已满：${inQuota} 家${lacks ? `；且缺 ${list(lacking, "zh")}` : ""}`, en: `its quota (${qName("en")}) is full: ${inQuota} chosen${lacks ? `; it also lacks ${list(lacking, "en")}` : ""}` };
      } else if (lacks && readyChosen >= chosenCount && chosenCount >= siting.min) {
        reason = {
          zh: `缺 ${list(lacking, "zh")} 才达要求；入选的 ${chosenCount} 家无需追加即已达标，选它需多投入`,
          en: `lacks ${list(lacking, "en")} to meet the requirements; the ${chosenCount} chosen meet them without additions, so choosing it would cost more`,
        };
      } else if (lacks) {
        reason = { zh: `缺 ${list(lacking, "zh")} 才达要求；模型按目标和成本选择了其他候选`, en: `lacks ${list(lacking, "en")} to meet the requirements; the model chose other candidates on its goals and cost` };
      } else if (chosenCount >= siting.max) {
        reason = { zh: `已达要求，但名额（最多 ${siting.max} 家）已满`, en: `meets the requirements, but the places (at most ${siting.max}) are taken` };
      } else {
        reason = { zh: "已达要求；模型按目标和成本未选", en: "meets the requirements; the model did not choose it on its goals and cost" };
      }
    }
    return { facility: f.id, name: f.name, chosen, lacking, added, reason };
  });
  rows.sort((a, b) => Number(b.chosen) - Number(a.chosen));
  return { count, requirements, rows };
}
