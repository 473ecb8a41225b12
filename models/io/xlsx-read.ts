import { unzipSync, type Unzipped } from "fflate";
import type { InputIssue, Parsed } from "../issues.js";
import type { Table, Workbook } from "./table.js";
import { childElement, childElements, parseXml, utf8Chunks, type XmlElement } from "./xml.js";
import { isDateFormat } from "./xlsx-dates.js";
import { readSharedStrings, readSheetXml, XLSX_LIMITS, XlsxError, type SheetContext } from "./xlsx-sheet.js";

/**
 * Largest part (one XML file inside the zip) read, uncompressed, and the total, by the sizes the zip
 * declares (fflate inflates into a buffer of the declared size, so a lying header cannot grow it): guards
 * against zip bombs. What the parts expand to once read is bounded cell by cell (`XLSX_LIMITS`).
 */
const MAX_PART = 128 * 1024 * 1024;
const MAX_TOTAL = 256 * 1024 * 1024;
/** Largest workbook, relationships or styles part (read into a tree; the template's are a few KB). */
const MAX_SMALL_PART = 8 * 1024 * 1024;

type Rel = { readonly type: string; readonly target: string };

const xmlOf = (parts: Unzipped, path: string): XmlElement | undefined => {
  const bytes = parts[path];
  if (!bytes) return undefined;
  if (bytes.byteLength > MAX_SMALL_PART) throw new XlsxError(`${path} 过大`, `${path} is too large`);
  return parseXml(utf8Chunks(bytes), 200_000);
};

function resolve(dir: string, target: string): string {
  const segments = target.startsWith("/") ? [] : dir.split("/").filter(Boolean);
  for (const s of target.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

function relsOf(parts: Unzipped, partPath: string): Map<string, Rel> {
  const slash = partPath.lastIndexOf("/");
  const dir = partPath.slice(0, slash + 1);
  const rels = xmlOf(parts, `${dir}_rels/${partPath.slice(slash + 1)}.rels`);
  const map = new Map<string, Rel>();
  for (const r of rels ? childElements(rels, "Relationship") : []) {
    if (r.attrs["TargetMode"] === "External") continue;
    map.set(r.attrs["Id"] ?? "", { type: r.attrs["Type"] ?? "", target: resolve(dir, r.attrs["Target"] ?? "") });
  }
  return map;
}

const ofType = (rels: Map<string, Rel>, suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix));

function dateStylesOf(styles: XmlElement | undefined): boolean[] {
  if (!styles) return [];
  const codes = new Map<number, string>();
  for (const f of childElements(childElement(styles, "numFmts") ?? styles, "numFmt")) codes.set(Number(f.attrs["numFmtId"]), f.attrs["formatCode"] ?? "");
  const xfs = childElements(childElement(styles, "cellXfs") ?? styles, "xf");
  return xfs.map((xf) => {
    const id = Number(xf.attrs["numFmtId"] ?? 0);
    return isDateFormat(id, codes.get(id));
  });
}

function readParts(parts: Unzipped): Workbook {
  const root = relsOf(parts, "");
  const wbPath = ofType(root, "/officeDocument")?.target ?? "xl/workbook.xml";
  const wb = xmlOf(parts, wbPath);
  if (!wb) throw new XlsxError(`压缩包中没有工作簿（${wbPath}），不是 .xlsx 文件；.xlsb 和 .ods 文件无法读取`, `no workbook part (${wbPath}): not an .xlsx file; .xlsb and .ods files are not read`);
  const rels = relsOf(parts, wbPath);
  const sst = ofType(rels, "/sharedStrings");
  const sstBytes = sst ? parts[sst.target] : undefined;
  const stylesRel = ofType(rels, "/styles");
  const pr = childElement(wb, "workbookPr")?.attrs["date1904"];
  const ctx: SheetContext = {
    shared: sstBytes ? readSharedStrings(utf8Chunks(sstBytes)) : [],
    dateStyles: dateStylesOf(stylesRel ? xmlOf(parts, stylesRel.target) : undefined),
    date1904: pr === "1" || pr === "true",
    cells: 0,
  };
  const listed = childElements(childElement(wb, "sheets") ?? wb, "sheet");
  if (listed.length > XLSX_LIMITS.sheets) {
    throw new XlsxError(`工作簿有 ${listed.length} 个工作表，最多读取 ${XLSX_LIMITS.sheets} 个；请把人口表和机构表复制到新工作簿`,
      `the workbook has ${listed.length} sheets; at most ${XLSX_LIMITS.sheets} are read: copy the zones and facilities sheets into a new workbook`);
  }
  const sheets: Table[] = [];
  for (const s of listed) {
    const rel = rels.get(s.attrs["id"] ?? "");
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const bytes = parts[rel.target];
    const name = s.attrs["name"] ?? `Sheet${sheets.length + 1}`;
    if (!bytes) throw new XlsxError(`工作表 ${s.attrs["name"]} 缺失（${rel.target}）`, `sheet ${s.attrs["name"]} is missing (${rel.target})`);
    sheets.push({ name, rows: readSheetXml(utf8Chunks(bytes), name, ctx) });
  }
  return { sheets };
}

const issue = (code: string, zh: string, en: string): Parsed<never> => ({ ok: false, issues: [{ path: "(file)", code, zh, en } satisfies InputIssue] });

/** Whether bytes start like a zip archive (`PK\x03\x04`), as .xlsx files do. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads an .xlsx workbook: every worksheet by name, with shared and inline strings, numbers, booleans,
 * dates (numbers in a date format → `{kind: "date"}`), error values, and formulas by their cached value
 * (a formula without one → `{kind: "formula"}`; formulas are never evaluated). An old binary .xls,
 * a non-zip or a damaged file is an issue, not an exception. Runs in Node, browsers and workers.
 */
export function readXlsx(bytes: Uint8Array): Parsed<Workbook> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return issue("xlsOld", "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV", "this is an old binary .xls file: save it as .xlsx or CSV in Excel");
  }
  if (!isZip(bytes)) return issue("xlsxNotZip", "不是 .xlsx 文件（无法解压）", "not an .xlsx file (not a zip archive)");
  try {
    let total = 0;
    const parts = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.(xml|rels)$/i.test(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_PART || total > MAX_TOTAL) throw new XlsxError("工作簿过大，无法读取", "the workbook is too large to read");
        return true;
      },
    });
    const wb = readParts(parts);
    if (wb.sheets.length === 0) return issue("xlsxNoSheet", "工作簿中没有工作表", "the workbook has no worksheets");
    return { ok: true, value: wb };
  } catch (e) {
    if (e instanceof XlsxError) return issue("xlsxBroken", `无法读取 .xlsx 文件：${e.zh}`, `cannot read the .xlsx file: ${e.message}`);
    const why = e instanceof Error ? e.message : String(e);
    return issue("xlsxBroken", `无法读取 .xlsx 文件：文件已损坏或格式不符（${why}）`, `cannot read the .xlsx file: ${why}`);
  }
}
