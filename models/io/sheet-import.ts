import type { InputIssue, Parsed } from "../issues.js";
import { DEFAULT_RESOURCES, type ResourceName } from "./aliases.js";
import { describeCell, type Message } from "./cells.js";
import { matchHeader, type Field, type SheetKind } from "./columns.js";
import { cellAt, cellRef, cellText, columnLetter, isEmptyCell, sheetRef, type Cell, type Table } from "./table.js";

/** An import issue located in a sheet: `path` is the cell (`人口!D7`); `zh`/`en` are whole lines. */
export type SheetIssue = InputIssue & {
  readonly sheet: string;
  /** Row as Excel shows it (1-based). */
  readonly row: number;
  /** Column letter, when the issue is about one cell. */
  readonly column?: string;
  readonly header?: Message;
};

/** A column of a sheet that was recognised. */
export type SheetColumn = { readonly key: string; readonly letter: string; readonly header: Message };

/** One data row: where it is, its id, and a value (or `undefined` for an empty cell) per recognised column. */
export type ImportedRow = { readonly row: number; readonly id: string; readonly values: Readonly<Record<string, unknown>> };

/**
 * A sheet read against the template: recognised columns, data rows, and the non-empty headers that
 * were not recognised (ignored; show them to the user, a typo hides a column).
 */
export type SheetImport = {
  readonly kind: SheetKind;
  readonly sheet: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly ImportedRow[];
  readonly ignored: readonly { readonly letter: string; readonly header: string }[];
};

/** Options of an import: the scenario's resources, to recognise `现有床位`-style headers. */
export type ImportOptions = { readonly resources?: readonly ResourceName[] };

/** Most issues reported for one sheet; the rest are summed up in one more issue. */
export const MAX_ISSUES = 200;
/** Rows searched for the header (a title row above it is allowed). */
const HEADER_SEARCH = 5;

/** An issue about one cell, worded `人口!D7 (2025年常住人口): 应为非负数，实际为 "-12"`. */
export function cellIssue(sheet: string, column: number, row: number, header: Message, code: string, expected: Message, cell?: Cell): SheetIssue {
  const path = `${sheetRef(sheet)}!${cellRef(column, row)}`;
  const got = cell === undefined ? undefined : describeCell(cell);
  return {
    path, code, sheet, row, column: columnLetter(column), header,
    zh: `${path} (${header.zh}): ${expected.zh}${got ? `，实际为 ${got.zh}` : ""}`,
    en: `${path} (${header.en}): ${expected.en}${got ? `, got ${got.en}` : ""}`,
    ...(got ? { received: got.en } : {}),
  };
}

/** An issue about a whole sheet or row (`path` `人口!7:7` for a row). */
export function rowIssue(sheet: string, row: number, code: string, message: Message): SheetIssue {
  const path = row > 0 ? `${sheetRef(sheet)}!${row}:${row}` : sheetRef(sheet);
  const where = row > 0 ? { zh: `${sheetRef(sheet)} 第 ${row} 行`, en: `${sheetRef(sheet)} row ${row}` } : { zh: sheetRef(sheet), en: sheetRef(sheet) };
  return { path, code, sheet, row, zh: `${where.zh}：${message.zh}`, en: `${where.en}: ${message.en}` };
}

function mapRow(kind: SheetKind, cells: readonly Cell[] | undefined, resources: readonly ResourceName[]): (Field | undefined)[] {
  return (cells ?? []).map((c) => (typeof c === "string" ? matchHeader(kind, c, resources) : undefined));
}

/** Where a sheet's header is: its 0-based row, whether a second header row follows, and the field of each column. */
export type HeaderMatch = { readonly row: number; readonly second: boolean; readonly fields: readonly (Field | undefined)[] };

/**
 * Finds the header of a sheet: the first of rows 1–5 with an `编号`/`id` column; the next row is a
 * second header (the other language) when its cell in that column is `id`/`编号` too.
 */
