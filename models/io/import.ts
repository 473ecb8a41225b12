import type { InputIssue, Parsed } from "../issues.js";
import { DEFAULT_RESOURCES } from "./aliases.js";
import type { SheetKind } from "./columns.js";
import { readCsv } from "./csv.js";
import { findHeader, importSheet, rowIssue, type ImportOptions, type SheetImport } from "./sheet-import.js";
import { cellText, type Table } from "./table.js";
import { isZip, readXlsx } from "./xlsx-read.js";

/** Zones read from a sheet (see `importSheet`). */
export type ZoneImport = SheetImport & { readonly kind: "zones" };
/** Facilities read from a sheet (see `importSheet`). */
export type FacilityImport = SheetImport & { readonly kind: "facilities" };
/** What a file brings to a scenario: zones, facilities, or both. */
export type ScenarioImport = { readonly zones?: ZoneImport; readonly facilities?: FacilityImport };

/**
 * Reads a zones sheet (the template's `人口` sheet, or a CSV): `id`, names, kind, code, populations
 * and their status by year, age shares, coordinates. `sheetName` (default: the table's name) is
 * the name issues use.
 */
export function importZones(table: Table, sheetName = table.name, options: ImportOptions = {}): Parsed<ZoneImport> {
  return importSheet("zones", table, sheetName, options) as Parsed<ZoneImport>;
}

/**
 * Reads a facilities sheet (the template's `机构` sheet, or a CSV): `id`, names, tier, zone, existing,
 * planned, maximum and minimum of each resource, no-growth resources, sub-centre candidacy, catchment.
 */
export function importFacilities(table: Table, sheetName = table.name, options: ImportOptions = {}): Parsed<FacilityImport> {
  return importSheet("facilities", table, sheetName, options) as Parsed<FacilityImport>;
}

const ZONE_ONLY = /^(population|populationStatus|kind|code|urban|ageShares|coordinates)\b/;
const FACILITY_ONLY = /^(tier|zone|existing|planned|limits|catchment|subCentreCandidate)\b/;

/** Which template sheet a table is, from the fields of its header row(s); `undefined` for neither. */
export function sheetKindOf(table: Table, options: ImportOptions = {}): SheetKind | undefined {
  const resources = options.resources ?? DEFAULT_RESOURCES;
  const count = (kind: SheetKind, only: RegExp) => findHeader(kind, table.rows, resources)?.fields.filter((f) => f && only.test(f.key)).length ?? 0;
  const zone = count("zones", ZONE_ONLY);
  const facility = count("facilities", FACILITY_ONLY);
  return zone === 0 && facility === 0 ? undefined : zone > facility ? "zones" : "facilities";
}

/**
 * Reads every table that looks like a template sheet (by its headers, whatever the sheet is called):
 * the first zones sheet and the first facilities sheet. Other sheets (notes, results) are skipped.
 * No zones and no facilities sheet is an issue.
 */
export function importTables(tables: readonly Table[], options: ImportOptions = {}): Parsed<ScenarioImport> {
  let zones: ZoneImport | undefined;
  let facilities: FacilityImport | undefined;
  const issues: InputIssue[] = [];
  for (const t of tables) {
    const kind = sheetKindOf(t, options);
    if (kind === "zones" && !zones) {
      const r = importZones(t, t.name, options);
      if (r.ok) zones = r.value;
      else issues.push(...r.issues);
    } else if (kind === "facilities" && !facilities) {
      const r = importFacilities(t, t.name, options);
      if (r.ok) facilities = r.value;
      else issues.push(...r.issues);
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  if (!zones && !facilities) {
    const names = tables.map((t) => t.name).join(", ");
    const first = (tables[0]?.rows[0] ?? []).map((c) => cellText(c).trim()).filter(Boolean).slice(0, 8);
    const seen = first.length > 0 ? { zh: `；第 1 行是：${first.join("、")}`, en: `; row 1 holds: ${first.join(", ")}` } : { zh: "", en: "" };
    return { ok: false, issues: [rowIssue(names, 0, "noTemplateSheet", {
      zh: `没有找到人口或机构表：表头应与模板一致，需有“编号”列，以及人口表（如“类型”“2025年常住人口”）或机构表（如“层级”“所在镇街”）的列${seen.zh}`,
      en: `no zones or facilities sheet found: headers must follow the template, with an "id" column and zone columns (such as kind, pop_2025) or facility columns (such as tier, zone)${seen.en}`,
    })] };
  }
  return { ok: true, value: { ...(zones ? { zones } : {}), ...(facilities ? { facilities } : {}) } };
}

/** The largest table file read (64 MiB); a larger one is refused before it is decoded. */
export const MAX_TABLE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a spreadsheet file by its content: an .xlsx workbook (all sheets), or CSV/TSV text (one table
 * named after the file, extension dropped). An empty or too large file is an issue. From a browser: `readSpreadsheet(new
 * Uint8Array(await file.arrayBuffer()), file.name)`.
 */
export function readSpreadsheet(bytes: Uint8Array, fileName: string): Parsed<readonly Table[]> {
  const file = (code: string, zh: string, en: string): Parsed<never> => ({ ok: false, issues: [{ path: fileName, code, zh: `${fileName}：${zh}`, en: `${fileName}: ${en}` }] });
  if (bytes.byteLength > MAX_TABLE_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return file("fileTooLarge", `文件过大（${mb(bytes.byteLength)} MB），表格文件最大 ${mb(MAX_TABLE_BYTES)} MB`, `the file is too large (${mb(bytes.byteLength)} MB); a table may be at most ${mb(MAX_TABLE_BYTES)} MB`);
  }
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return file("emptyFile", "文件是空的", "the file is empty");
  if (isZip(bytes) || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    const wb = readXlsx(bytes);
    return wb.ok ? { ok: true, value: wb.value.sheets } : wb;
  }
  const csv = readCsv(bytes, fileName.replace(/\.[^.]*$/, "") || fileName);
  return csv.ok ? { ok: true, value: [csv.value.table] } : csv;
}
