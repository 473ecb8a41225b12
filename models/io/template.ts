import type { Scenario } from "../scenario/index.js";
import { DEFAULT_RESOURCES, POPULATION_STATUS_ZH, TIER_ZH, ZONE_KIND_ZH } from "./aliases.js";
import { templateFields, type Field, type SheetKind } from "./columns.js";
import { tableToCsvText } from "./csv-write.js";
import { encodeUtf8Bom } from "./decode.js";
import type { Cell, Table } from "./table.js";
import { tablesToXlsx } from "./xlsx-write.js";

/** Template sheet names: zones with populations, and facilities. */
export const TEMPLATE_SHEETS: Readonly<Record<SheetKind, string>> = { zones: "人口", facilities: "机构" };

/** Years of the template when no scenario gives them. */
const DEFAULT_YEARS = ["2020", "2025"];

const first = (aliases: Readonly<Record<string, readonly string[]>>, v: unknown) => (typeof v === "string" ? aliases[v]?.[0] ?? v : v);

function valueAt(entity: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), entity);
}

/** A field's value as a template cell: Chinese names for choices, lists joined, catchments as `A:0.6; B:0.4`. */
function toCell(key: string, v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (key === "kind") return first(ZONE_KIND_ZH, v) as Cell;
  if (key === "tier") return first(TIER_ZH, v) as Cell;
  if (key.startsWith("populationStatus.")) return first(POPULATION_STATUS_ZH, v) as Cell;
  if (key === "catchment") return (v as { zone: string; share: number }[]).map((c) => `${c.zone}:${c.share}`).join("; ");
  if (Array.isArray(v)) return v.join(", ");
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : JSON.stringify(v);
}

function sheet(kind: SheetKind, fields: readonly Field[], entities: readonly unknown[]): Table {
  return {
    name: TEMPLATE_SHEETS[kind],
    headerRows: 2,
    rows: [fields.map((f) => f.header.zh), fields.map((f) => f.header.en), ...entities.map((e) => fields.map((f) => toCell(f.key, valueAt(e, f.key))))],
  };
}

/** The population years of a scenario's zones (sorted), or 2020 and 2025 without one. */
export function templateYears(scenario?: Scenario): readonly string[] {
  const years = new Set(scenario?.zones.flatMap((z) => Object.keys(z.population)) ?? []);
  return years.size > 0 ? [...years].sort() : DEFAULT_YEARS;
}

const NOTES: readonly (readonly [string, string, string])[] = [
  ["编号 / id", "必填。字母开头，可含字母、数字、_、-；与现有编号相同则更新该行，否则新增", "Required. A letter, then letters, digits, _ or -. An existing id updates it; a new id adds one"],
  ["类型 / kind", `镇街类型：${Object.values(ZONE_KIND_ZH).map((a) => a[0]).join("、")}（或 street、town、county、district、city、other）`, "street, town, county, district, city or other (or the Chinese names)"],
  ["YYYY年常住人口 / pop_YYYY", "该年常住人口（人），非负数；可写 12,345 或 1.2万；可增加其他年份的列", "Resident population that year (persons), non-negative; 12,345 and 1.2万 are read; add columns for other years"],
  ["YYYY年人口状态 / status_YYYY", "公布、估算、预测、用户（published、estimated、projected、user）", "published, estimated, projected or user (or 公布, 估算, 预测, 用户)"],
  ["…占比 / age…", "年龄构成比例，0–1 之间的小数或百分数（如 0.12 或 12%）", "Age shares: a fraction from 0 to 1, or a percentage (0.12 or 12%)"],
  ["层级 / tier", `机构层级：${Object.values(TIER_ZH).map((a) => a[0]).join("、")}（或英文编号）`, `Facility tier: ${Object.keys(TIER_ZH).join(", ")} (or the Chinese names)`],
  ["所在镇街 / zone", "机构所在镇街的编号（人口表中的编号）", "The id of the zone the facility stands in (an id of the zones sheet)"],
  ["现有X / X, 规划X / planned_X, X上限 / max_X, X下限 / min_X", "现有、规划数量及规模上下限（X 为资源，如床位 beds）；空格表示无", "Existing and planned amounts and size limits of resource X (such as beds); empty means none"],
  ["不增长 / no_growth", "不再增长的资源，如 beds 或 床位、医师", "Resources that may not grow here, such as beds or beds, doctors"],
  ["服务范围 / catchment", "服务的镇街及份额，如 A:0.6; B:0.4（份额之和为 1）；空则只服务所在镇街", "Zones served and shares, such as A:0.6; B:0.4 (summing to 1); empty = its own zone only"],
  ["第 2 行 / row 2", "英文表头行，可保留或删除；只保留中文或英文一行表头也可以", "The English header row may stay or go; one header row in either language also works"],
];

/**
 * The import template as tables: `人口` (zones) and `机构` (facilities), each with Chinese headers on
 * row 1 and English headers on row 2, filled with the scenario's zones and facilities when one is
 * given (export, edit in Excel, import again), else empty with years 2020 and 2025 and resources
 * beds, doctors, nurses; plus a `说明` notes sheet (ignored on import).
 */
export function templateTables(scenario?: Scenario): readonly Table[] {
  const resources = scenario?.resources ?? DEFAULT_RESOURCES;
  const years = templateYears(scenario);
  return [
    sheet("zones", templateFields("zones", years, resources), scenario?.zones ?? []),
    sheet("facilities", templateFields("facilities", years, resources), scenario?.facilities ?? []),
    { name: "说明", headerRows: 1, rows: [["列 column", "说明", "notes"], ...NOTES] },
  ];
}

/** One template sheet as a CSV file (UTF-8 with BOM), filled from the scenario when given. */
export function templateCsv(kind: SheetKind, scenario?: Scenario): Uint8Array<ArrayBuffer> {
  const table = templateTables(scenario).find((t) => t.name === TEMPLATE_SHEETS[kind])!;
  return encodeUtf8Bom(tableToCsvText(table));
}

/** The template workbook (.xlsx bytes): `人口`, `机构` and `说明` sheets; see `templateTables`. */
export function templateXlsx(scenario?: Scenario): Uint8Array<ArrayBuffer> {
  return tablesToXlsx(templateTables(scenario));
}