export function findHeader(kind: SheetKind, rows: readonly (readonly Cell[])[], resources: readonly ResourceName[]): HeaderMatch | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH, rows.length); r++) {
    const fields = mapRow(kind, rows[r], resources);
    const idCol = fields.findIndex((f) => f?.key === "id");
    if (idCol < 0) continue;
    const next = mapRow(kind, rows[r + 1], resources);
    if (next[idCol]?.key !== "id") return { row: r, second: false, fields };
    return { row: r, second: true, fields: Array.from({ length: Math.max(fields.length, next.length) }, (_, c) => fields[c] ?? next[c]) };
  }
  return undefined;
}

/**
 * Reads a zones or facilities sheet: finds the header (see `findHeader`), then reads each non-empty
 * row. Issues name the sheet, the row as Excel numbers it, the column letter and header, and what
 * was expected, in Chinese and English. Nothing is checked across sheets here.
 */
export function importSheet(kind: SheetKind, table: Table, sheet = table.name, options: ImportOptions = {}): Parsed<SheetImport> {
  const resources = options.resources ?? DEFAULT_RESOURCES;
  const rows = table.rows;
  const found = findHeader(kind, rows, resources);
  if (!found) return { ok: false, issues: [rowIssue(sheet, 0, "noHeader", { zh: "找不到表头：第 1 行应有“编号”或“id”列", en: 'no header row: row 1 needs an "编号" or "id" column' })] };
  const { row: h, second: hasSecond, fields } = found;
  const idCol = fields.findIndex((f) => f?.key === "id");

  const issues: SheetIssue[] = [];
  const columns: (SheetColumn & { index: number; field: Field })[] = [];
  const ignored: { letter: string; header: string }[] = [];
  fields.forEach((f, c) => {
    const text = [rows[h]?.[c], hasSecond ? rows[h + 1]?.[c] : null].filter((x) => !isEmptyCell(x)).map((x) => cellText(x ?? null).trim()).join(" / ");
    if (!f) {
      if (text) ignored.push({ letter: columnLetter(c), header: text });
      return;
    }
    const twin = columns.find((x) => x.key === f.key);
    if (twin) issues.push(cellIssue(sheet, c, h + 1, f.header, "duplicateColumn", { zh: `与 ${twin.letter} 列重复`, en: `repeats column ${twin.letter}` }));
    else columns.push({ key: f.key, letter: columnLetter(c), header: f.header, index: c, field: f });
  });

  const out: ImportedRow[] = [];
  const seen = new Map<string, number>();
  for (let r = h + (hasSecond ? 2 : 1); r < rows.length && issues.length <= MAX_ISSUES; r++) {
    const cells = rows[r];
    if (columns.every((col) => isEmptyCell(cellAt(cells, col.index)))) continue;
    const values: Record<string, unknown> = {};
    for (const col of columns) {
      const cell = cellAt(cells, col.index);
      const read = col.field.read(cell);
      if (read.ok) values[col.key] = read.value;
      else issues.push(cellIssue(sheet, col.index, r + 1, col.header, "badCell", read.expected, cell));
    }
    const id = values["id"];
    if (typeof id !== "string") {
      if (isEmptyCell(cellAt(cells, idCol))) issues.push(cellIssue(sheet, idCol, r + 1, fields[idCol]!.header, "missingId", { zh: "缺少编号", en: "the id is missing" }));
      continue;
    }
    const before = seen.get(id);
    if (before !== undefined) issues.push(cellIssue(sheet, idCol, r + 1, fields[idCol]!.header, "duplicateId", { zh: `编号 ${id} 与第 ${before} 行重复`, en: `id ${id} repeats row ${before}` }));
    seen.set(id, r + 1);
    out.push({ row: r + 1, id, values });
  }
  if (issues.length > MAX_ISSUES) {
    issues.length = MAX_ISSUES;
    issues.push(rowIssue(sheet, 0, "tooManyIssues", { zh: `问题过多，只列出前 ${MAX_ISSUES} 个`, en: `too many problems; the first ${MAX_ISSUES} are listed` }));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { kind, sheet, columns: columns.map(({ key, letter, header }) => ({ key, letter, header })), rows: out, ignored } };
}
