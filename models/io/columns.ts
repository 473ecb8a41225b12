import { DEFAULT_RESOURCES, fold, POPULATION_STATUS_ZH, RESOURCE_ZH, resourceIdOf, TIER_ZH, ZONE_KIND_ZH, type ResourceName } from "./aliases.js";
import {
  readBoolean, readCatchment, readChoice, readCode, readId, readNumber, readResourceList, readShare, readText,
  type CellReader, type Message,
} from "./cells.js";

/** The two sheets the importer reads. */
export type SheetKind = "zones" | "facilities";

/**
 * A column the importer knows: the field it fills (a dot path into a zone or facility, such as
 * `population.2025` or `limits.max.beds`), its template headers, and how a cell is read.
 */
export type Field = { readonly key: string; readonly header: Message; readonly read: CellReader<unknown> };

type StaticField = Field & { readonly aliases?: readonly string[] };

const field = (key: string, zh: string, en: string, read: CellReader<unknown>, aliases: readonly string[] = []): StaticField => ({ key, header: { zh, en }, read, aliases });

const ID = field("id", "编号", "id", readId, ["代号", "代码编号"]);

const ZONE_FIELDS: readonly StaticField[] = [
  ID,
  field("name.zh", "名称", "name_zh", readText, ["镇街名称", "中文名", "中文名称", "name"]),
  field("name.en", "英文名", "name_en", readText, ["英文名称"]),
  field("kind", "类型", "kind", readChoice(ZONE_KIND_ZH), ["镇街类型"]),
  field("code", "区划代码", "code", readCode, ["统计用区划代码", "行政区划代码"]),
  field("urban", "是否城镇", "urban", readBoolean, ["城镇"]),
  field("ageShares.age0to3", "0-3岁占比", "age0to3", readShare),
  field("ageShares.age0to14", "0-14岁占比", "age0to14", readShare),
  field("ageShares.age65plus", "65岁及以上占比", "age65plus", readShare, ["65岁以上占比"]),
  field("coordinates.lat", "纬度", "lat", readNumber({ min: -90, max: 90, decimal: true }), ["latitude"]),
  field("coordinates.lon", "经度", "lon", readNumber({ min: -180, max: 180, decimal: true }), ["longitude"]),
];

const FACILITY_FIELDS: readonly StaticField[] = [
  ID,
  field("name.zh", "名称", "name_zh", readText, ["机构名称", "中文名", "中文名称", "name"]),
  field("name.en", "英文名", "name_en", readText, ["英文名称"]),
  field("tier", "层级", "tier", readChoice(TIER_ZH), ["机构层级", "机构类别", "类别"]),
  field("zone", "所在镇街", "zone", readId, ["镇街", "所在镇街编号"]),
  field("catchment", "服务范围", "catchment", readCatchment),
  field("subCentreCandidate", "可作次中心", "sub_centre_candidate", readBoolean, ["次中心候选"]),
];

/** Population and status columns for one year. */
export function yearFields(year: string): readonly Field[] {
  return [
    { key: `population.${year}`, header: { zh: `${year}年常住人口`, en: `pop_${year}` }, read: readNumber({ min: 0, unitWord: "人" }) },
    { key: `populationStatus.${year}`, header: { zh: `${year}年人口状态`, en: `status_${year}` }, read: readChoice(POPULATION_STATUS_ZH) },
  ];
}

/** Existing, planned, upper- and lower-limit columns for one resource. */
export function resourceFields(r: ResourceName): readonly Field[] {
  return [
    { key: `existing.${r.id}`, header: { zh: `现有${r.name.zh}`, en: r.id }, read: readNumber() },
    { key: `planned.${r.id}`, header: { zh: `规划${r.name.zh}`, en: `planned_${r.id}` }, read: readNumber() },
    { key: `limits.max.${r.id}`, header: { zh: `${r.name.zh}上限`, en: `max_${r.id}` }, read: readNumber() },
    { key: `limits.min.${r.id}`, header: { zh: `${r.name.zh}下限`, en: `min_${r.id}` }, read: readNumber() },
  ];
}

