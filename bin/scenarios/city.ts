/** City scenarios: county-level zones, placeholder stock, targets from the plan or a named standard. */
import { join } from "node:path";
import { type ScenarioInput, type Source } from "../../models/scenario/index.js";
import { costs, populations, loadSeed, L, note, points, apportion, shares, round, NATIONAL, NATIONAL_2020, ASSUMED_CENTRE_BEDS, resources, COST_NOTE, FULL_FUNDING_NOTE, zoneOf, target, type Label, type Note, type FacilityIn, type TargetIn, type County, type Point, type ZoneSpec } from "./common.js";
import { ALL_RESOURCES } from "./yanjiang.js";

// ---------------------------------------------------------------- cities (county-level zones)

export type Per = { value: number; source: Source; label: string };
export type CityConfig = {
  region: "suining" | "zigong" | "dazhou";
  name: Label;
  zoneIds: Record<string, string>;
  /** 2020 stock per 1,000 residents (GPs per 10,000) and where each figure comes from. */
  stock: { beds: Per; doctors: Per; nurses: Per; pharmacists?: Per; gps: Per };
  targets: (zoneIds: readonly string[]) => TargetIn[];
  /** Named candidates by zone id: [id, zh, en, source]. */
  named?: Record<string, [string, string, string, Source][]>;
  siting: { total: number; source: Source; quotas: { zone: string; min: number; max: number; candidates: number; source?: Source }[] };
  ambulanceHost: string;
  notes: (info: { populationNote: Point[] }) => Note[];
};

export function cityZones(cfg: CityConfig): { zones: ZoneSpec[]; populationNote: Point[] } {
  const r = populations[cfg.region]!;
  const counties = r.counties!;
  const published = counties.filter((c) => c.pop2020 !== null);
  const missing = counties.filter((c) => c.pop2020 === null && !c.derived_pop2020 && !c.derived_residual);
  const residual = r.census2020.total - counties.reduce((a, c) => a + (c.pop2020 ?? c.derived_pop2020?.value ?? c.derived_residual?.value ?? 0), 0);
  const residualSplit = apportion(residual, missing.map(() => 1));
  const age = r.census2020.age as Record<string, number | null | string> | undefined;
  const cityShares = age && typeof age["age0_14"] === "number" && typeof age["age65plus"] === "number" ? { age0to14: round((age["age0_14"] as number) / 100, 4), age65plus: round((age["age65plus"] as number) / 100, 4) } : undefined;
  const zones = counties.map((c): ZoneSpec => {
    const id = cfg.zoneIds[c.zh]!;
    const kind = c.zh.endsWith("区") ? "district" : "county";
    const own = typeof c.age0_14 === "number" && typeof c.age65plus === "number" ? { age0to14: round(c.age0_14 / 100, 4), age65plus: round(c.age65plus / 100, 4) } : cityShares;
    const base = { id, zh: c.zh, en: c.en, kind, ...(c.code ? { code: c.code } : {}), ...(own ? { ageShares: own } : {}) } as const;
    if (c.pop2020 !== null) {
      return { ...base, p2020: c.pop2020, p2025: c.pop2020, status2020: "published", status2025: "projected", source: { kind: "census", citation: `2020 census, ${c.source}`, note: "2025 = 2020 (projection assumption: no growth; the plan prints no 2025 population)." } };
    }
    const derived = c.derived_pop2020 ?? c.derived_residual;
    const value = derived ? derived.value : residualSplit[missing.indexOf(c)]!;
    const how = derived ? `DERIVED by subtraction, not published: ${derived.how}.` : `ESTIMATE, not published: the city total minus the published counties (${residual}) split equally between ${missing.map((m) => m.zh).join(" and ")}.`;
    return { ...base, p2020: value, p2025: value, status2020: "estimated", status2025: "estimated", source: { kind: "estimate", citation: `city census total ${r.census2020.total} (${r.census2020.source})`, note: `${how} 2025 = 2020 (no-growth assumption).` } };
  });
  const estZones = zones.filter((z) => z.status2020 === "estimated");
  const derivedZones = counties.filter((c) => c.pop2020 === null && (c.derived_pop2020 || c.derived_residual));
  const populationNote: Point[] = [
    [`县级 2020 年人口为第七次人口普查公布数，全市 ${r.census2020.total} 人。${estZones.length ? `${estZones.map((z) => z.zh).join("、")}没有找到公布数：${derivedZones.length ? "用减法推算的 derived 数字" : "全市减已公布各县后平均分配"}（见 populationSource），标为 estimated。` : ""}`,
      `County 2020 figures: published census; city total ${r.census2020.total}.${estZones.length ? ` None found for ${estZones.map((z) => z.en.replace(/ \(.*\)| County| District/g, "")).join(", ")}: ${derivedZones.length ? "the derived_* figures (by subtraction)" : "the residual split equally"}, flagged estimated.` : ""}`],
    ["2025 年：规划未给人口预测，假设与 2020 年持平（标为 projected；估计值仍标 estimated）。", "2025: the plan prints no projection, so 2025 = 2020 (no-growth assumption, flagged projected; estimated figures stay estimated)."],
    cityShares ? ["年龄构成为全市公布值（沿滩区用本区公布值），套用于各县。", "Age shares are the city's published ones (Yantan its own), applied to each county."] : ["各县年龄构成未公布，未填。", "County age shares are not published and left out."],
  ];
  return { zones, populationNote };
}

