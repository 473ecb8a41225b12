/**
 * Regenerates the five bundled scenarios (`scenarios/<region>-2025.json`) from the plans' seeds
 * (`seeds/*.json`), the published population figures (`seeds/data/populations.json`) and the unit
 * costs and budgets (`scenarios/costs.json`). Deterministic: the same inputs give the same files.
 *
 *   npx tsx bin/build-scenarios.ts            write the five files
 *   npx tsx bin/build-scenarios.ts --check    exit 1 if a file differs from what would be written
 *
 * Every figure carries its source: `plan` (a seed figure, with file, line and phrase), `census`,
 * `national` (a higher-level standard, with how sure we are of it), `estimate` or `assumption`.
 * docs/scenarios.md explains each scenario's choices; each scenario's `notes` say the same.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { SeedFileSchema, type Provenance, type SeedFile } from "../models/seed/index.js";
import { parseScenario, type ScenarioInput, type Source, type Tier } from "../models/scenario/index.js";
import { solveScenario } from "../models/solve.js";

const ROOT = join(import.meta.dirname, "..");
type Label = { zh: string; en: string };
type Note = { title: Label; body: Label };
type ZoneIn = ScenarioInput["zones"][number];
type FacilityIn = ScenarioInput["facilities"][number];
type TargetIn = ScenarioInput["targets"][number];
type ResourceIn = ScenarioInput["resources"][number];
type Rec = Record<string, number>;

// ---------------------------------------------------------------- inputs

type Costs = {
  resources: Record<string, { name: Label; unit: Label; kind: ResourceIn["kind"]; wholeUnits: boolean; capitalCost: number; runningCost: number; basis: Label; source: Source }>;
  subCentreUpgrade: { cost: number; basis: Label; source: Source };
  budgets: Record<string, { method: "fullFunding" | "plan"; totalWanYuan?: number; seedTotal?: string; basis: Label }>;
};
type Town = { zh: string; pinyin: string; kind: "street" | "town"; nbsCode: string; census2020: number | null };
type County = { zh: string; en: string; code?: string; pop2020: number | null; source: string | null; derived_pop2020?: { value: number; how: string }; derived_residual?: { value: number; how: string }; age0_14?: number | null; age65plus?: number | null; ageSource?: string | null };
type RegionData = { zh: string; census2020: { total: number; source: string; age?: Record<string, unknown>; ageShares?: Record<string, unknown> }; towns?: Town[]; counties?: County[]; census2010Total?: { value: number; how: string }; planProjection2025?: { total: number; source: string }; sumCheck?: Record<string, unknown> };

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, rel), "utf8"));
}
const costs = readJson("scenarios/costs.json") as Costs;
const populations = (readJson("seeds/data/populations.json") as { regions: Record<string, RegionData> }).regions;
function loadSeed(id: string): SeedFile {
  return SeedFileSchema.parse(readJson(`seeds/${id}.json`));
}

// ---------------------------------------------------------------- small helpers

const L = (zh: string, en: string): Label => ({ zh, en });
const note = (tzh: string, ten: string, bzh: string, ben: string): Note => ({ title: L(tzh, ten), body: L(bzh, ben) });
type Point = readonly [zh: string, en: string];
/** A topic as short notes (a note body holds at most 200 characters): one numbered note per point. */
function points(tzh: string, ten: string, items: readonly Point[]): Note[] {
  return items.map(([zh, en], i) => {
    const k = items.length > 1 ? ` ${i + 1}/${items.length}` : "";
    return note(`${tzh}${k}`, `${ten}${k}`, zh, en);
  });
}

/** Splits an integer total over weights, whole numbers summing to the total (largest remainder, ties by order). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const out = exact.map(Math.floor);
  let left = Math.round(total) - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]!.i]! += 1;
  return out;
}

/** Catchment shares proportional to weights, rounded to 1e-9, the last one closing the sum to 1. */
function shares(zoneIds: readonly string[], weights: readonly number[]): { zone: string; share: number }[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = zoneIds.map((zone, i) => ({ zone, share: Math.round((weights[i]! / sum) * 1e9) / 1e9 }));
  const rest = 1 - out.slice(0, -1).reduce((a, c) => a + c.share, 0);
  out[out.length - 1]!.share = Math.round(rest * 1e9) / 1e9;
  return out;
}

const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function provenanceOf(seed: SeedFile, ref: string): Provenance {
  const t = seed.targets.find((x) => x.id === ref);
  if (t) return t.provenance[0]!;
  const i = seed.indicators.find((x) => x.id === ref);
  if (i) return i.target.provenance;
  const tot = seed.totals.find((x) => x.id === ref);
  if (tot) return tot.figure.provenance;
  const f = seed.facilities.find((x) => x.id === ref);
  if (f) return f.figures.find((g) => g.resource === "beds")?.figure.provenance ?? f.provenance;
  throw new Error(`seed ${seed.id}: no figure ${ref}`);
}

/** A plan source pointing at a seed figure (file, line, verbatim phrase). */
function planSource(seed: SeedFile, ref: string, noteText?: string): Source {
  const p = provenanceOf(seed, ref);
  return { kind: "plan", seed: seed.id, ref, file: p.file, line: p.line, phrase: p.phrase, citation: `${seed.title.zh}，seeds/documents/${p.file} 第 ${p.line} 行`, ...(noteText ? { note: noteText } : {}) };
}

/** The number a seed target or indicator states (the lower end of a band, a bound's value). */
function seedNumber(seed: SeedFile, ref: string): number {
  const t = seed.targets.find((x) => x.id === ref);
  const v = t ? ("value" in t.rule ? t.rule.value : undefined) : (seed.indicators.find((x) => x.id === ref)?.target.value ?? seed.totals.find((x) => x.id === ref)?.figure.value);
  if (!v) throw new Error(`seed ${seed.id}: ${ref} states no value`);
  if (v.kind === "number" || v.kind === "lower" || v.kind === "upper") return v.value;
  if (v.kind === "band") return v.lower;
  throw new Error(`seed ${seed.id}: ${ref} is not a number`);
}

/** The 2020 baseline an indicator prints. */
function seedBaseline(seed: SeedFile, ref: string): number {
  const b = seed.indicators.find((x) => x.id === ref)?.baseline?.value;
  if (!b || b.kind !== "number") throw new Error(`seed ${seed.id}: ${ref} has no numeric baseline`);
  return b.value;
}

// ---------------------------------------------------------------- higher-level standards (with how sure we are)

const NATIONAL = {
  beds: {
    value: 7.4,
    source: { kind: "national", citation: "《医疗机构设置规划指导原则（2021—2025年）》（国家卫生健康委）主要指标：到 2025 年每千人口医疗卫生机构床位数 7.40—7.50 张", note: "Recalled, NOT verified against the document's text (not available to us offline). Confidence: medium. The lower end, 7.4, is used. Check it — or the Sichuan provincial 14th Five-Year health plan's own figure — before relying on it." } satisfies Source,
  },
  doctors: {
    value: 3.2,
    source: { kind: "national", citation: "《“十四五”国民健康规划》（国办发〔2022〕11号）主要发展指标：2025 年每千人口执业（助理）医师数 3.20", note: "Confidence: fairly high — the Yanjiang plan prints the same 3.2 as its 2025 target (002 line 108) in a table that follows the national one; not verified against the national text here." } satisfies Source,
  },
  nurses: {
    value: 3.8,
    source: { kind: "national", citation: "《“十四五”国民健康规划》（国办发〔2022〕11号）主要发展指标：2025 年每千人口注册护士数 3.80", note: "Confidence: fairly high — the Yanjiang plan prints the same 3.8 (002 line 115); not verified against the national text here." } satisfies Source,
  },
  gps: {
    value: 4.0,
    source: { kind: "national", citation: "《国务院办公厅关于改革完善全科医生培养与使用激励机制的意见》（国办发〔2018〕3号）：到 2020 年城乡每万名居民拥有 2—3 名合格的全科医生，到 2030 年拥有 5 名", note: "The two printed figures: confidence high. The 2025 value 4.0 is OUR straight-line interpolation between the upper end for 2020 (3) and the 2030 figure (5), not a printed figure." } satisfies Source,
  },
  ambulances: {
    source: { kind: "national", citation: "《关于进一步完善院前医疗急救服务的指导意见》（国卫医发〔2020〕19号）：以地级市为单位，按照每 3 万人口配置 1 辆救护车", note: "Confidence: high; the Yanjiang (002 line 348) and Zigong (001 line 287) plans restate the same rule." } satisfies Source,
  },
  secondaryHospital: { kind: "national", citation: "《医疗机构基本标准（试行）》（卫医发〔1994〕30号）二级综合医院：住院床位总数 100 至 499 张；每床至少配备 0.4 名护士", note: "Confidence: high. The requirement uses the minimum of a 100-bed secondary hospital: 100 beds and 0.4 × 100 = 40 nurses. The standard's other staff rules (0.88 health technicians per bed, 3 deputy chief physicians) are not modelled." } satisfies Source,
  firstLevelHospital: { kind: "national", citation: "《医疗机构基本标准（试行）》（卫医发〔1994〕30号）一级综合医院：住院床位总数 20 至 99 张", note: "Confidence: high." } satisfies Source,
  communityCentreBeds: { kind: "national", citation: "《城市社区卫生服务中心基本标准》（卫医发〔2006〕240号）：可设一定数量的以护理康复为主要功能的病床，但不得超过 50 张", note: "Confidence: fairly high (recalled, not verified against the text here)." } satisfies Source,
  baseline2020: { kind: "national", citation: "《2020年我国卫生健康事业发展统计公报》：每千人口医疗卫生机构床位 6.46 张、执业（助理）医师 2.90 人、注册护士 3.34 人，每万人口全科医生 2.90 人；床位 910.1 万张，其中医院 713.1 万张（78.4%）、基层医疗卫生机构 164.9 万张（18.1%）", note: "National averages used as PLACEHOLDERS for a region's 2020 stock where neither the plan nor our data give it. Confidence in the national figures: high (bed structure: fairly high). They are not the region's own figures." } satisfies Source,
  pharmacists2020: { kind: "national", citation: "全国 2020 年每千人口药师（士）数 0.35（“十四五”国家规划指标表的基期值）", note: "Confidence: medium (recalled). Used only as a placeholder baseline." } satisfies Source,
} as const;

