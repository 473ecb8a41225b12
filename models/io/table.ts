/** A plain cell value: text, a number, a boolean, or empty (`null`). */
export type CellValue = string | number | boolean | null;

/**
 * A spreadsheet cell that is not a plain value:
 * - `date`: a number formatted as a date (Excel serial day, and the ISO text `2025-03-01`);
 * - `formula`: a formula with no cached value (formulas are never evaluated);
 * - `error`: an error value such as `#DIV/0!`.
 */
export type SpecialCell =
  | { readonly kind: "date"; readonly serial: number; readonly iso: string }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "error"; readonly code: string };

/** One cell of a table. CSV cells are always text or `null`. */
export type Cell = CellValue | SpecialCell;

/** One row of cells; rows may be ragged (a missing cell is empty). */
export type Row = readonly Cell[];

/**
 * A table: a CSV file or one sheet of a workbook. `rows[0]` is spreadsheet row 1.
 * `headerRows` (for writing) is how many leading rows are headers: bold and frozen in .xlsx.
 */
export type Table = {
  readonly name: string;
  readonly rows: readonly Row[];
  readonly headerRows?: number;
};

/** A workbook: its sheets in tab order. */
export type Workbook = { readonly sheets: readonly Table[] };

/** The column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 0-based column index of column letters: `A` → 0, `AA` → 26; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** An A1 reference from a 0-based column and a 1-based row: (3, 7) → `D7`. */
export function cellRef(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
export function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Whether a cell is empty: `null`, or text of only white space. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** The cell at a 0-based column of a row (`null` past the end). */
export function cellAt(row: Row | undefined, column: number): Cell {
  return row?.[column] ?? null;
}

/** A cell as display text: numbers in plain notation, dates as ISO, formulas with their `=`. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell.kind === "date") return cell.iso;
  if (cell.kind === "formula") return `=${cell.formula}`;
  return cell.code;
}
