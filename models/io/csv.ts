import type { Parsed } from "../issues.js";
import { decodeText, textProblem, type TextEncodingName } from "./decode.js";
import type { Table } from "./table.js";

/** The field separators that are detected: comma (CSV) and tab (TSV, Excel "Unicode Text"). */
export type CsvSeparator = "," | "\t";

/** Parsed CSV text: records of fields, and the separator used. */
export type CsvRows = { readonly rows: readonly (readonly string[])[]; readonly separator: CsvSeparator };

/**
 * The separator of CSV text, from its first record: tab when it holds more tabs than commas, else
 * comma. Only `,` and `\t` are separators (a full-width `，` or `;` is ordinary text).
 */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === "\t") tabs++;
  }
  return tabs > commas ? "\t" : ",";
}

/**
 * Parses CSV text (RFC 4180): fields in double quotes may hold separators, line breaks and doubled
 * quotes (`""` → `"`); records end with CRLF, LF or CR; a final line break adds no record; a blank
 * line is a record of one empty field (so record numbers stay Excel's row numbers). Lenient where
 * the RFC is not: a quote inside an unquoted field is kept as text. A quote left open is an issue.
 */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): Parsed<CsvRows> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let openedAt = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === "") {
      quoted = true;
      openedAt = rows.length + 1;
    } else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else field += ch;
    i++;
  }
  if (quoted) {
    return {
      ok: false,
      issues: [{ path: `row ${openedAt}`, code: "csvOpenQuote", zh: `第 ${openedAt} 行：引号未闭合`, en: `row ${openedAt}: a quoted field is never closed` }],
    };
  }
  if (field !== "" || row.length > 0) endRecord();
  return { ok: true, value: { rows, separator } };
}

/** A CSV file read into a table, with the encoding and separator found. */
export type CsvTable = { readonly table: Table; readonly encoding: TextEncodingName; readonly separator: CsvSeparator };

/**
 * Reads the bytes of a CSV or TSV file into a table named `name`: decodes (UTF-8 with or without BOM,
 * GBK/GB18030, UTF-16 with BOM), detects the separator, parses; empty fields become `null`. Binary
 * data and bytes in no known encoding are an issue (see `textProblem`).
 */
export function readCsv(bytes: Uint8Array, name: string): Parsed<CsvTable> {
  const problem = textProblem(bytes);
  if (problem) return { ok: false, issues: [{ ...problem, path: name, zh: `${name}：${problem.zh}`, en: `${name}: ${problem.en}` }] };
  const { text, encoding } = decodeText(bytes);
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map((i) => ({ ...i, path: `${name} ${i.path}`, zh: `${name} ${i.zh}`, en: `${name} ${i.en}` })) };
  const rows = parsed.value.rows.map((r) => r.map((f) => (f === "" ? null : f)));
  return { ok: true, value: { table: { name, rows }, encoding, separator: parsed.value.separator } };
}
