import { strToU8, zipSync } from "fflate";
import { looksLikeFormula } from "./guard.js";
import { cellRef, cellText, type Cell, type Table } from "./table.js";
import { escapeOoxmlText, escapeXml } from "./xml.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell styles written in styles.xml: 0 normal, 1 header (bold), 2 text kept as text (quotePrefix), 3 date. */
const STYLE = { normal: 0, header: 1, text: 2, date: 3 } as const;

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Interns strings for sharedStrings.xml. */
class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** Sheet names Excel accepts: no `[]:*?/\`, not blank, at most 31 characters, unique (case-insensitive). */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim().slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 3)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

function cellXml(cell: Cell, ref: string, header: boolean, sst: SharedStrings): string {
  if (cell === null || cell === "") return "";
  if (typeof cell === "number" && Number.isFinite(cell)) return `<c r="${ref}"${header ? ` s="${STYLE.header}"` : ""}><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === "object" && cell.kind === "date" && Number.isFinite(cell.serial)) return `<c r="${ref}" s="${STYLE.date}"><v>${cell.serial}</v></c>`;
  // Everything else is a string cell: never a formula, and quotePrefix keeps Excel from making one on edit.
  const text = cellText(cell);
  const style = looksLikeFormula(text) ? STYLE.text : header ? STYLE.header : STYLE.normal;
  return `<c r="${ref}" t="s"${style ? ` s="${style}"` : ""}><v>${sst.add(text)}</v></c>`;
}

/** Display width of text in Excel character units (CJK counts double), for column widths. */
function textWidth(cell: Cell): number {
  const text = cellText(cell);
  let w = 0;
  for (const ch of text.split("\n")[0] ?? "") w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function sheetXml(table: Table, sst: SharedStrings, selected: boolean): string {
  const headerRows = table.headerRows ?? 0;
  const widths: number[] = [];
  const rows = table.rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 8, Math.min(60, textWidth(cell) + 2));
      return cellXml(cell, cellRef(c, r + 1), r < headerRows, sst);
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  const pane = headerRows > 0 ? `<pane ySplit="${headerRows}" topLeftCell="A${headerRows + 1}" activePane="bottomLeft" state="frozen"/>` : "";
  const cols = widths.length > 0 ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join("")}</sheetData></worksheet>`;
}

const tText = (s: string) => `<t${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ""}>${escapeOoxmlText(s)}</t>`;

/**
 * Writes tables as an .xlsx workbook, one sheet per table (an empty sheet when there are none):
 * `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml` and its rels, `xl/styles.xml`,
 * `xl/sharedStrings.xml`, `xl/worksheets/sheetN.xml`. Text is always a shared-string cell (never a
 * formula; text that looks like one also gets `quotePrefix`), numbers are number cells, header rows
 * are bold and frozen. Sheet names are made valid for Excel (see `sheetNames`). Zip entries carry a
 * fixed date, so equal tables give equal bytes.
 */
export function tablesToXlsx(tables: readonly Table[]): Uint8Array<ArrayBuffer> {
  const list: readonly Table[] = tables.length > 0 ? tables : [{ name: "Sheet1", rows: [] }];
  const names = sheetNames(list.map((t) => t.name));
  const sst = new SharedStrings();
  const sheets = list.map((t, i) => sheetXml(t, sst, i === 0));
  const n = list.length;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`),
    "_rels/.rels": strToU8(`${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") + "</sheets></workbook>"),
    "xl/_rels/workbook.xml.rels": strToU8(`${HEAD}<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(`${HEAD}<sst xmlns="${MAIN}" count="${sst.list.length}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<si>${tText(s)}</si>`).join("")}</sst>`),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2025, 0, 1)) });
}
