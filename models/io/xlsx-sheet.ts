import { columnIndex, columnLetter, type Cell } from "./table.js";
import { streamXml, unescapeOoxmlText } from "./xml.js";
import { serialToIso } from "./xlsx-dates.js";

/**
 * What one workbook may expand to while it is read (issue 16.9: a 1 MB sparse sheet reaching column
 * XFD, or a 390 KB row bomb, ran the tab out of memory under byte caps alone). A table is held as rows
 * of cells up to the last one with a value, so its size is bounded here, cell by cell, as it is read.
 * The template needs far less: 20,000 zones or 50,000 facilities (the schema's limits) of ≲ 150 columns.
 */
export const XLSX_LIMITS = {
  /** Rows of one sheet, by row number of the last cell with a value. */
  rows: 100_000,
  /** Columns of one sheet (A … AMJ). */
  columns: 1_024,
  /** Cells of the workbook once rows are padded to their last cell (the memory a read holds). */
  cells: 4_000_000,
  /** Worksheets read (a workbook of 3,000 sheets took 5.9 s). */
  sheets: 256,
} as const;

/** Why a workbook cannot be read, in both languages (thrown inside the reader, returned as an issue). */
export class XlsxError extends Error {
  constructor(readonly zh: string, en: string) {
    super(en);
  }
}

/** What reading cells needs: shared strings, which styles are dates, the 1904 date system; and the cells read so far. */
export type SheetContext = { readonly shared: readonly string[]; readonly dateStyles: readonly boolean[]; readonly date1904: boolean; cells: number };

type RawCell = { t: string; s: number; v: string | undefined; f: string | undefined; inline: string | undefined };

function cellOf(c: RawCell, ctx: SheetContext): Cell {
  if (c.t === "inlineStr" && c.inline !== undefined) return unescapeOoxmlText(c.inline);
  const raw = c.v;
  if (c.t === "str" && raw !== undefined) return unescapeOoxmlText(raw);
  if (raw === undefined || raw === "") return c.f !== undefined ? { kind: "formula", formula: c.f } : null;
  switch (c.t) {
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
      if (ctx.dateStyles[c.s]) return { kind: "date", serial: n, iso: serialToIso(n, ctx.date1904) };
      return n;
    }
  }
}

function tooLarge(sheet: string, ref: string, what: { zh: string; en: string }): XlsxError {
  return new XlsxError(`工作表“${sheet}”过大，在 ${ref} 处停止读取：${what.zh}。请删去多余的行列或把数据复制到新工作簿`,
    `sheet "${sheet}" is too large; reading stopped at ${ref}: ${what.en}. Delete the extra rows and columns, or copy the data into a new workbook`);
}

/**
 * Streams a worksheet's XML into rows of cells without building a tree, checking the limits
 * (`XLSX_LIMITS`) at every cell, so a sparse or exploding sheet stops at the cell that crosses them.
 * Cells without a value are skipped; rows are padded with `null` up to their last cell.
 */
export function readSheetXml(chunks: Iterable<string>, sheet: string, ctx: SheetContext): Cell[][] {
  const rows: Cell[][] = [];
  let nextRow = 1;
  let rowNumber = 0;
  let cells: Cell[] = [];
  let nextCol = 0;
  let cell: RawCell | undefined;
  let text: "v" | "f" | "t" | undefined;
  let inIs = false;
  let phonetic = 0;
  streamXml(chunks, {
    open(name, a) {
      if (name === "row") {
        rowNumber = a["r"] !== undefined ? Number(a["r"]) : nextRow;
        if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > 1_048_576) throw new XlsxError(`行号 ${a["r"]} 无效`, `bad row number ${a["r"]}`);
        nextRow = rowNumber + 1;
        cells = [];
        nextCol = 0;
      } else if (name === "c") {
        const ref = a["r"];
        const col = ref ? columnIndex(/^[A-Za-z]+/.exec(ref)?.[0] ?? "") : nextCol;
        if (col < 0 || col > 16_383) throw new XlsxError(`单元格引用 ${ref} 无效`, `bad cell reference ${ref}`);
        nextCol = col + 1;
        cell = { t: a["t"] ?? "n", s: Number(a["s"] ?? 0), v: undefined, f: undefined, inline: undefined };
      } else if (cell && (name === "v" || name === "f")) {
        text = name;
        cell[name] = "";
      } else if (cell && name === "is") {
        inIs = true;
        cell.inline = "";
      } else if (inIs && name === "rPh") phonetic++;
      else if (inIs && name === "t" && phonetic === 0) text = "t";
    },
    text(t) {
      if (!cell || !text) return;
      if (text === "t") cell.inline += t;
      else cell[text] += t;
    },
    close(name) {
      if (name === "v" || name === "f" || name === "t") text = undefined;
      else if (name === "rPh") phonetic--;
      else if (name === "is") inIs = false;
      else if (name === "c" && cell) {
        const value = cellOf(cell, ctx);
        cell = undefined;
        if (value === null) return;
        const col = nextCol - 1;
        const ref = `${columnLetter(col)}${rowNumber}`;
        if (rowNumber > XLSX_LIMITS.rows) throw tooLarge(sheet, ref, { zh: `最多读取 ${XLSX_LIMITS.rows} 行`, en: `at most ${XLSX_LIMITS.rows} rows are read` });
        if (col >= XLSX_LIMITS.columns) throw tooLarge(sheet, ref, { zh: `最多读取 ${XLSX_LIMITS.columns} 列（到 ${columnLetter(XLSX_LIMITS.columns - 1)} 列）`, en: `at most ${XLSX_LIMITS.columns} columns (to ${columnLetter(XLSX_LIMITS.columns - 1)}) are read` });
        const added = Math.max(0, col + 1 - cells.length);
        if (ctx.cells + added > XLSX_LIMITS.cells) throw tooLarge(sheet, ref, { zh: `整个工作簿最多读取 ${XLSX_LIMITS.cells} 个单元格`, en: `at most ${XLSX_LIMITS.cells} cells are read in a workbook` });
        ctx.cells += added;
        while (cells.length < col) cells.push(null);
        cells[col] = value;
        rows[rowNumber - 1] = cells;
      }
    },
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Streams the shared-string table: the text of each `<si>` (its `<t>`, or its rich-text runs), phonetic runs skipped. */
export function readSharedStrings(chunks: Iterable<string>): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  streamXml(chunks, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && current !== undefined && phonetic === 0) inT = true;
    },
    text(t) {
      if (inT) current += t;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current !== undefined) {
        if (strings.length >= XLSX_LIMITS.cells) throw new XlsxError(`共享字符串超过 ${XLSX_LIMITS.cells} 个`, `more than ${XLSX_LIMITS.cells} shared strings`);
        strings.push(unescapeOoxmlText(current));
        current = undefined;
      }
    },
  });
  return strings;
}