export function buildCity(cfg: CityConfig): ScenarioInput {
  const seed = loadSeed(cfg.region);
  const { zones, populationNote } = cityZones(cfg);
  const zoneIds = zones.map((z) => z.id);
  const resIds = cfg.stock.pharmacists ? ALL_RESOURCES : ALL_RESOURCES.filter((r) => r !== "pharmacists");
  const facilities: FacilityIn[] = [];
  for (const z of zones) {
    const q = cfg.siting.quotas.find((x) => x.zone === z.id);
    const named = cfg.named?.[z.id] ?? [];
    const slots: [string, string, string, Source][] = Array.from({ length: q?.candidates ?? 0 }, (_, k): [string, string, string, Source] => named[k] ?? [`${z.id}Sub${k + 1 - named.length}`, `${z.zh}中心卫生院（候选 ${k + 1 - named.length}，规划未列名）`, `${z.en} central township health centre (candidate ${k + 1 - named.length}, not named in the plan)`, { kind: "assumption", note: "A placeholder for one of the county's central township health centres: the plan does not name its sub-centres." } satisfies Source]);
    const beds = Math.round((cfg.stock.beds.value * z.p2020) / 1000);
    const slotBeds = slots.map(() => ASSUMED_CENTRE_BEDS);
    const hospitalBeds = Math.round(beds * NATIONAL_2020.hospitalBedShare);
    const grassBeds = beds - hospitalBeds - slotBeds.reduce((a, b) => a + b, 0);
    const weights = [hospitalBeds, grassBeds, ...slotBeds];
    const staff = (per: Per | undefined, scale = 1000) => (per ? apportion(Math.round((per.value * z.p2020) / scale), weights) : weights.map(() => 0));
    const doctors = staff(cfg.stock.doctors);
    const nurses = staff(cfg.stock.nurses);
    const pharmacists = staff(cfg.stock.pharmacists);
    const gps = Math.round((cfg.stock.gps.value * z.p2020) / 10000);
    const existing = (i: number) => ({ beds: weights[i]!, doctors: doctors[i]!, nurses: nurses[i]!, ...(cfg.stock.pharmacists ? { pharmacists: pharmacists[i]! } : {}), gps: i === 1 ? gps : 0, ambulances: 0 });
    const stockNote = `Existing stock: ${cfg.stock.beds.label} beds, ${cfg.stock.doctors.label} doctors, ${cfg.stock.nurses.label} nurses${cfg.stock.pharmacists ? `, ${cfg.stock.pharmacists.label} pharmacists` : ""} per 1,000 and ${cfg.stock.gps.label} GPs per 10,000 × the county's 2020 population; beds split hospitals/grassroots by the national 2020 structure; staff follow beds (assumptions).`;
    facilities.push(
      { id: `${z.id}Hospitals`, name: L(`${z.zh}县级及以上医院（合计）`, `${z.en}: hospitals (aggregate)`), tier: "districtGeneralHospital", zone: z.id, existing: existing(0), limits: { noGrowth: z.id === cfg.ambulanceHost ? ["gps"] : ["gps", "ambulances"] }, source: { kind: "estimate", note: `${stockNote} Serves its own county; growth in beds and hospital staff is placed here.` } },
      { id: `${z.id}Grassroots`, name: L(`${z.zh}基层医疗卫生机构（合计）`, `${z.en}: township and community health centres (aggregate)`), tier: "townshipCentre", zone: z.id, existing: existing(1), limits: { noGrowth: resIds.filter((r) => r !== "gps") }, source: { kind: "estimate", note: `${stockNote} Holds the county's GPs; only GPs grow here.` } },
      ...slots.map(([id, zh, en, source], k): FacilityIn => ({
        id, name: L(zh, en), tier: "centralTownshipCentre", zone: z.id, existing: existing(2 + k), subCentreCandidate: true,
        limits: { max: { beds: 100, nurses: 40 }, noGrowth: resIds.filter((r) => r !== "beds" && r !== "nurses") },
        source: { ...source, note: `${source.note ?? ""} Existing stock: ${ASSUMED_CENTRE_BEDS} beds (ASSUMPTION, a typical central township health centre; no figure is available) and staff in proportion; it can grow only to the sub-centre minimum (100 beds, 40 nurses).`.trim() },
      })),
    );
  }
  const quotaRows = cfg.siting.quotas.map((q) => {
    const z = zones.find((x) => x.id === q.zone)!;
    return { zones: [q.zone], min: q.min, max: q.max, label: L(`${z.zh}次中心名额`, `${z.en} sub-centres`) };
  });
  return {
    version: 1,
    region: { id: cfg.region, name: cfg.name, level: "city", plan: seed.title, seed: cfg.region, baseYear: 2020, planYear: 2025, currency: "万元" },
    zones: zones.map(zoneOf),
    resources: resources(resIds),
    facilities,
    targets: cfg.targets(zoneIds),
    rules: {
      staffRatios: [], sizes: [], noGrowth: [],
      siting: {
        min: cfg.siting.total, max: cfg.siting.total, quotas: quotaRows,
        requirements: { beds: 100, nurses: 40 }, upgradeCost: costs.subCentreUpgrade.cost,
        source: { ...cfg.siting.source, note: `${cfg.siting.source.note ?? ""} Requirements: ${NATIONAL.secondaryHospital.citation} (${NATIONAL.secondaryHospital.note}). Upgrade cost: scenarios/costs.json (assumption).`.trim() },
      },
    },
    budgets: { capital: { total: 0, source: { kind: "assumption", note: costs.budgets[cfg.region]!.basis.en } } },
    notes: [...cfg.notes({ populationNote }), ...COST_NOTE, ...FULL_FUNDING_NOTE(cfg.region === "dazhou" ? "方案" : "规划", "The plan")],
  };
}

