import { parseScenario } from "../../models/scenario/index.js";
import type { Parsed, Scenario } from "../../models/index.js";
import type { Locale, Messages } from "../i18n/messages.js";
import type { IgnoredColumns } from "../state/types.js";
import { readTables } from "../io/read-tables.js";

/**
 * Population figures the file changed without saying how they were obtained become the user's own
 * (no longer marked estimated); a status given in the file is kept.
 */
export function markImportedPopulations(before: Scenario, after: Scenario): Scenario {
  const old = new Map(before.zones.map((z) => [z.id, z]));
  return {
    ...after,
    zones: after.zones.map((z) => {
      const o = old.get(z.id);
      if (!o) return z;
      const status = { ...(z.populationStatus ?? {}) };
      let changed = false;
      for (const [year, v] of Object.entries(z.population)) {
        if (o.population[year] !== v && status[year] === o.populationStatus?.[year] && status[year] === "estimated") {
          status[year] = "user";
          changed = true;
        }
      }
      return changed ? { ...z, populationStatus: status } : z;
    }),
  };
}

/** A table merged into a scenario, and the columns it ignored (headers not recognised), per sheet. */
export type TableImport = { readonly scenario: Scenario; readonly ignored: readonly IgnoredColumns[] };

/**
 * Reads a zones/facilities table (CSV, TSV or .xlsx, in the template's columns) into the scenario with
 * `models/io` (loaded only when a table is imported; the file itself is read in a worker, `readTables`). The scenario is unchanged on failure. A column
 * whose header is not one of the template's is ignored — a misspelt header would hide a column, so each
 * sheet with such columns is reported with the headers it expected (`ignored`, for a notice).
 */
export async function importTable(s: Scenario, file: Blob & { name?: string }): Promise<Parsed<TableImport>> {
  const io = await import("../../models/io/index.js");
  const tables = await readTables(new Uint8Array(await file.arrayBuffer()), file.name ?? "table.csv");
  if (!tables.ok) return tables;
  const imported = io.importTables(tables.value, { resources: s.resources });
  if (!imported.ok) return imported;
  const merged = io.mergeImport(s, imported.value);
  if (!merged.ok) return merged;
  const parsed = parseScenario(markImportedPopulations(s, merged.value));
  if (!parsed.ok) return parsed;
  const years = io.templateYears(parsed.value);
  const ignored = [imported.value.zones, imported.value.facilities].flatMap((sheet) =>
    sheet && sheet.ignored.length > 0
      ? [{ sheet: sheet.sheet, kind: sheet.kind, columns: sheet.ignored, expected: io.templateFields(sheet.kind, years, parsed.value.resources).map((f) => f.header) }]
      : [],
  );
  return { ok: true, value: { scenario: parsed.value, ignored } };
}

/** As `importTable`, the merged scenario only. */
export async function importTableFile(s: Scenario, file: Blob & { name?: string }): Promise<Parsed<Scenario>> {
  const r = await importTable(s, file);
  return r.ok ? { ok: true, value: r.value.scenario } : r;
}


/** What a notice says about one sheet's ignored columns: which (letter and header) and the headers expected there. */
export function ignoredSentence(x: Messages, locale: Locale, ig: IgnoredColumns): string {
  const zh = locale === "zh-CN";
  const list = (items: readonly string[]) => items.join(zh ? "、" : ", ");
  const columns = list(ig.columns.map((c) => x.importIgnored.column(c.letter, c.header)));
  const expected = list(ig.expected.map((h) => (zh ? h.zh : h.en)));
  return `${x.importIgnored.sheet(ig.sheet, columns)}${zh ? "" : " "}${x.importIgnored.expected(ig.kind, expected)}`;
}
