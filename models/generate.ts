import { createRng } from "./rng.js";
import type { ScenarioInput } from "./scenario/scenario.js";

/** Options of a synthetic scenario. */
export type GenerateOptions = {
  readonly towns: number;
  readonly seed: number;
  /** Add resources in whole units (a MIP). */
  readonly wholeUnits?: boolean;
  /** Ask for sub-centres: one in eight central township centres may be chosen, one per county. */
  readonly siting?: boolean;
  /** Make the doctors target binding. */
  readonly binding?: boolean;
  /** Capital budget as a share of the cost of meeting every need (default 0.4). */
  readonly budgetShare?: number;
};

const RESOURCES = [
  { id: "beds", zh: "床位", en: "Beds", unit: ["张", "beds"], kind: "bed", capital: 30, running: 2, ratio: 6, per: 1000 },
  { id: "doctors", zh: "执业（助理）医师", en: "Licensed doctors", unit: ["人", "people"], kind: "staff", capital: 5, running: 15, ratio: 3.2, per: 1000 },
  { id: "nurses", zh: "注册护士", en: "Registered nurses", unit: ["人", "people"], kind: "staff", capital: 3, running: 10, ratio: 3.8, per: 1000 },
  { id: "pharmacists", zh: "药师（士）", en: "Pharmacists", unit: ["人", "people"], kind: "staff", capital: 3, running: 10, ratio: 0.35, per: 1000 },
  { id: "gps", zh: "全科医生", en: "GPs", unit: ["人", "people"], kind: "staff", capital: 8, running: 15, ratio: 3.5, per: 10000 },
  { id: "ambulances", zh: "救护车", en: "Ambulances", unit: ["辆", "vehicles"], kind: "vehicle", capital: 40, running: 8, ratio: 1, per: 30000 },
] as const;

/**
 * A synthetic but plausible scenario of any size (benchmarks, fuzzing): towns of 3,000–80,000 people
 * grouped into counties of about 17, a township centre per town holding 40–90% of its need, a county
 * hospital per county serving its towns by population share, six resources, zone targets on five of
 * them and a region-wide ambulance target, one capital budget.
 */
export function generateScenario(o: GenerateOptions): ScenarioInput {
  const rng = createRng(o.seed);
  const nCounties = Math.max(1, Math.round(o.towns / 17));
  const zones = Array.from({ length: o.towns }, (_, i) => {
    const p2020 = Math.round(Math.exp(rng.uniform(Math.log(3000), Math.log(80000))));
    const growth = rng.uniform(-0.015, 0.02);
    return { id: `t${i + 1}`, name: { zh: `镇${i + 1}`, en: `Town ${i + 1}` }, kind: "town" as const, population: { "2020": p2020, "2025": Math.round(p2020 * (1 + growth) ** 5) }, county: i % nCounties };
  });
  const facilities: NonNullable<ScenarioInput["facilities"]> = [];
  let fullCost = 0;
  zones.forEach((z, i) => {
    const existing: Record<string, number> = {};
    for (const r of RESOURCES) {
      if (r.id === "ambulances") continue;
      const need = (z.population["2025"] * r.ratio) / r.per;
      existing[r.id] = Math.round(need * rng.uniform(0.4, 0.9) * 0.6);
      fullCost += Math.max(0, need - existing[r.id]!) * r.capital;
    }
    const central = i % 8 === 0;
    facilities.push({
      id: `hc${i + 1}`, name: { zh: `${z.name.zh}卫生院`, en: `${z.name.en} health centre` }, tier: central ? "centralTownshipCentre" : "townshipCentre", zone: z.id, existing,
      ...(o.siting && central ? { subCentreCandidate: true } : {}),
    });
  });
  for (let c = 0; c < nCounties; c++) {
    const members = zones.filter((z) => z.county === c);
    const pop = members.reduce((a, z) => a + z.population["2025"], 0);
    const existing: Record<string, number> = {};
    for (const r of RESOURCES) existing[r.id] = Math.round(((pop * r.ratio) / r.per) * rng.uniform(0.2, 0.35));
    facilities.push({
      id: `ch${c + 1}`, name: { zh: `县医院${c + 1}`, en: `County hospital ${c + 1}` }, tier: "districtGeneralHospital", zone: members[0]!.id, existing,
      catchment: members.map((z, k) => ({ zone: z.id, share: k === members.length - 1 ? 1 - members.slice(0, -1).reduce((a, m) => a + m.population["2025"] / pop, 0) : z.population["2025"] / pop })),
    });
  }
  return {
    version: 1,
    region: { id: `synthetic${o.towns}s${o.seed}`, name: { zh: `合成情景 ${o.towns} 镇`, en: `Synthetic, ${o.towns} towns` }, level: "synthetic", baseYear: 2020, planYear: 2025 },
    zones: zones.map(({ county: _county, ...z }) => z),
    resources: RESOURCES.map((r) => ({ id: r.id, name: { zh: r.zh, en: r.en }, unit: { zh: r.unit[0], en: r.unit[1] }, kind: r.kind, capitalCost: r.capital, runningCost: r.running, wholeUnits: o.wholeUnits ?? false })),
    facilities,
    targets: RESOURCES.map((r) => ({
      id: `${r.id}Per${r.per}`, name: { zh: `每${r.per === 30000 ? "3万" : r.per === 10000 ? "万" : "千"}人口${r.zh}`, en: `${r.en} per ${r.per.toLocaleString("en")}` },
      resource: r.id, ratio: r.ratio, per: r.per, scope: r.id === "ambulances" ? ("region" as const) : ("zone" as const), year: 2025,
      nature: o.binding && r.id === "doctors" ? ("binding" as const) : ("expected" as const),
    })),
    ...(o.siting
      ? { rules: { staffRatios: [], sizes: [], noGrowth: [], siting: { min: 0, max: nCounties, quotas: Array.from({ length: nCounties }, (_, c) => ({ zones: zones.filter((z) => z.county === c).map((z) => z.id), min: 0, max: 1 })), requirements: { beds: 60, doctors: 15 }, upgradeCost: 200 } } }
      : {}),
    budgets: { capital: { total: Math.round(fullCost * (o.budgetShare ?? 0.4)) } },
  };
}