const NATIONAL_2020 = { beds: 6.46, doctors: 2.9, nurses: 3.34, gpsPer10k: 2.9, pharmacists: 0.35, hospitalBedShare: 78.4 / (78.4 + 18.1) };
const ASSUMED_CENTRE_BEDS = 60;

// ---------------------------------------------------------------- resources

function resources(ids: readonly string[]): ResourceIn[] {
  return ids.map((id) => {
    const c = costs.resources[id];
    if (!c) throw new Error(`costs.json: no resource ${id}`);
    return { id, name: c.name, unit: c.unit, kind: c.kind, capitalCost: c.capitalCost, runningCost: c.runningCost, wholeUnits: c.wholeUnits, costSource: { ...c.source, note: `${c.basis.en} / ${c.basis.zh}` } };
  });
}

const COST_NOTE = points("单价与预算", "Unit costs", [
  ["各项单价（建设费万元/单位，运行费万元/单位·年）均为假设，集中写在 scenarios/costs.json，并附依据。", "Every unit cost (capital 万元 per unit added, running 万元 per unit a year) is an assumption, kept in one place — scenarios/costs.json — with its basis."],
  ["床位和人员按连续量规划、显示时取整；在此尺度上取整不改变结论。救护车按整辆计。", "Beds and staff are planned as continuous quantities and rounded for display; at this scale rounding changes no conclusion. Ambulances come in whole vehicles."],
]);
const FULL_FUNDING_NOTE = (zhPlan: string, enPlan: string) => points("预算（占位）", "Budget (placeholder)", [
  [`${zhPlan}未列投资总额。占位：先以无上限预算求解，再把所用资本向上取整到 1,000 万元（scenarios/costs.json）。削减预算可看到先放弃哪些目标。`, `${enPlan} prints no investment total. Placeholder: solve with no limit, round the capital used up to 1,000 万元 (scenarios/costs.json). Cut it to see what gives first.`],
]);

// ---------------------------------------------------------------- zones

type ZoneSpec = { id: string; zh: string; en: string; kind: ZoneIn["kind"]; code?: string; p2020: number; p2025: number; status2020: "published" | "estimated"; status2025: "projected" | "estimated"; source: Source; ageShares?: ZoneIn["ageShares"]; urban?: boolean };

function zoneOf(z: ZoneSpec): ZoneIn {
  return {
    id: z.id, name: L(z.zh, z.en), kind: z.kind, ...(z.code ? { code: z.code } : {}),
    population: { "2020": z.p2020, "2025": z.p2025 },
    populationStatus: { "2020": z.status2020, "2025": z.status2025 },
    populationSource: z.source,
    ...(z.ageShares ? { ageShares: z.ageShares } : {}),
    ...(z.urban === undefined ? {} : { urban: z.urban }),
  };
}

/** Towns and streets of a district: equal split of the census total and of the 2025 total (estimates). */
function districtZones(region: string, total2025: number, method: Label, ids: Record<string, string> = {}): ZoneSpec[] {
  const r = populations[region]!;
  const towns = r.towns!;
  const p2020 = apportion(r.census2020.total, towns.map(() => 1));
  const p2025 = apportion(total2025, towns.map(() => 1));
  const age = r.census2020.age as Record<string, number>;
  const ageShares = { age0to14: round(age["0-14"]! / r.census2020.total, 5), age65plus: round(age["65+"]! / r.census2020.total, 5) };
  return towns.map((t, i) => ({
    id: ids[t.pinyin] ?? lowerFirst(t.pinyin), zh: t.zh, en: `${t.pinyin} ${t.kind === "street" ? "Street" : "Town"}`, kind: t.kind, code: t.nbsCode,
    p2020: p2020[i]!, p2025: p2025[i]!, status2020: "estimated", status2025: "estimated",
    source: { kind: "estimate", citation: `${r.zh} 2020 census total ${r.census2020.total} (${r.census2020.source}); town list: NBS codes (seeds/data/populations.json)`, note: `ESTIMATE, not a published figure. ${method.en} / ${method.zh}` },
    ageShares, urban: t.kind === "street",
  }));
}

// ---------------------------------------------------------------- targets

function target(id: string, resource: string, ratio: number, per: number, scope: TargetIn["scope"], nature: TargetIn["nature"], name: Label, source: Source, extra: Partial<TargetIn> = {}): TargetIn {
  return { id, name, resource, ratio, per, scope, year: 2025, nature, source, ...extra };
}


// ---------------------------------------------------------------- Yanjiang (district; 表1 facilities)

const HOSPITAL_TIERS: Tier[] = ["districtGeneralHospital", "tcmHospital", "maternalChildHospital"];
const TABLE1_TIERS: Tier[] = [...HOSPITAL_TIERS, "centralTownshipCentre", "townshipCentre", "communityCentre"];
const GRASSROOTS_TIERS: Tier[] = ["countySubCentre", "centralTownshipCentre", "townshipCentre", "communityCentre"];
const ALL_RESOURCES = ["beds", "doctors", "nurses", "pharmacists", "gps", "ambulances"];

function facilityIdOf(tier: string, zoneId: string, seedId: string): string {
  const special: Record<string, string> = { yanjiangPeoplesHospital: "peoplesHospital", ziyangYanjiangTcmHospital: "tcmHospital", yanjiangMchHospital: "mchHospital" };
  if (special[seedId]) return special[seedId]!;
  const suffix: Record<string, string> = { countySubCentre: "Src", centralTownshipCentre: "Chc", townshipCentre: "Thc", communityCentre: "Csc" };
  return `${zoneId}${suffix[tier] ?? "Fac"}`;
}

