import type { Tier } from "../scenario/facility.js";
import type { Zone } from "../scenario/zone.js";

/** A value and the Chinese words a spreadsheet may use for it; the first word is written in templates. */
type Aliases<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Zone kinds and their Chinese names (乡 and 苏木 count as towns). */
export const ZONE_KIND_ZH: Aliases<Zone["kind"]> = {
  street: ["街道", "街道办事处", "街办"],
  town: ["镇", "乡", "乡镇", "民族乡", "苏木"],
  county: ["县", "县级市", "旗"],
  district: ["区", "市辖区"],
  city: ["市", "地级市"],
  other: ["其他", "其它"],
};

/** Population statuses and their Chinese names. */
export const POPULATION_STATUS_ZH: Aliases<"published" | "estimated" | "projected" | "user"> = {
  published: ["公布", "已公布", "统计", "普查"],
  estimated: ["估算", "估计"],
  projected: ["预测", "推算"],
  user: ["用户", "自定义", "用户输入"],
};

/** Facility tiers and their Chinese names (DESIGN.md §2 vocabulary). */
export const TIER_ZH: Aliases<Tier> = {
  cityHospital: ["市级医院", "市医院"],
  districtGeneralHospital: ["区级综合医院", "区级医院", "县级综合医院", "县级医院", "综合医院"],
  tcmHospital: ["中医医院", "中医院"],
  maternalChildHospital: ["妇幼保健院", "妇幼保健机构"],
  mentalHealthCentre: ["精神卫生中心", "精神病医院"],
  specialistHospital: ["专科医院"],
  emergencyCentre: ["急救中心", "急救站"],
  publicHealthCentre: ["公共卫生中心", "疾控中心", "疾病预防控制中心"],
  countySubCentre: ["县域医疗卫生次中心", "次中心"],
  centralTownshipCentre: ["中心卫生院"],
  townshipCentre: ["乡镇卫生院", "卫生院"],
  communityCentre: ["社区卫生服务中心", "社区中心"],
  villageClinic: ["村卫生室", "卫生室"],
  privateHospital: ["民营医院", "社会办医院"],
  childcareCentre: ["托育机构", "托育中心"],
  other: ["其他", "其它"],
};

/**
 * Chinese names of the usual resources, by id, for headers such as `现有床位` when no scenario
 * names them. A scenario's own resource names are tried first.
 */
export const RESOURCE_ZH: Readonly<Record<string, readonly string[]>> = {
  beds: ["床位", "编制床位", "床"],
  doctors: ["医师", "执业（助理）医师", "执业(助理)医师", "执业医师"],
  nurses: ["护士", "注册护士"],
  pharmacists: ["药师", "药师（士）", "药师(士)"],
  gps: ["全科医生"],
  ambulances: ["救护车"],
};

/** A resource as the importer needs it: its id and Chinese name. */
export type ResourceName = { readonly id: string; readonly name: { readonly zh: string } };

/** The resources assumed when no scenario is given: beds, doctors, nurses. */
export const DEFAULT_RESOURCES: readonly ResourceName[] = [
  { id: "beds", name: { zh: "床位" } },
  { id: "doctors", name: { zh: "医师" } },
  { id: "nurses", name: { zh: "护士" } },
];

/** Folds text for matching: NFKC (full-width → ASCII), no spaces, lower case. */
export function fold(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Looks a word up among values and their aliases (folded); `undefined` when nothing matches. */
export function lookupAlias<T extends string>(aliases: Aliases<T>, word: string): T | undefined {
  const w = fold(word);
  for (const [value, names] of Object.entries(aliases) as [T, readonly string[]][]) {
    if (fold(value) === w || names.some((n) => fold(n) === w)) return value;
  }
  return undefined;
}

/**
 * The resource id a word names — its id or Chinese name among the given resources, else one of the
 * usual resources (`RESOURCE_ZH`); `undefined` when nothing matches.
 */
export function resourceIdOf(word: string, resources: readonly ResourceName[]): string | undefined {
  const w = fold(word);
  const own = resources.find((r) => fold(r.id) === w || fold(r.name.zh) === w);
  if (own) return own.id;
  return Object.entries(RESOURCE_ZH).find(([id, names]) => fold(id) === w || names.some((n) => fold(n) === w))?.[0];
}
