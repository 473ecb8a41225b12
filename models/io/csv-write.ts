import { encodeUtf8Bom } from "./decode.js";
import { neutraliseText } from "./guard.js";
import { cellText, type Cell, type Table } from "./table.js";

/** One CSV file ready to download: a file name (`<table name>.csv`) and its UTF-8-with-BOM bytes. */
export type CsvFile = { readonly name: string; readonly fileName: string; readonly bytes: Uint8Array<ArrayBuffer> };

function field(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "object" && cell.kind === "date") return cell.iso;
  const text = neutraliseText(cellText(cell));
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV text (RFC 4180, comma-separated, CRLF line ends, no BOM). Text that looks like a
 * formula is neutralised with a leading `'`; numbers are written as numbers; a formula cell is written
 * as (neutralised) text, never as a formula.
 */
export function tableToCsvText(table: Table): string {
  return table.rows.map((r) => r.map(field).join(",")).join("\r\n") + (table.rows.length > 0 ? "\r\n" : "");
}

/** Each table as a CSV file in UTF-8 with a BOM (one file per table; CSV holds a single table). */
export function tablesToCsv(tables: readonly Table[]): readonly CsvFile[] {
  return tables.map((t) => ({ name: t.name, fileName: `${t.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")}.csv`, bytes: encodeUtf8Bom(tableToCsvText(t)) }));
}