function buildYanjiang(): ScenarioInput {
  const seed = loadSeed("yanjiang");
  const r = populations["yanjiang"]!;
  const census = r.census2020.total;
  const total2025 = Math.round(census * Math.sqrt(census / r.census2010Total!.value));
  const zones = districtZones("yanjiang", total2025, L(
    `The 2020 census total (${census}) split equally over the 22 towns and streets — the no-information estimate, since no published 2020 figure by town exists (the census township tabulation 《中国人口普查分乡、镇、街道资料-2020》 is not available here). 2025: the district total projected at the 2010–2020 census trend (905,729 → 867,119, −0.43% a year) = ${total2025}, split equally. Replace by importing a CSV/xlsx of town populations.`,
    `2020 年普查总数（${census} 人）在 22 个镇/街道间平均分配——因无分乡镇公开数据（《中国人口普查分乡、镇、街道资料-2020》此处无法获得），这是无信息条件下的估计。2025 年：全区总数按 2010—2020 年两次普查的变化趋势（905,729 → 867,119，年均 −0.43%）外推为 ${total2025} 人，再平均分配。导入镇街人口 CSV/xlsx 即可替换。`,
  ), { Yanjiang: "yanjiangTown" }).map((z) => ({ ...z, en: z.id === "yanjiangTown" ? "Yanjiang Town" : z.en }));
  const zoneByZh = new Map(zones.map((z) => [z.zh, z.id]));
  const zoneIds = zones.map((z) => z.id);
  const pop2025 = zones.map((z) => z.p2025);
  const everyone = shares(zoneIds, pop2025);

  // Stock: 表1 beds as each facility's starting authorised beds; staff spread by beds (assumptions).
  const beds2020 = seedNumber(seed, "beds2020");
  const implied = (beds2020 / seedBaseline(seed, "bedsPer1000")) * 1000;
  const staffTotal = {
    doctors: Math.round((seedBaseline(seed, "doctorsPer1000") * implied) / 1000),
    nurses: Math.round((seedBaseline(seed, "nursesPer1000") * implied) / 1000),
    pharmacists: Math.round((seedBaseline(seed, "pharmacistsPer1000") * implied) / 1000),
    gps: Math.round((seedBaseline(seed, "gpsPer10000") * implied) / 10000),
  };
  type F = { id: string; name: Label; tier: Tier; zone: string; beds: number; planned?: number; source: Source; catchment?: { zone: string; share: number }[]; limits?: FacilityIn["limits"]; candidate?: boolean };
  const table1: F[] = seed.facilities.map((sf) => {
    const beds = sf.figures.find((g) => g.resource === "beds")!.figure.value;
    if (beds.kind !== "number") throw new Error(`${sf.id}: beds not a number`);
    const tier = sf.tier as Tier;
    const zone = sf.zone ? zoneByZh.get(sf.zone)! : "lianhua";
    const hospital = HOSPITAL_TIERS.includes(tier);
    return {
      id: facilityIdOf(tier, zone, sf.id), name: sf.name, tier, zone, beds: beds.value, planned: beds.value,
      source: planSource(seed, sf.id, hospital ? "District-level hospital: stands in the urban core (assumed — the plan gives no address) and serves every town and street in proportion to population." : "表1 row; existing stock assumed equal to the 表1 authorised beds (see notes)."),
      ...(hospital ? { catchment: everyone } : {}),
      ...(tier === "centralTownshipCentre" ? { candidate: true } : {}),
    };
  });
  const table1Beds = table1.reduce((a, f) => a + f.beds, 0);
  const placeholder: F = {
    id: "yanjiangTownThc", name: L("雁江镇基层医疗卫生机构（表1未列，占位）", "Yanjiang Town health centre (not in 表1; placeholder)"), tier: "townshipCentre", zone: "yanjiangTown", beds: 0,
    source: { kind: "assumption", note: "表1 lists no health centre in 雁江镇 (seed note). A placeholder with no existing stock lets the model show what the town would need; delete it if the town is served from the urban core." },
  };
  const outside: F = {
    id: "outsideTable1", name: L("表1以外的床位与人员（市级医院、民营医院等，合计）", "Beds and staff outside 表1 (city-level and private hospitals, aggregate)"), tier: "other", zone: "lianhua", beds: beds2020 - table1Beds,
    catchment: everyone, limits: { noGrowth: [...ALL_RESOURCES] },
    source: { kind: "estimate", citation: "seeds/documents/002_ce224e3ad2283474.txt line 13 (床位9576张) minus the 表1 total", note: `All beds of 2020 (9,576, line 13) minus the ${table1Beds} beds of 表1: the city hospitals in the district (资阳市第一人民医院, 资阳市人民医院), private hospitals and others. The district plan does not allocate to them, so they do not grow here; they count toward the all-beds ratio (9.6) and the staff ratios, not toward the district-run and grassroots ratio (6.0).` },
  };
  const all = [...table1, placeholder, outside];
  const bedWeights = all.map((f) => f.beds);
  const staff = Object.fromEntries((["doctors", "nurses", "pharmacists"] as const).map((k) => [k, apportion(staffTotal[k], bedWeights)])) as Record<"doctors" | "nurses" | "pharmacists", number[]>;
  const grassroots = all.map((f) => (GRASSROOTS_TIERS.includes(f.tier) ? f.beds : 0));
  const gps = apportion(staffTotal.gps, grassroots);
  const facilities: FacilityIn[] = all.map((f, i) => ({
    id: f.id, name: f.name, tier: f.tier, zone: f.zone, ...(f.catchment ? { catchment: f.catchment } : {}),
    existing: { beds: f.beds, doctors: staff.doctors[i]!, nurses: staff.nurses[i]!, pharmacists: staff.pharmacists[i]!, gps: gps[i]!, ambulances: 0 },
    ...(f.limits ? { limits: f.limits } : {}), ...(f.candidate ? { subCentreCandidate: true } : {}), ...(f.planned === undefined ? {} : { planned: { beds: f.planned } }), source: f.source,
  }));

  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const perTown = "Applied town by town (zone scope): the plan states it district-wide; applying it to each town says where additions go. District-level hospitals serve every town in proportion to population.";
  const targets: TargetIn[] = [
    target("bedsPer1000", "beds", seedNumber(seed, "bedsPer1000"), 1000, "region", "expected", L("每千人口医疗卫生机构床位数", "Beds per 1,000 residents (all institutions)"), ps("bedsPer1000", "Table figure 9.6 (the text's 5.0—6.0 is not used: seed conflict bedsPer1000TableVsText).")),
    target("countyAndGrassrootsBedsPer1000", "beds", seedNumber(seed, "countyAndGrassrootsBedsPer1000"), 1000, "zone", "expected", L("每千人口县办公立医院及基层医疗卫生机构床位数", "District-run public hospital and grassroots beds per 1,000"), ps("countyAndGrassrootsBedsPer1000", `${perTown} Only the 表1 tiers count.`), { tiers: TABLE1_TIERS }),
    target("tcmBedsPer1000", "beds", seedNumber(seed, "tcmBedsPer1000"), 1000, "region", "expected", L("每千人口公立中医医院床位数", "Public TCM hospital beds per 1,000"), ps("tcmBedsPer1000"), { tiers: ["tcmHospital"] }),
    target("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, "zone", "expected", L("每千人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000", perTown)),
    target("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, "zone", "expected", L("每千人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000", perTown)),
    target("pharmacistsPer1000", "pharmacists", seedNumber(seed, "pharmacistsPer1000"), 1000, "zone", "expected", L("每千人口药师（士）数", "Pharmacists per 1,000"), ps("pharmacistsPer1000", perTown)),
    target("gpsPer10000", "gps", seedNumber(seed, "gpsPer10000"), 10000, "zone", "expected", L("每万人口全科医生数", "GPs per 10,000"), ps("gpsPer10000", perTown)),
    target("ambulancesPer30000", "ambulances", seedNumber(seed, "ambulancesPer30000"), 30000, "region", "expected", L("每3万人口救护车数", "Ambulances per 30,000"), ps("ambulancesPer30000")),
  ];

  const outsideBeds = beds2020 - table1Beds;
  const notes: Note[] = [
    ...points("人口是估计值", "Town populations are ESTIMATES", [
      [`全区 2020 年常住人口 ${census} 人为第七次人口普查公布数。各镇街数字均为估计（populationStatus 标为 estimated）：没有分乡镇公开数据。`, `The district's 2020 population, ${census}, is the published census figure. Every town figure is an ESTIMATE (flagged estimated): no published figure by town exists.`],
      ["估计方法：普查总数在 22 个镇/街道间平均分配（不作任何假设的估计）。导入镇街人口 CSV/xlsx 即可替换。", "Method: the census total split equally over the 22 towns and streets — the estimate that assumes nothing. Replace it by importing a CSV/xlsx of town populations."],
      [`2025 年：全区总数按 2010—2020 年两次普查趋势（905,729 → 867,119，年均 −0.43%）外推为 ${total2025} 人，再平均分配。`, `2025: the total projected at the 2010–2020 census trend (905,729 → 867,119, −0.43% a year) = ${total2025}, split equally.`],
      ["年龄构成（0—14 岁 15.84%，65 岁及以上 18.98%）为全区公布值，套用于每个镇街。", "Age shares (0–14: 15.84%, 65+: 18.98%) are the district's published ones, applied to every town."],
    ]),
    ...points("规划比例的人口基数", "The plan's population base", [
      [`规划 2020 年床位 9,576 张、每千人口 9.57 张（第 13、86 行），隐含人口约 ${Math.round(implied)}，多于普查的 ${census}。`, `The plan's 9,576 beds at 9.57 per 1,000 in 2020 (lines 13, 86) imply about ${Math.round(implied)} residents — more than the census's ${census}.`],
      ["本情景按普查人口计算需要量，所以全部床位 9.6‰ 在 2025 年已超额，人员比例也接近达到。", "Need is counted on the census population here, so the all-beds ratio 9.6 is already exceeded in 2025 and the staff ratios are nearly met."],
      [`2020 年人员存量 = 规划比例 × 隐含人口（推算值）：医师 ${staffTotal.doctors}、护士 ${staffTotal.nurses}、药师 ${staffTotal.pharmacists}、全科医生 ${staffTotal.gps}。`, `2020 staff stock = the plan's ratio × the implied population (derived): doctors ${staffTotal.doctors}, nurses ${staffTotal.nurses}, pharmacists ${staffTotal.pharmacists}, GPs ${staffTotal.gps}.`],
    ]),
    ...points("机构与存量（假设）", "Facilities and stock (assumptions)", [
      [`机构为规划表1的 24 家，planned.beds 为其 2025 年编制床位（合计 ${table1Beds} 张）。`, `Facilities are the 24 of the plan's 表1; planned.beds is each one's 2025 authorised beds (${table1Beds} in all).`],
      ["表1 没有 2020 年存量。假设：各机构起点即为表1数字；模型只增不减，“模型 − 表1”就是按规划比例还需增加的床位。", "表1 gives no 2020 stock. ASSUMPTION: each starts at its 表1 figure; the model only adds, so \"model − 表1\" is what the plan's ratios would still add."],
      ["人员按床位比例分摊到各机构，全科医生只分摊到基层机构（假设）。救护车现有数不详，记为 0：显示的是比例要求的整支车队。", "Staff are spread over facilities by beds, GPs over grassroots centres only (assumptions). Ambulances in service are unknown, set to 0: the figure shown is the whole fleet."],
      [`“表1以外”汇总：9,576 − ${table1Beds} = ${outsideBeds} 张（市级、民营医院等），不增长，只计入全部床位与人员比例。`, `"Outside 表1": 9,576 − ${table1Beds} = ${outsideBeds} beds of city-level, private and other hospitals; they do not grow and count only toward all-beds and staff ratios.`],
      ["表1 在雁江镇没有机构，设一个无存量的占位机构显示该镇的需要。区级医院位置未知，记在莲花街道，按人口服务全区。", "表1 has no centre in 雁江镇: a placeholder with no stock shows the town's need. District hospitals' site is unknown (recorded in 莲花); they serve every town by population."],
    ]),
    ...points("目标与规则", "Targets and rules", [
      ["比例取自规划主要指标表（预期性）。床位 9.6、中医床位 0.98、救护车按全区计；县办公立及基层床位 6.0 与人员比例按镇街逐一计算，以说明增量放在哪里。", "Ratios are the plan's table rows (expected). Beds 9.6, TCM beds 0.98 and ambulances count district-wide; beds 6.0 and staff ratios apply town by town, to show where additions go."],
      ["区级公立医院原则上不再扩增床位（第 202 行）；区级综合医院 600—1000 张（第 224 行）；社区卫生服务中心床位不超过 50 张（国家标准）。", "District public hospitals add no beds (line 202); the district general hospital holds 600–1,000 beds (line 224); community health centres at most 50 beds (national standard)."],
      ["未作约束：医护比 1:1.3、床人比 1:1.5（与每千人口医师、护士指标矛盾，见种子冲突）。未建模：精神科医师、重症/康复/精神科床位、托位（无存量数据）。", "Not imposed: doctor:nurse 1:1.3 and bed:staff 1:1.5 (they contradict the per-1,000 rows; seed conflicts). Not modelled: psychiatrists, ICU/rehab/psychiatric beds, childcare (no stock)."],
    ]),
    ...points("县域医疗卫生次中心", "County sub-centres", [
      ["规划按二级综合医院标准建设 5 个县域医疗卫生次中心（第 447、468、515 行），未说明是哪 5 个；候选为表1的 8 所中心卫生院。", "The plan builds 5 county sub-centres to secondary-hospital standard (lines 447, 468, 515) without naming them; candidates: 表1's 8 central township health centres."],
      [`选中者须达到二级综合医院最低标准：床位 ≥ 100、护士 ≥ 40（《医疗机构基本标准（试行）》100 张 × 每床 0.4 名护士）。提升费用 ${costs.subCentreUpgrade.cost} 万元/所（假设）。`, `A chosen one needs ≥ 100 beds and ≥ 40 nurses (医疗机构基本标准: 100 beds × 0.4 nurses a bed); upgrading costs ${costs.subCentreUpgrade.cost} 万元 each (assumption).`],
      ["模型的选择取决于估计的人员存量（按床位分摊），不取决于镇人口估计。", "The model's choice rests on the estimated staff stock (spread by beds), not on the town population estimate."],
    ]),
    ...COST_NOTE,
    ...FULL_FUNDING_NOTE("规划", "The plan"),
  ];

  return {
    version: 1,
    region: { id: "yanjiang", name: L("资阳市雁江区", "Yanjiang District, Ziyang"), level: "district", plan: seed.title, seed: "yanjiang", baseYear: 2020, planYear: 2025, currency: "万元" },
    zones: zones.map(zoneOf),
    resources: resources(ALL_RESOURCES),
    facilities,
    targets,
    rules: {
      staffRatios: [],
      sizes: [
        { id: "districtGeneralHospitalBeds", name: L("区级综合医院单体规模", "District general hospital size"), tiers: ["districtGeneralHospital"], resource: "beds", min: 600, max: 1000, source: ps("districtGeneralHospitalBeds") },
        { id: "communityCentreBeds", name: L("社区卫生服务中心床位上限", "Community health centre bed cap"), tiers: ["communityCentre"], resource: "beds", max: 50, source: NATIONAL.communityCentreBeds },
      ],
      noGrowth: [
        { tiers: HOSPITAL_TIERS, resources: ["beds"], source: ps("districtPublicHospitalsNoGrowth") },
        { tiers: HOSPITAL_TIERS, resources: ["gps"], source: { kind: "assumption", note: "GPs are planned for the grassroots centres." } },
        { tiers: ["tcmHospital", "maternalChildHospital", "centralTownshipCentre", "townshipCentre", "communityCentre"], resources: ["ambulances"], source: { kind: "assumption", note: "Ambulances are held by the district people's hospital (its 120 station); the plan does not say where they are based." } },
      ],
      siting: {
        min: seedNumber(seed, "countySubCentres"), max: seedNumber(seed, "countySubCentres"),
        requirements: { beds: 100, nurses: 40 }, upgradeCost: costs.subCentreUpgrade.cost,
        source: { ...ps("countySubCentres"), note: `Count from the plan; requirements from ${NATIONAL.secondaryHospital.citation} (${NATIONAL.secondaryHospital.note}); upgrade cost: scenarios/costs.json (assumption).` },
      },
    },
    budgets: { capital: { total: 0, source: { kind: "assumption", note: costs.budgets["yanjiang"]!.basis.en } } },
    notes,
  };
}

// ---------------------------------------------------------------- Rongchang (district; six area centres)

function buildRongchang(): ScenarioInput {
  const seed = loadSeed("rongchang");
  const r = populations["rongchang"]!;
  const census = r.census2020.total;
  const total2025 = Math.round(seedNumber(seed, "population2025") * 10000);
  const zones = districtZones("rongchang", total2025, L(
    `The 2020 census total (${census}) split equally over the 21 towns and streets — the no-information estimate (no published 2020 figure by town). 2025: the plan's own projection 约74.17万 (line 172) = ${total2025}, split equally. Replace by importing a CSV/xlsx of town populations.`,
    `2020 年普查总数（${census} 人）在 21 个镇/街道间平均分配（无分乡镇公开数据）。2025 年：规划第 172 行“2025年常住人口约74.17万人” = ${total2025} 人，平均分配。导入镇街人口 CSV/xlsx 即可替换。`,
  ));
  const zoneByZh = new Map(zones.map((z) => [z.zh, z.id]));
  const zoneIds = zones.map((z) => z.id);
  const everyone = shares(zoneIds, zones.map((z) => z.p2025));

  const beds2020 = Math.round((seedBaseline(seed, "bedsPer1000") * census) / 1000);
  const grassBeds = Math.round(beds2020 * (1 - NATIONAL_2020.hospitalBedShare));
  const doctors2020 = Math.round((seedBaseline(seed, "doctorsPer1000") * census) / 1000);
  const nurses2020 = Math.round((seedBaseline(seed, "nursesPer1000") * census) / 1000);
  const gps2020 = Math.round((seedBaseline(seed, "gpsPer10000") * census) / 10000);

  const named = new Map(seed.facilities.filter((f) => f.zone).map((f) => [zoneByZh.get(f.zone!)!, f]));
  const centres = zones.map((z) => {
    const sf = named.get(z.id);
    const tier = (sf?.tier ?? (z.kind === "street" ? "communityCentre" : "townshipCentre")) as Tier;
    return {
      id: facilityIdOf(tier, z.id, sf?.id ?? ""), zone: z.id, tier,
      name: sf ? sf.name : L(`${z.zh}基层医疗卫生机构（规划未列名）`, `${z.en} health centre (not named in the plan)`),
      source: sf ? planSource(seed, sf.id, tier === "countySubCentre" ? "片区中心 / 基层区域医疗中心 (lines 182, 270): to reach grade 1A (一级甲等)." : "专栏2 construction project.") : ({ kind: "assumption", note: "One grassroots institution per town or street (the plan counts 21, line 294); this one is not named in the plan." } satisfies Source),
    };
  });
  const grassShare = apportion(grassBeds, centres.map(() => 1));
  const hospitals = {
    id: "districtHospitals", name: L("区级及其他医院（合计：区人民医院、区中医院、区妇幼保健院、区精神卫生中心、永荣总医院等）", "District and other hospitals (aggregate: people's, TCM, maternal–child, mental health, Yongrong general, …)"),
    tier: "districtGeneralHospital" as Tier, zone: "changyuan", beds: beds2020 - grassBeds,
  };
  const bedsAll = [hospitals.beds, ...grassShare];
  const doctors = apportion(doctors2020, bedsAll);
  const nurses = apportion(nurses2020, bedsAll);
  const gps = [0, ...apportion(gps2020, centres.map(() => 1))];
  const facilities: FacilityIn[] = [
    {
      id: hospitals.id, name: hospitals.name, tier: hospitals.tier, zone: hospitals.zone, catchment: everyone,
      existing: { beds: bedsAll[0]!, doctors: doctors[0]!, nurses: nurses[0]!, gps: 0, ambulances: 0 },
      source: { kind: "estimate", note: "The plan names its district hospitals (专栏2 lines 193–200) but gives no bed or staff figure for any; they are one aggregate here, serving every town in proportion to population, and all growth in hospital beds and hospital staff is placed here." },
    },
    ...centres.map((c, i): FacilityIn => {
      const wujia = c.id === "wujiaSrc";
      const areaCentre = c.tier === "countySubCentre";
      return {
        id: c.id, name: c.name, tier: c.tier, zone: c.zone,
        existing: { beds: bedsAll[i + 1]!, doctors: doctors[i + 1]!, nurses: nurses[i + 1]!, gps: gps[i + 1]!, ambulances: 0 },
        limits: wujia ? { min: { beds: 100 }, max: { beds: 100 } } : { ...(areaCentre ? { min: { beds: 20 } } : {}), noGrowth: ["beds"] },
        source: c.source,
      };
    }),
  ];

  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const targets: TargetIn[] = [
    target("bedsPer1000", "beds", seedNumber(seed, "bedsPer1000"), 1000, "region", "expected", L("每千常住人口医疗卫生机构编制床位数", "Authorised beds per 1,000 residents"), ps("bedsPer1000")),
    target("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, "region", "binding", L("每千常住人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000")),
    target("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, "region", "binding", L("每千常住人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000")),
    target("gpsPer10000", "gps", seedNumber(seed, "gpsPer10000"), 10000, "zone", "binding", L("每万常住人口全科医师数", "GPs per 10,000"), ps("gpsPer10000", "Applied town by town (zone scope): the plan states it district-wide (binding); GPs work in the town centres, so each town is held to it.")),
    target("ambulancesPer30000", "ambulances", 1, 30000, "region", "expected", L("每3万人口救护车数（国家标准）", "Ambulances per 30,000 (national standard)"), NATIONAL.ambulances.source),
  ];

  const notes: Note[] = [
    ...points("人口是估计值", "Town populations are ESTIMATES", [
      [`2020 年常住人口 ${census} 人为普查数；2025 年 ${total2025} 人为规划第 172 行的预测（约74.17万人，统计局提供）。`, `2020: ${census}, the census figure; 2025: ${total2025}, the plan's own projection (line 172, about 74.17万, from the statistics bureau).`],
      ["各镇街数字均为估计（标为 estimated）：无分乡镇公开数据，两年都在 21 个镇/街道间平均分配。导入镇街人口 CSV/xlsx 即可替换。", "Every town figure is an ESTIMATE (flagged estimated): none is published by town, so both years are split equally over 21 towns and streets. Import a CSV/xlsx to replace."],
      ["年龄构成为全区普查值（0—14 岁 16.04%，65 岁及以上 19.41%），套用于每个镇街。", "Age shares are the district's census shares (0–14: 16.04%, 65+: 19.41%), applied to every town."],
    ]),
    ...points("存量（推算与假设）", "Existing stock (derived, assumed)", [
      [`规划只给 2020 年每千人口比例（第 152—157 行）。按普查人口推算：编制床位 ${beds2020}、医师 ${doctors2020}、护士 ${nurses2020}、全科医师 ${gps2020}（推算值，假设规划以常住人口计）。`, `The plan gives 2020 ratios only (lines 152–157). On census population: ${beds2020} beds, ${doctors2020} doctors, ${nurses2020} nurses, ${gps2020} GPs (derived; assumes it counted residents).`],
      [`床位按全国 2020 年结构分配（基层约 18.1%，占位）：基层 ${grassBeds} 张平均分到 21 个基层机构；医师、护士随床位；全科医师平均分到基层。救护车现有数不详，记为 0。`, `Beds split by the national 2020 structure (grassroots ~18.1%, placeholder): ${grassBeds} shared by the 21 centres; doctors, nurses follow beds; GPs shared equally. Ambulances: unknown, 0.`],
    ]),
    ...points("机构", "Facilities", [
      ["基层：规划第 294 行的 21 个基层医疗机构，每个镇街一个；其中 4 个规划未列名，名称为占位。区级医院合为一项，服务全区。", "Grassroots: the 21 institutions of line 294, one per town or street; 4 are not named in the plan (placeholder names). District hospitals are one aggregate serving all."],
      ["六个片区中心（第 182、270 行；规划称“片区中心”“基层区域医疗中心”，未用“次中心”）记为 countySubCentre，达到一级甲等（一级综合医院 20—99 张）。", "The six area centres (lines 182, 270: 片区中心, 基层区域医疗中心 — never 次中心) have tier countySubCentre and reach grade 1A (first-level hospital: 20–99 beds)."],
      ["吴家镇中心卫生院提档为二级医院（第 270 行），床位定为 100 张（二级综合医院下限）。", "吴家镇中心卫生院 becomes a secondary hospital (line 270): its beds are set to 100, the secondary minimum."],
      ["假设：除吴家外基层机构不增床位（规划的基层重点是医防融合），医院床位和人员增量都放在区级医院汇总项。", "Assumption: except 吴家, grassroots centres add no beds (the plan's grassroots focus is prevention–care), so hospital beds and staff grow at the district hospitals."],
    ]),
    ...points("目标", "Targets", [
      ["床位 8.0（预期性）、医师 3.6、护士 4.7（约束性）按全区计；全科医师每万人 4 名（约束性）按镇街逐一计。", "Beds 8.0 (expected), doctors 3.6 and nurses 4.7 (binding) count district-wide; GPs 4 per 10,000 (binding) apply town by town."],
      ["救护车：规划未设比例，采用国家标准每 3 万人口 1 辆（国卫医发〔2020〕19号），标为 national。", "Ambulances: the plan sets no ratio; the national 1 per 30,000 (国卫医发〔2020〕19号) is used, labelled national."],
      ["未建模：医护比 1:2（“左右”“逐步”，与约束性密度矛盾）、每百床临床药师 0.7、精神科医师 6/10万、中医类别医师、托位（无存量数据）。", "Not modelled: doctor:nurse 1:2 ('about', 'gradually'; contradicts the binding densities), clinical pharmacists per 100 beds, psychiatrists, TCM doctors, childcare (no stock)."],
    ]),
    ...COST_NOTE,
    ...points("预算（规划数）", "Budget (the plan's figure)", [
      ["规划专栏2重大建设项目总投资 52.97 亿元（第 191 行）= 529,700 万元，用作资本预算。它是建设投资（含房屋），不全是床位和人员。", "The plan's 专栏2 projects total 52.97亿元 (line 191) = 529,700 万元, used as the capital limit. It is construction investment, buildings included, not only beds and staff."],
    ]),
  ];

  return {
    version: 1,
    region: { id: "rongchang", name: L("重庆市荣昌区", "Rongchang District, Chongqing"), level: "district", plan: seed.title, seed: "rongchang", baseYear: 2020, planYear: 2025, currency: "万元" },
    zones: zones.map(zoneOf),
    resources: resources(["beds", "doctors", "nurses", "gps", "ambulances"]),
    facilities,
    targets,
    rules: {
      staffRatios: [],
      sizes: [{ id: "firstLevelHospitalBeds", name: L("片区中心（一级综合医院）床位", "Area centre (first-level hospital) beds"), tiers: ["countySubCentre"], resource: "beds", min: 20, source: NATIONAL.firstLevelHospital }],
      noGrowth: [
        { tiers: GRASSROOTS_TIERS, resources: ["doctors", "nurses", "ambulances"], source: { kind: "assumption", note: "Hospital staff growth and ambulances are placed at the district hospitals; the plan does not split them by facility." } },
        { tiers: ["districtGeneralHospital"], resources: ["gps"], source: { kind: "assumption", note: "GPs are planned for the town centres." } },
      ],
    },
    budgets: { capital: { total: costs.budgets["rongchang"]!.totalWanYuan!, source: ps(costs.budgets["rongchang"]!.seedTotal!, "Total investment of the 专栏2 construction projects, 52.97亿元 = 529,700 万元.") } },
    notes,
  };
}

// ---------------------------------------------------------------- cities (county-level zones)

type Per = { value: number; source: Source; label: string };
type CityConfig = {
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

function cityZones(cfg: CityConfig): { zones: ZoneSpec[]; populationNote: Point[] } {
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

function buildCity(cfg: CityConfig): ScenarioInput {
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

const PLACEHOLDER_STOCK = {
  beds: { value: NATIONAL_2020.beds, source: NATIONAL.baseline2020, label: "6.46 (national 2020 average, placeholder)" },
  doctors: { value: NATIONAL_2020.doctors, source: NATIONAL.baseline2020, label: "2.90 (national 2020 average, placeholder)" },
  nurses: { value: NATIONAL_2020.nurses, source: NATIONAL.baseline2020, label: "3.34 (national 2020 average, placeholder)" },
  pharmacists: { value: NATIONAL_2020.pharmacists, source: NATIONAL.pharmacists2020, label: "0.35 (national 2020 average, placeholder)" },
  gps: { value: NATIONAL_2020.gpsPer10k, source: NATIONAL.baseline2020, label: "2.90 (national 2020 average, placeholder)" },
} satisfies Record<string, Per>;

function zoneTarget(id: string, resource: string, ratio: number, per: number, name: Label, source: Source): TargetIn {
  return target(id, resource, ratio, per, "zone", "expected", name, { ...source, note: `${source.note ?? ""} Applied county by county (zone scope).`.trim() });
}

const CITY_STOCK_NOTE = (zh: string, en: string): Note[] => points("存量（占位）", "Existing stock (placeholders)", [
  [`县级 2020 年存量：${zh}；其余为全国 2020 年平均（占位，非本市数据）× 县人口。`, `County 2020 stock: ${en}; the rest: national 2020 averages (PLACEHOLDERS, not the city's) × county population.`],
  ["床位按全国 2020 年结构分在医院（约 81%）与基层之间，人员随床位，全科医生全在基层。每县设医院、基层两个汇总项。", "Beds split hospitals (~81%) / grassroots by the national 2020 structure; staff follow beds; GPs all sit in the grassroots. Each county: a hospitals and a grassroots aggregate."],
  ["次中心候选每所按 60 张床（假设）从基层汇总中划出，只能增至次中心最低标准。床位与医院人员在医院汇总增长，全科医生在基层汇总增长。救护车现有数不详，记为 0。", "Each sub-centre candidate: 60 beds (assumption) carved from the grassroots, growing only to the sub-centre minimum. Beds and staff grow at hospitals, GPs at grassroots. Ambulances: unknown, 0."],
]);

function suiningConfig(): CityConfig {
  const seed = loadSeed("suining");
  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const stock = (ref: string, label: string): Per => ({ value: seedBaseline(seed, ref), source: ps(ref), label: `${seedBaseline(seed, ref)} (plan 2020 baseline)` });
  const doc = "000_c57004b7fa453fa3.txt";
  const named = (line: number, phrase: string, n: string): Source => ({ kind: "plan", seed: "suining", file: doc, line, phrase, citation: `${seed.title.zh}，seeds/documents/${doc} 第 ${line} 行`, note: n });
  const quota = (zone: string, ref: string) => ({ zone, min: seedNumber(seed, ref), max: seedNumber(seed, ref), candidates: seedNumber(seed, ref), source: ps(ref) });
  return {
    region: "suining", name: L("遂宁市", "Suining"),
    zoneIds: { 船山区: "chuanshan", 安居区: "anju", 射洪市: "shehong", 蓬溪县: "pengxi", 大英县: "daying" },
    stock: { beds: PLACEHOLDER_STOCK.beds, doctors: stock("doctorsPer1000", "doctors"), nurses: stock("nursesPer1000", "nurses"), pharmacists: stock("pharmacistsPer1000", "pharmacists"), gps: PLACEHOLDER_STOCK.gps },
    targets: () => [
      zoneTarget("bedsPer1000", "beds", NATIONAL.beds.value, 1000, L("每千人口医疗卫生机构床位数（国家标准）", "Beds per 1,000 (national standard)"), { ...NATIONAL.beds.source, note: `The Suining plan sets no bed ratio (seed note). ${NATIONAL.beds.source.note}` }),
      zoneTarget("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, L("每千常住人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000")),
      zoneTarget("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, L("每千常住人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000")),
      zoneTarget("pharmacistsPer1000", "pharmacists", seedNumber(seed, "pharmacistsPer1000"), 1000, L("每千常住人口药师（士）数", "Pharmacists per 1,000"), ps("pharmacistsPer1000")),
      zoneTarget("gpsPer10000", "gps", NATIONAL.gps.value, 10000, L("每万人口全科医生数（国家标准）", "GPs per 10,000 (national standard)"), { ...NATIONAL.gps.source, note: `The Suining plan sets no GP ratio. ${NATIONAL.gps.source.note}` }),
      target("ambulancesPer30000", "ambulances", 1, 30000, "region", "expected", L("每3万人口救护车数（国家标准）", "Ambulances per 30,000 (national standard)"), { ...NATIONAL.ambulances.source, note: `The Suining plan sets no ambulance ratio. ${NATIONAL.ambulances.source.note} City-wide (以地级市为单位); the fleet is held at 船山区's hospitals (assumption).` }),
    ],
    named: {
      chuanshan: [
        ["longfengChc", "龙凤中心卫生院", "Longfeng central township health centre", named(2299, "船山区中医医疗健康集团“1+3”建设模式：龙凤中心卫生院与老", "Named by the plan as a model of grassroots medical alliances in 船山区 (lines 1415, 2299); it does not say it becomes a sub-centre.")],
        ["laochiChc", "老池中心卫生院", "Laochi central township health centre", named(1415, "推广龙凤中心卫生院与老池中心卫", "Named by the plan (lines 1415–1417, 2299–2301, 船山区).")],
      ],
      shehong: [["jinhuaChc", "金华中心卫生院", "Jinhua central township health centre", named(1417, "探索以金华中心卫生院、河边中心卫生院等县域医疗次", "The plan calls it a 县域医疗次中心 (line 1417). Its county (射洪市, 金华镇) is from general knowledge, not from the plan.")]],
      daying: [["hebianChc", "河边中心卫生院", "Hebian central township health centre", named(1417, "探索以金华中心卫生院、河边中心卫生院等县域医疗次", "The plan calls it a 县域医疗次中心 (line 1417). Its county (大英县, 河边镇) is from general knowledge, not from the plan.")]],
    },
    siting: {
      total: seedNumber(seed, "countySubCentres"), source: ps("countySubCentres", "12 sub-centres with the 专栏4 quotas (lines 1407–1409)."),
      quotas: [quota("chuanshan", "countySubCentresChuanshan"), quota("anju", "countySubCentresAnju"), quota("shehong", "countySubCentresShehong"), quota("pengxi", "countySubCentresPengxi"), quota("daying", "countySubCentresDaying")],
    },
    ambulanceHost: "chuanshan",
    notes: ({ populationNote }) => [
      ...points("人口", "Populations", populationNote),
      ...CITY_STOCK_NOTE("医师 2.96、护士 3.00、药师 0.34（规划 2020 年基期，第 386—390 行）", "doctors 2.96, nurses 3.00, pharmacists 0.34 per 1,000 (plan 2020 baselines, lines 386–390)"),
      ...points("目标：规划与上级标准", "Targets: the plan's and borrowed", [
        ["医师 3.0、护士 3.2、药师 0.55（每千常住人口，规划表，预期性）按县逐一计算。", "Doctors 3.0, nurses 3.2, pharmacists 0.55 per 1,000 (the plan's table, expected), applied county by county."],
        ["规划无床位比例：采用国家《医疗机构设置规划指导原则（2021—2025年）》7.4（凭记忆，未核实原文，可信度中等）。", "No bed ratio in the plan: the national 医疗机构设置规划指导原则（2021—2025年） 7.4 is used (recalled, not verified — medium confidence)."],
        ["无全科医生比例：取国办发〔2018〕3号 2020 年 2—3 名与 2030 年 5 名之间的直线内插 4.0（内插为本情景假设）。", "No GP ratio: 4.0, our straight-line interpolation between 国办发〔2018〕3号's 2–3 (2020) and 5 (2030)."],
        ["无救护车比例：取国卫医发〔2020〕19号每 3 万人口 1 辆。以上均标为 national，未借用其他市的规划。托位未建模。", "No ambulance ratio: 国卫医发〔2020〕19号's 1 per 30,000. All labelled national; nothing borrowed from a sibling plan. Childcare places are not modelled."],
      ]),
      ...points("县域医疗卫生次中心", "County sub-centres", [
        ["规划建设 12 个次中心：船山 4、安居 2、射洪 2、蓬溪 2、大英 2（专栏4，第 1407—1409 行），未列名单。", "12 sub-centres by county quota: 船山 4, 安居 2, 射洪 2, 蓬溪 2, 大英 2 (专栏4, lines 1407–1409), none named."],
        ["县级尺度上模型无法在镇之间选择，每县候选数等于名额：文本提到的龙凤、老池（船山）、金华（射洪）、河边（大英）中心卫生院，其余为占位。", "At county resolution the model cannot choose between towns: each county has its quota of candidates — 龙凤, 老池 (船山), 金华 (射洪), 河边 (大英) from the text, placeholders for the rest."],
        ["模型给出各次中心达到二级标准（床位 ≥ 100、护士 ≥ 40）所需增量与费用。导入各县中心卫生院名单及床位、人员后，可增加候选让模型选择。", "The model gives what each needs to reach the secondary standard (≥ 100 beds, ≥ 40 nurses) and the cost. Import the real centres with beds and staff to let it choose."],
      ]),
    ],
  };
}

function zigongConfig(): CityConfig {
  const seed = loadSeed("zigong");
  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const counties = ["gongjing", "daan", "yantan", "rongxian", "fushun"];
  return {
    region: "zigong", name: L("自贡市", "Zigong"),
    zoneIds: { 自流井区: "ziliujing", 贡井区: "gongjing", 大安区: "daan", 沿滩区: "yantan", 荣县: "rongxian", 富顺县: "fushun" },
    stock: {
      beds: PLACEHOLDER_STOCK.beds,
      doctors: { value: seedBaseline(seed, "doctorsPer1000"), source: ps("doctorsPer1000"), label: "2.61 (plan 2020 baseline)" },
      nurses: { value: seedBaseline(seed, "nursesPer1000"), source: ps("nursesPer1000"), label: "3.15 (plan 2020 baseline)" },
      pharmacists: PLACEHOLDER_STOCK.pharmacists, gps: PLACEHOLDER_STOCK.gps,
    },
    targets: () => [
      zoneTarget("bedsPer1000", "beds", NATIONAL.beds.value, 1000, L("每千人口医疗卫生机构床位数（国家标准）", "Beds per 1,000 (national standard)"), { ...NATIONAL.beds.source, note: `The Zigong plan sets no bed ratio of any kind (seed note). ${NATIONAL.beds.source.note}` }),
      zoneTarget("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, L("每千常住人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000")),
      zoneTarget("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, L("每千常住人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000")),
      zoneTarget("pharmacistsPer1000", "pharmacists", seedNumber(seed, "pharmacistsPer1000"), 1000, L("每千常住人口药师（士）数", "Pharmacists per 1,000"), ps("pharmacistsPer1000")),
      zoneTarget("gpsPer10000", "gps", NATIONAL.gps.value, 10000, L("每万人口全科医生数（国家标准）", "GPs per 10,000 (national standard)"), { ...NATIONAL.gps.source, note: `The Zigong plan sets no GP ratio. ${NATIONAL.gps.source.note}` }),
      target("ambulancesPer30000", "ambulances", seedNumber(seed, "ambulancesPer30000"), 30000, "region", "expected", L("每3万人口救护车数", "Ambulances per 30,000"), ps("ambulancesPer30000", "以市为单位 (city-wide); the fleet is held at 自流井区's hospitals (assumption).")),
    ],
    siting: {
      total: seedNumber(seed, "countySubCentres"), source: ps("countySubCentres", "10 city-wide (专栏2, line 361); 1–2 in each district/county except 自流井 (line 345)."),
      quotas: [
        ...counties.map((zone) => ({ zone, min: 1, max: 2, candidates: 2, source: ps("countySubCentresPerCounty") })),
        { zone: "ziliujing", min: 0, max: 0, candidates: 0, source: ps("countySubCentresZiliujing") },
      ],
    },
    ambulanceHost: "ziliujing",
    notes: ({ populationNote }) => [
      ...points("人口", "Populations", populationNote),
      ...CITY_STOCK_NOTE("医师 2.61、护士 3.15（规划 2020 年基期，第 202—203 行；药师无基期）", "doctors 2.61, nurses 3.15 per 1,000 (plan 2020 baselines, lines 202–203; none for pharmacists)"),
      ...points("目标：规划与上级标准", "Targets: the plan's and borrowed", [
        ["医师 2.85、护士 3.8、药师 0.41（每千常住人口，规划表，预期性）按县逐一计算；救护车每 3 万人口 1 辆为规划专栏1（第 287 行，以市为单位）。", "Doctors 2.85, nurses 3.8, pharmacists 0.41 per 1,000 (the plan's table, expected), by county; ambulances 1 per 30,000 are the plan's own (line 287, city-wide)."],
        ["规划无任何床位比例：采用国家 7.4（凭记忆，未核实，可信度中等），标为 national。", "The plan sets no bed ratio at all: the national 7.4 is used (recalled, not verified — medium confidence), labelled national."],
        ["无全科医生比例：取国办发〔2018〕3号的直线内插 4.0（内插为假设）。精神科医师未建模：无存量，也无可靠的上级数字。托位未建模。", "No GP ratio: 4.0, our interpolation of 国办发〔2018〕3号. Psychiatrists not modelled: no stock and no higher-level figure we are sure of. Childcare not modelled."],
      ]),
      ...points("县域医疗卫生次中心", "County sub-centres", [
        ["规划：每个区县（自流井除外）建成 1—2 个（第 345 行），全市布局 10 个（专栏2，第 361 行）。自流井被排除，名额为 0。", "The plan: 1–2 in each district/county except 自流井 (line 345); 10 city-wide (专栏2, line 361). 自流井 is excluded: quota 0."],
        ["其余 5 个区县各 1—2 个、合计 10 个，即每县正好 2 个；每县设 2 个占位候选。规划未列名单，导入中心卫生院名单后可增加候选。", "1–2 in each of the other five, 10 in all, means exactly 2 each; each has 2 placeholder candidates. The plan names none; import the centres to add candidates."],
      ]),
    ],
  };
}

function dazhouConfig(): CityConfig {
  const seed = loadSeed("dazhou");
  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const zoneIds = { 通川区: "tongchuan", 达川区: "dachuan", 万源市: "wanyuan", 宣汉县: "xuanhan", 开江县: "kaijiang", 大竹县: "dazhu", 渠县: "quxian" } as Record<string, string>;
  const counties = populations["dazhou"]!.counties!;
  const pop = counties.map((c) => c.pop2020 ?? c.derived_pop2020?.value ?? c.derived_residual?.value ?? 0);
  const total = seedNumber(seed, "countySubCentres");
  const sum = pop.reduce((a, b) => a + b, 0);
  const split = apportion(total, pop);
  const borrowed = (s: Source) => ({ ...s, note: `The Dazhou plan sets no per-population ratio at all (seed note). ${s.note ?? ""}`.trim() });
  return {
    region: "dazhou", name: L("达州市", "Dazhou"), zoneIds,
    stock: { beds: PLACEHOLDER_STOCK.beds, doctors: PLACEHOLDER_STOCK.doctors, nurses: PLACEHOLDER_STOCK.nurses, gps: PLACEHOLDER_STOCK.gps },
    targets: () => [
      zoneTarget("bedsPer1000", "beds", NATIONAL.beds.value, 1000, L("每千人口医疗卫生机构床位数（国家标准）", "Beds per 1,000 (national standard)"), borrowed(NATIONAL.beds.source)),
      zoneTarget("doctorsPer1000", "doctors", NATIONAL.doctors.value, 1000, L("每千人口执业（助理）医师数（国家标准）", "Licensed doctors per 1,000 (national standard)"), borrowed(NATIONAL.doctors.source)),
      zoneTarget("nursesPer1000", "nurses", NATIONAL.nurses.value, 1000, L("每千人口注册护士数（国家标准）", "Registered nurses per 1,000 (national standard)"), borrowed(NATIONAL.nurses.source)),
      zoneTarget("gpsPer10000", "gps", NATIONAL.gps.value, 10000, L("每万人口全科医生数（国家标准）", "GPs per 10,000 (national standard)"), borrowed(NATIONAL.gps.source)),
      target("ambulancesPer30000", "ambulances", 1, 30000, "region", "expected", L("每3万人口救护车数（国家标准）", "Ambulances per 30,000 (national standard)"), { ...borrowed(NATIONAL.ambulances.source), note: `${borrowed(NATIONAL.ambulances.source).note} City-wide; the fleet is held at 通川区's hospitals (assumption).` }),
    ],
    siting: {
      total, source: ps("countySubCentres", "30 city-wide, to secondary general-hospital standard (line 32); the plan does not split them by county."),
      quotas: counties.map((c, i) => ({ zone: zoneIds[c.zh]!, min: split[i]!, max: split[i]!, candidates: split[i]!, source: { kind: "assumption", note: `Population share ${((100 * pop[i]!) / sum).toFixed(2)}% of 30 = ${((total * pop[i]!) / sum).toFixed(2)}, apportioned by largest remainder: ${split[i]}.` } satisfies Source })),
    },
    ambulanceHost: "tongchuan",
    notes: ({ populationNote }) => [
      ...points("人口", "Populations", [...populationNote, ["市七普公报把达州高新区单列，不同来源的县级数字口径可能不同。", "The census bulletin lists 达州高新区 separately; county figures from different sources may not share one boundary basis."]]),
      ...CITY_STOCK_NOTE("方案没有任何存量数字", "the plan prints no stock figure at all"),
      ...points("目标全部来自上级标准", "Every target is borrowed", [
        ["方案没有任何每千人口比例，所有目标均取上级标准，标为 national。", "The plan sets no per-1,000 ratio: every target is a higher-level standard, labelled national."],
        ["床位 7.4（《医疗机构设置规划指导原则（2021—2025年）》，凭记忆、未核实，可信度中等）；医师 3.2、护士 3.8（《“十四五”国民健康规划》，可信度较高）。", "Beds 7.4 (医疗机构设置规划指导原则, recalled, unverified — medium); doctors 3.2, nurses 3.8 (“十四五”国民健康规划, fairly high confidence)."],
        ["全科医生 4.0（国办发〔2018〕3号的直线内插，内插为假设）；救护车每 3 万人口 1 辆（国卫医发〔2020〕19号）。川办发〔2024〕8号的数字未能核实，未采用。", "GPs 4.0 (our interpolation of 国办发〔2018〕3号); ambulances 1 per 30,000 (国卫医发〔2020〕19号). Figures of 川办发〔2024〕8号 could not be checked and are not used."],
      ]),
      ...points("县域医疗卫生次中心", "County sub-centres", [
        ["方案要求全市建设 30 个（第 32 行），未按县分配。本情景按县人口占比以最大余数法分配名额（假设），每县候选数等于名额。", "30 city-wide (line 32), no county split. The scenario apportions them by county population (largest remainder — an assumption); each county has as many candidates as its quota."],
        ["为何不让模型分配：各县存量都是按人口计的全国平均占位数，每千人缺口相同，任何分法对目标都一样（并列），模型的选择没有信息。", "Why the model does not split them: every county's stock is a national-average placeholder, so gaps per 1,000 are equal and any split ties on every goal — a pick would carry no information."],
        ["填入各县实际床位、人员和中心卫生院名单后，放宽名额区间、增加候选，模型即可按缺口分配。", "Enter the counties' real beds, staff and central township health centres, widen the quota bands and add candidates: the model then splits them by need."],
      ]),
    ],
  };
}

// ---------------------------------------------------------------- budgets, validation, output

const BUILDERS: Record<string, () => ScenarioInput> = {
  yanjiang: buildYanjiang,
  suining: () => buildCity(suiningConfig()),
  zigong: () => buildCity(zigongConfig()),
  dazhou: () => buildCity(dazhouConfig()),
  rongchang: buildRongchang,
};

/** Placeholder budget: solve once with room to spare, then round the capital used up to the next 1,000 万元. */
async function fullFunding(input: ScenarioInput): Promise<number> {
  const probe = parseScenario({ ...input, budgets: { capital: { total: 10_000_000 } } });
  if (!probe.ok) throw new Error(`${input.region.id}: ${probe.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
  const result = await solveScenario(probe.value, { solver: "highs", marginal: false });
  if (result.status !== "optimal") throw new Error(`${input.region.id}: probe solve ${result.status}`);
  const used = result.budget.find((b) => b.kind === "capital")!.used;
  return Math.max(1000, Math.ceil((used + 1e-6) / 1000) * 1000);
}

/** Builds the five scenarios (validated), keyed by file name (`yanjiang-2025.json`). */
export async function buildScenarios(): Promise<Record<string, ScenarioInput>> {
  const out: Record<string, ScenarioInput> = {};
  for (const [region, build] of Object.entries(BUILDERS)) {
    let s = build();
    if (costs.budgets[region]!.method === "fullFunding") {
      const total = await fullFunding(s);
      s = { ...s, budgets: { capital: { total, source: { kind: "assumption", citation: "scenarios/costs.json budgets", note: `${costs.budgets[region]!.basis.en} Computed: ${total} 万元.` } } } };
    }
    const parsed = parseScenario(s);
    if (!parsed.ok) throw new Error(`${region}: ${parsed.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
    out[`${region}-2025.json`] = s;
  }
  return out;
}

/** The file text of a scenario (stable key order, two-space indent, trailing newline). */
export function scenarioText(s: ScenarioInput): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  const built = await buildScenarios();
  let differ = 0;
  for (const [file, s] of Object.entries(built)) {
    const path = join(ROOT, "scenarios", file);
    const text = scenarioText(s);
    if (check) {
      let old = "";
      try {
        old = readFileSync(path, "utf8");
      } catch {
        old = "";
      }
      if (old !== text) {
        differ++;
        process.stdout.write(`✗ ${file} differs from what the build writes\n`);
      }
      continue;
    }
    writeFileSync(path, text);
    process.stdout.write(`${file}: ${s.zones.length} zones, ${s.facilities.length} facilities, ${s.targets.length} targets, capital ${s.budgets.capital.total} 万元\n`);
  }
  return differ > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code), (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(2);
  });
}