/** The no-growth column (after the resource columns in the template). */
export function noGrowthField(resources: readonly ResourceName[]): Field {
  return { key: "limits.noGrowth", header: { zh: "不增长", en: "no_growth" }, read: readResourceList(resources) };
}

/** The columns of a template, in order: static fields, then one group per year or resource. */
export function templateFields(kind: SheetKind, years: readonly string[], resources: readonly ResourceName[]): readonly Field[] {
  if (kind === "zones") {
    const [id, zh, en, k, code, urban, ...rest] = ZONE_FIELDS;
    return [id!, zh!, en!, k!, code!, urban!, ...years.flatMap((y) => yearFields(y)), ...rest];
  }
  const [id, zh, en, tier, zone, ...rest] = FACILITY_FIELDS;
  return [id!, zh!, en!, tier!, zone!, ...resources.flatMap(resourceFields), noGrowthField(resources), ...rest];
}

function matchDynamic(kind: SheetKind, h: string, resources: readonly ResourceName[]): Field | undefined {
  if (kind === "zones") {
    const pop = /^(?:(\d{4})年?(?:常住)?人口(?:数)?|pop(?:ulation)?_?(\d{4}))$/.exec(h);
    if (pop) return yearFields(pop[1] ?? pop[2]!)[0];
    const status = /^(?:(\d{4})年?人口状态|status_?(\d{4}))$/.exec(h);
    return status ? yearFields(status[1] ?? status[2]!)[1] : undefined;
  }
  if (h === "no_growth" || h === "nogrowth" || h === "不增长" || h === "不再增长") return noGrowthField(resources);
  const byId = (id: string | undefined) => resources.find((r) => r.id === id) ?? (id ? { id, name: { zh: RESOURCE_ZH[id]?.[0] ?? id } } : undefined);
  const pick = (id: string | undefined, i: number) => {
    const r = byId(id);
    return r ? resourceFields(r)[i] : undefined;
  };
  const en = /^(existing|planned|max|min)_([a-z][a-z0-9_-]*)$/.exec(h);
  if (en) {
    const id = resources.find((r) => fold(r.id) === en[2])?.id ?? en[2];
    return pick(id, ["existing", "planned", "max", "min"].indexOf(en[1]!));
  }
  const zh = /^(现有|规划)(.+)$/.exec(h) ?? /^(.+?)(上限|下限)$/.exec(h);
  if (zh) {
    const [word, i] = zh[1] === "现有" || zh[1] === "规划" ? [zh[2]!, zh[1] === "现有" ? 0 : 1] : [zh[1]!, zh[2] === "上限" ? 2 : 3];
    return pick(resourceIdOf(word, resources), i);
  }
  return pick(resourceIdOf(h, resources), 0);
}

/**
 * The field a header names, in Chinese or English (case, width and spaces ignored; a trailing unit
 * such as `（人）` ignored; `编号 / id` or `编号\nid` in one cell also work). Resource columns are
 * `现有床位`/`beds`, `规划床位`/`planned_beds`, `床位上限`/`max_beds`, `床位下限`/`min_beds`.
 */
export function matchHeader(kind: SheetKind, header: string, resources: readonly ResourceName[] = DEFAULT_RESOURCES): Field | undefined {
  const fields = kind === "zones" ? ZONE_FIELDS : FACILITY_FIELDS;
  const candidates = [header, ...header.split(/[/|\n]|\s+/)].map(fold).filter(Boolean);
  for (const c of candidates.flatMap((c) => [c, c.replace(/\([^()]*\)$/, "")])) {
    const known = fields.find((f) => [f.header.zh, f.header.en, ...(f.aliases ?? [])].some((n) => fold(n) === c));
    if (known) return known;
    const dynamic = matchDynamic(kind, c, resources);
    if (dynamic) return dynamic;
  }
  return undefined;
}
