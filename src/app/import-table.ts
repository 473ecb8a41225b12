import { parseScenario } from "../../models/scenario/index.js";
import type { Parsed, Scenario } from "../../models/index.js";

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

/**
 * Reads a zones/facilities table (CSV, TSV or .xlsx, in the template's columns) into the scenario with
 * `models/io` (loaded only when a table is imported). The scenario is unchanged on failure.
 */
export async function importTableFile(s: Scenario, file: Blob & { name?: string }): Promise<Parsed<Scenario>> {
  const io = await import("../../models/io/index.js");
  const tables = io.readSpreadsheet(new Uint8Array(await file.arrayBuffer()), file.name ?? "table.csv");
  if (!tables.ok) return tables;
  const merged = io.importIntoScenario(s, tables.value);
  if (!merged.ok) return merged;
  return parseScenario(markImportedPopulations(s, merged.value));
}

