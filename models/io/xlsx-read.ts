import { unzipSync, type Unzipped } from "fflate";
import type { InputIssue, Parsed } from "../issues.js";
import { columnIndex, type Cell, type Table, type Workbook } from "./table.js";
import { childElement, childElements, parseXml, textContent, unescapeOoxmlText, type XmlElement } from "./xml.js";
import { isDateFormat, serialToIso } from "./xlsx-dates.js";

/** Largest part (one XML file inside the zip) read, uncompressed, and the total: guards against zip bombs. */
const MAX_PART = 256 * 1024 * 1024;
const MAX_TOTAL = 512 * 1024 * 1024;

type Rel = { readonly type: string; readonly target: string };

/** Why a workbook cannot be read, in both languages (thrown inside the reader, returned as an issue). */
class XlsxError extends Error {
  constructor(readonly zh: string, en: string) {
    super(en);
  }
}
type Context = { readonly shared: readonly string[]; readonly dateStyles: readonly boolean[]; readonly date1904: boolean };

const xmlOf = (parts: Unzipped, path: string): XmlElement | undefined => {
  const bytes = parts[path];
  return bytes ? parseXml(new TextDecoder("utf-8").decode(bytes)) : undefined;
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

/** The text of a shared or inline string: its `<t>`, or its rich-text runs; phonetic runs skipped. */
function stringText(si: XmlElement): string {
  const text = si.children.map((c) => (typeof c === "string" ? "" : c.name === "t" ? textContent(c) : c.name === "r" ? textContent(childElement(c, "t") ?? c) : "")).join("");
  return unescapeOoxmlText(text);
}

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

function readCell(c: XmlElement, ctx: Context): Cell {
  const t = c.attrs["t"] ?? "n";
  const f = childElement(c, "f");
  const v = childElement(c, "v");
  const raw = v ? textContent(v) : undefined;
  if (t === "inlineStr") {
    const is = childElement(c, "is");
    if (is) return stringText(is);
  }
  if (t === "str" && raw !== undefined) return unescapeOoxmlText(raw);
  if (raw === undefined || raw === "") return f ? { kind: "formula", formula: textContent(f) } : null;
  switch (t) {
    case "s": {
      const s = ctx.shared[Number(raw)];
      if (s === undefined) throw new XlsxError(`共享字符串 ${raw} 不存在`, `shared string ${raw} does not exist`);
      return s;
    }
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return { kind: "error", code: raw };
    case "d": {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      return { kind: "date", serial: (ms - Date.UTC(1899, 11, 30)) / 86_400_000, iso: raw };
    }
    default: {
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      if (ctx.dateStyles[Number(c.attrs["s"] ?? 0)]) return { kind: "date", serial: n, iso: serialToIso(n, ctx.date1904) };
      return n;
    }
  }
}

function readSheet(ws: XmlElement, ctx: Context): Cell[][] {
  const rows: Cell[][] = [];
  let nextRow = 1;
  for (const r of childElements(childElement(ws, "sheetData") ?? ws, "row")) {
    const rowNumber = r.attrs["r"] ? Number(r.attrs["r"]) : nextRow;
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > 1_048_576) throw new XlsxError(`行号 ${r.attrs["r"]} 无效`, `bad row number ${r.attrs["r"]}`);
    nextRow = rowNumber + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (const c of childElements(r, "c")) {
      const ref = c.attrs["r"];
      const col = ref ? columnIndex(/^[A-Za-z]+/.exec(ref)?.[0] ?? "") : nextCol;
      if (col < 0 || col > 16_383) throw new XlsxError(`单元格引用 ${ref} 无效`, `bad cell reference ${ref}`);
      nextCol = col + 1;
      const value = readCell(c, ctx);
      if (value === null) continue;
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
    rows[rowNumber - 1] = cells;
  }
  return Array.from(rows, (r) => r ?? []);
}

function readParts(parts: Unzipped): Workbook {
  const root = relsOf(parts, "");
  const wbPath = ofType(root, "/officeDocument")?.target ?? "xl/workbook.xml";
  const wb = xmlOf(parts, wbPath);
  if (!wb) throw new XlsxError(`压缩包中没有工作簿（${wbPath}），不是 .xlsx 文件；.xlsb 和 .ods 文件无法读取`, `no workbook part (${wbPath}): not an .xlsx file; .xlsb and .ods files are not read`);
  const rels = relsOf(parts, wbPath);
  const sst = ofType(rels, "/sharedStrings");
  const sstXml = sst ? xmlOf(parts, sst.target) : undefined;
  const stylesRel = ofType(rels, "/styles");
  const pr = childElement(wb, "workbookPr")?.attrs["date1904"];
  const ctx: Context = {
    shared: sstXml ? childElements(sstXml, "si").map(stringText) : [],
    dateStyles: dateStylesOf(stylesRel ? xmlOf(parts, stylesRel.target) : undefined),
    date1904: pr === "1" || pr === "true",
  };
  const sheets: Table[] = [];
  for (const s of childElements(childElement(wb, "sheets") ?? wb, "sheet")) {
    const rel = rels.get(s.attrs["id"] ?? "");
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const ws = xmlOf(parts, rel.target);
    if (!ws) throw new XlsxError(`工作表 ${s.attrs["name"]} 缺失（${rel.target}）`, `sheet ${s.attrs["name"]} is missing (${rel.target})`);
    sheets.push({ name: s.attrs["name"] ?? `Sheet${sheets.length + 1}`, rows: readSheet(ws, ctx) });
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
