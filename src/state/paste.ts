import type { InputIssue } from "../../models/index.js";
import { readNumberText } from "../../models/io/number-text.js";
import type { PopulationCell } from "./edits.js";

/**
 * Turns a block pasted from a spreadsheet into population cells, filling from the cell at
 * (`row`, `col`) of the zone × year table rightward and downward. Empty cells are skipped, cells past
 * the table's edge are ignored; any cell that is not a non-negative number rejects the whole paste.
 */
export function pastePopulation(
  text: string,
  zones: readonly string[],
  years: readonly string[],
  row: number,
  col: number,
): { ok: true; cells: PopulationCell[] } | { ok: false; issues: InputIssue[] } {
  const grid = splitGrid(text);
  const cells: PopulationCell[] = [];
  const issues: InputIssue[] = [];
  grid.forEach((line, i) =>
    line.forEach((raw, j) => {
      const zone = zones[row + i];
      const year = years[col + j];
      if (zone === undefined || year === undefined || raw.trim() === "") return;
      const read = readNumberText(raw, { unitWord: "人" });
      const path = `zones[${row + i}].population.${year}`;
      const got = raw.trim();
      if (!read.ok) issues.push({ path, code: "notNumber", zh: `不是数字：${got}（${read.problem.zh}）`, en: `not a number: ${got} (${read.problem.en})`, received: got });
      else if (read.value < 0) issues.push({ path, code: "negative", zh: `应为非负数，实际为 ${read.value}`, en: `must be a non-negative number, got ${read.value}`, received: String(read.value) });
      else cells.push({ zone, year, value: Math.round(read.value) });
    }),
  );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, cells };
}

/** Whether pasted text is a block (more than one cell) rather than a single value. */
export function isBlock(text: string): boolean {
  const grid = splitGrid(text);
  return grid.length > 1 || (grid[0]?.length ?? 0) > 1;
}

/** Splits text copied from a spreadsheet into rows of cells (tab-separated, CR/LF rows, trailing empty row dropped). */
export function splitGrid(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, "\n").split("\n");
  if (rows.length > 1 && rows.at(-1) === "") rows.pop();
  return rows.map((r) => r.split("\t"));
}
