import type { InputIssue } from "../../models/index.js";
import { parseNumberText, splitGrid } from "../components/number-text.js";
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
      const value = parseNumberText(raw);
      const path = `zones[${row + i}].population.${year}`;
      if (value === undefined) issues.push({ path, code: "notNumber", zh: `不是数字：${raw.trim()}`, en: `not a number: ${raw.trim()}`, received: raw.trim() });
      else if (value < 0) issues.push({ path, code: "negative", zh: `应为非负数，实际为 ${value}`, en: `must be a non-negative number, got ${value}`, received: String(value) });
      else cells.push({ zone, year, value: Math.round(value) });
    }),
  );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, cells };
}

/** Whether pasted text is a block (more than one cell) rather than a single value. */
export function isBlock(text: string): boolean {
  const grid = splitGrid(text);
  return grid.length > 1 || (grid[0]?.length ?? 0) > 1;
}
