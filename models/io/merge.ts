import type { InputIssue, Parsed } from "../issues.js";
import { parseScenario, type Scenario } from "../scenario/index.js";
import type { ScenarioImport } from "./import.js";
import { importTables } from "./import.js";
import { cellIssue, rowIssue, type ImportedRow, type SheetImport } from "./sheet-import.js";
import { columnIndex, type Table } from "./table.js";

/**
 * How imported rows meet the scenario's list:
 * - `update` (default): rows update the zone/facility with the same id, or are appended when new;
 *   zones/facilities absent from the file stay as they are;
 * - `replace`: the file's rows become the whole list, in file order (a zone a facility still
 *   stands in must then be in the file, or the merge fails).
 */
export type MergeMode = "update" | "replace";

/** Options of `mergeImport`. */
export type MergeOptions = { readonly mode?: MergeMode };

type Entity = { readonly id: string };
type Mutable = Record<string, unknown>;

/** Containers that stay even when empty (the schema requires them). */
const REQUIRED = new Set(["name", "population", "existing"]);
/** Required fields: an empty cell keeps the existing value instead of removing it. */
const KEEP_WHEN_EMPTY = new Set(["id", "name.zh", "kind", "tier", "zone"]);

function apply(base: Entity | undefined, row: ImportedRow, kind: SheetImport["kind"]): Entity {
  const next = (base ? structuredClone(base) : kind === "facilities" ? { id: row.id, existing: {} } : { id: row.id }) as Mutable;
  for (const [key, value] of Object.entries(row.values)) {
    const path = key.split(".");
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty && KEEP_WHEN_EMPTY.has(key)) continue;
    let obj: Mutable = next;
    const parents: [Mutable, string][] = [];
    for (const p of path.slice(0, -1)) {
      if (typeof obj[p] !== "object" || obj[p] === null) {
        if (empty) break;
        obj[p] = {};
      }
      parents.push([obj, p]);
      obj = obj[p] as Mutable;
    }
    const leaf = path[path.length - 1]!;
    if (!empty) obj[leaf] = value;
    else if (parents.length === path.length - 1) {
      delete obj[leaf];
      for (const [parent, p] of parents.reverse()) {
        const child = parent[p] as Mutable;
        if (Object.keys(child).length === 0 && !(parent === next && REQUIRED.has(p))) delete parent[p];
      }
    }
  }
  const name = next["name"] as { zh?: string; en?: string } | undefined;
  if (name?.zh !== undefined && name.en === undefined) next["name"] = { ...name, en: name.zh };
  return next as unknown as Entity;
}

type Merged = { readonly items: readonly Entity[]; readonly origins: readonly (ImportedRow | undefined)[] };

function mergeList(list: readonly Entity[], imp: SheetImport | undefined, mode: MergeMode): Merged {
  if (!imp) return { items: list, origins: list.map(() => undefined) };
  const index = new Map(list.map((x, i) => [x.id, i]));
  const items: Entity[] = mode === "update" ? [...list] : [];
  const origins: (ImportedRow | undefined)[] = items.map(() => undefined);
  for (const row of imp.rows) {
    const i = index.get(row.id);
    const next = apply(i === undefined ? undefined : list[i], row, imp.kind);
    if (mode === "update" && i !== undefined) {
      items[i] = next;
      origins[i] = row;
    } else {
      items.push(next);
      origins.push(row);
    }
  }
  return { items, origins };
}

/** Re-words a scenario issue about an imported row so it names the sheet, row and, when it can, the cell. */
function locate(issue: InputIssue, imports: ScenarioImport, merged: Record<"zones" | "facilities", Merged>): InputIssue {
  const m = /^(zones|facilities)\[(\d+)\](?:\.(.*))?$/.exec(issue.path);
  const whole = { ...issue, zh: `${issue.path}：${issue.zh}`, en: `${issue.path}: ${issue.en}` };
  if (!m) return whole;
  const kind = m[1] as "zones" | "facilities";
  const row = merged[kind].origins[Number(m[2])];
  const imp = imports[kind];
  if (!row || !imp) return whole;
  const rest = (m[3] ?? "").replace(/\["([^"]*)"\]/g, ".$1").replace(/\[\d+\].*$/, "");
  const column = imp.columns.find((c) => c.key === rest) ?? imp.columns.find((c) => rest.startsWith(`${c.key}.`));
  const located = column
    ? cellIssue(imp.sheet, columnIndex(column.letter), row.row, column.header, issue.code, { zh: issue.zh, en: issue.en })
    : rowIssue(imp.sheet, row.row, issue.code, { zh: `（编号 ${row.id}）${whole.zh}`, en: `(id ${row.id}) ${whole.en}` });
  return { ...located, ...(issue.received === undefined ? {} : { received: issue.received }) };
}

/**
 * Merges imported zones and facilities into a scenario by id and validates the result with
 * `parseScenario`. Rules: a row whose id exists updates that zone/facility — each recognised column
 * sets its field (one population year, one resource, …), an empty cell removes an optional field
 * (a required one — name, kind, tier, zone — keeps its value), and fields with no column (sources, other years, other resources) are kept; a new id adds an
 * entity built from its row alone (English name defaults to the Chinese one). See `MergeMode` for
 * entities absent from the file. Returns a NEW scenario, or issues whose `zh`/`en` are whole lines:
 * located in the sheet (`机构!D2 (所在镇街): …`) when they come from an imported row, else prefixed
 * with the scenario path (`facilities[2].zone: …`) — the input scenario is never changed, so on failure the caller
 * simply keeps it.
 */
export function mergeImport(scenario: Scenario, imported: ScenarioImport, options: MergeOptions = {}): Parsed<Scenario> {
  const mode = options.mode ?? "update";
  const merged = {
    zones: mergeList(scenario.zones, imported.zones, mode),
    facilities: mergeList(scenario.facilities, imported.facilities, mode),
  };
  const parsed = parseScenario({ ...scenario, zones: merged.zones.items, facilities: merged.facilities.items });
  return parsed.ok ? parsed : { ok: false, issues: parsed.issues.map((i) => locate(i, imported, merged)) };
}

/**
 * Reads the template sheets among `tables` (resources recognised from the scenario) and merges them:
 * `importTables` then `mergeImport`. The scenario is unchanged on failure.
 */
export function importIntoScenario(scenario: Scenario, tables: readonly Table[], options: MergeOptions = {}): Parsed<Scenario> {
  const imported = importTables(tables, { resources: scenario.resources });
  return imported.ok ? mergeImport(scenario, imported.value, options) : imported;
}
