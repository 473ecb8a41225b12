/** Shared inputs, helpers, standards and builders of the bundled scenarios (bin/build-scenarios.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SeedFileSchema, type Provenance, type SeedFile } from "../../models/seed/index.js";
import { type ScenarioInput, type Source } from "../../models/scenario/index.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export type Label = { zh: string; en: string };
export type Note = { title: Label; body: Label };
export type ZoneIn = ScenarioInput["zones"][number];
export type FacilityIn = ScenarioInput["facilities"][number];
export type TargetIn = ScenarioInput["targets"][number];
export type ResourceIn = ScenarioInput["resources"][number];
export type Rec = Record<string, number>;

// ---------------------------------------------------------------- inputs

export type Costs = {
  resources: Record<string, { name: Label; unit: Label; kind: ResourceIn["kind"]; wholeUnits: boolean; capitalCost: number; runningCost: number; basis: Label; source: Source }>;
  subCentreUpgrade: { cost: number; basis: Label; source: Source };
  budgets: Record<string, { method: "fullFunding" | "plan"; totalWanYuan?: number; seedTotal?: string; basis: Label }>;
};
export type Town = { zh: string; pinyin: string; kind: "street" | "town"; nbsCode: string; census2020: number | null };
export type County = { zh: string; en: string; code?: string; pop2020: number | null; source: string | null; derived_pop2020?: { value: number; how: string }; derived_residual?: { value: number; how: string }; age0_14?: number | null; age65plus?: number | null; ageSource?: string | null };
export type RegionData = { zh: string; census2020: { total: number; source: string; age?: Record<string, unknown>; ageShares?: Record<string, unknown> }; towns?: Town[]; counties?: County[]; census2010Total?: { value: number; how: string }; planProjection2025?: { total: number; source: string }; sumCheck?: Record<string, unknown> };

export function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, rel), "utf8"));
}
export const costs = readJson("scenarios/costs.json") as Costs;
export const populations = (readJson("seeds/data/populations.json") as { regions: Record<string, RegionData> }).regions;
export function loadSeed(id: string): SeedFile {
  return SeedFileSchema.parse(readJson(`seeds/${id}.json`));
}

// ---------------------------------------------------------------- small helpers

export const L = (zh: string, en: string): Label => ({ zh, en });
export const note = (tzh: string, ten: string, bzh: string, ben: string): Note => ({ title: L(tzh, ten), body: L(bzh, ben) });
export type Point = readonly [zh: string, en: string];
/** A topic as short notes (a note body holds at most 200 characters): one numbered note per point. */
export function points(tzh: string, ten: string, items: readonly Point[]): Note[] {
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
export function shares(zoneIds: readonly string[], weights: readonly number[]): { zone: string; share: number }[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = zoneIds.map((zone, i) => ({ zone, share: Math.round((weights[i]! / sum) * 1e9) / 1e9 }));
  const rest = 1 - out.slice(0, -1).reduce((a, c) => a + c.share, 0);
  out[out.length - 1]!.share = Math.round(rest * 1e9) / 1e9;
  return out;
}

export const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function provenanceOf(seed: SeedFile, ref: string): Provenance {
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
export function planSource(seed: SeedFile, ref: string, noteText?: string): Source {
  const p = provenanceOf(seed, ref);
  return { kind: "plan", seed: seed.id, ref, file: p.file, line: p.line, phrase: p.phrase, citation: `${seed.title.zh}，seeds/documents/${p.file} 第 ${p.line} 行`, ...(noteText ? { note: noteText } : {}) };
}

/** The number a seed target or indicator states (the lower end of a band, a bound's value). */
export function seedNumber(seed: SeedFile, ref: string): number {
  const t = seed.targets.find((x) => x.id === ref);
  const v = t ? ("value" in t.rule ? t.rule.value : undefined) : (seed.indicators.find((x) => x.id === ref)?.target.value ?? seed.totals.find((x) => x.id === ref)?.figure.value);
  if (!v) throw new Error(`seed ${seed.id}: ${ref} states no value`);
  if (v.kind === "number" || v.kind === "lower" || v.kind === "upper") return v.value;
  if (v.kind === "band") return v.lower;
  throw new Error(`seed ${seed.id}: ${ref} is not a number`);
}

/** The 2020 baseline an indicator prints. */
export function seedBaseline(seed: SeedFile, ref: string): number {
  const b = seed.indicators.find((x) => x.id === ref)?.baseline?.value;
  if (!b || b.kind !== "number") throw new Error(`seed ${seed.id}: ${ref} has no numeric baseline`);
  return b.value;
}

// ---------------------------------------------------------------- higher-level standards (with how sure we are)

export const NATIONAL = {
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

export const NATIONAL_2020 = { beds: 6.46, doctors: 2.9, nurses: 3.34, gpsPer10k: 2.9, pharmacists: 0.35, hospitalBedShare: 78.4 / (78.4 + 18.1) };
export const ASSUMED_CENTRE_BEDS = 60;

// ---------------------------------------------------------------- resources

export function resources(ids: readonly string[]): ResourceIn[] {
  return ids.map((id) => {
    const c = costs.resources[id];
    if (!c) throw new Error(`costs.json: no resource ${id}`);
    return { id, name: c.name, unit: c.unit, kind: c.kind, capitalCost: c.capitalCost, runningCost: c.runningCost, wholeUnits: c.wholeUnits, costSource: { ...c.source, note: `${c.basis.en} / ${c.basis.zh}` } };
  });
}

export const COST_NOTE = points("单价与预算", "Unit costs", [
  ["各项单价（建设费万元/单位，运行费万元/单位·年）均为假设，集中写在 scenarios/costs.json，并附依据。", "Every unit cost (capital 万元 per unit added, running 万元 per unit a year) is an assumption, kept in one place — scenarios/costs.json — with its basis."],
  ["床位和人员按连续量规划、显示时取整；在此尺度上取整不改变结论。救护车按整辆计。", "Beds and staff are planned as continuous quantities and rounded for display; at this scale rounding changes no conclusion. Ambulances come in whole vehicles."],
]);
export const FULL_FUNDING_NOTE = (zhPlan: string, enPlan: string) => points("预算（占位）", "Budget (placeholder)", [
  [`${zhPlan}未列投资总额。占位：先以无上限预算求解，再把所用资本向上取整到 1,000 万元（scenarios/costs.json）。削减预算可看到先放弃哪些目标。`, `${enPlan} prints no investment total. Placeholder: solve with no limit, round the capital used up to 1,000 万元 (scenarios/costs.json). Cut it to see what gives first.`],
]);

// ---------------------------------------------------------------- zones

export type ZoneSpec = { id: string; zh: string; en: string; kind: ZoneIn["kind"]; code?: string; p2020: number; p2025: number; status2020: "published" | "estimated"; status2025: "projected" | "estimated"; source: Source; ageShares?: ZoneIn["ageShares"]; urban?: boolean };

export function zoneOf(z: ZoneSpec): ZoneIn {
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
export function districtZones(region: string, total2025: number, method: Label, ids: Record<string, string> = {}): ZoneSpec[] {
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

export function target(id: string, resource: string, ratio: number, per: number, scope: TargetIn["scope"], nature: TargetIn["nature"], name: Label, source: Source, extra: Partial<TargetIn> = {}): TargetIn {
  return { id, name, resource, ratio, per, scope, year: 2025, nature, source, ...extra };
}