export const PLACEHOLDER_STOCK = {
  beds: { value: NATIONAL_2020.beds, source: NATIONAL.baseline2020, label: "6.46 (national 2020 average, placeholder)" },
  doctors: { value: NATIONAL_2020.doctors, source: NATIONAL.baseline2020, label: "2.90 (national 2020 average, placeholder)" },
  nurses: { value: NATIONAL_2020.nurses, source: NATIONAL.baseline2020, label: "3.34 (national 2020 average, placeholder)" },
  pharmacists: { value: NATIONAL_2020.pharmacists, source: NATIONAL.pharmacists2020, label: "0.35 (national 2020 average, placeholder)" },
  gps: { value: NATIONAL_2020.gpsPer10k, source: NATIONAL.baseline2020, label: "2.90 (national 2020 average, placeholder)" },
} satisfies Record<string, Per>;

export function zoneTarget(id: string, resource: string, ratio: number, per: number, name: Label, source: Source): TargetIn {
  return target(id, resource, ratio, per, "zone", "expected", name, { ...source, note: `${source.note ?? ""} Applied county by county (zone scope).`.trim() });
}

export const CITY_STOCK_NOTE = (zh: string, en: string): Note[] => points("存量（占位）", "Existing stock (placeholders)", [
  [`县级 2020 年存量：${zh}；其余为全国 2020 年平均（占位，非本市数据）× 县人口。`, `County 2020 stock: ${en}; the rest: national 2020 averages (PLACEHOLDERS, not the city's) × county population.`],
  ["床位按全国 2020 年结构分在医院（约 81%）与基层之间，人员随床位，全科医生全在基层。每县设医院、基层两个汇总项。", "Beds split hospitals (~81%) / grassroots by the national 2020 structure; staff follow beds; GPs all sit in the grassroots. Each county: a hospitals and a grassroots aggregate."],
  ["次中心候选每所按 60 张床（假设）从基层汇总中划出，只能增至次中心最低标准。床位与医院人员在医院汇总增长，全科医生在基层汇总增长。救护车现有数不详，记为 0。", "Each sub-centre candidate: 60 beds (assumption) carved from the grassroots, growing only to the sub-centre minimum. Beds and staff grow at hospitals, GPs at grassroots. Ambulances: unknown, 0."],
]);
