import type { AllocationResult, Scenario } from "../../../models/index.js";

/** One facility × resource cell of the allocation table. */
export type AllocationCell = { readonly existing: number; readonly added: number; readonly total: number; readonly byYear: readonly (readonly [string, number])[] };

/** The allocation as a table: resources shown (those anyone has or gains), one row per facility, a totals row. */
export type AllocationTable = {
  readonly resources: readonly string[];
  readonly rows: readonly { readonly facility: string; readonly cells: readonly AllocationCell[]; readonly gains: boolean }[];
  readonly totals: readonly AllocationCell[];
};

const EPS = 1e-9;

/** Arranges a result's allocation lines by facility (scenario order) and resource (scenario order). */
export function allocationTable(s: Scenario, r: AllocationResult): AllocationTable {
  const lines = new Map(r.allocation.map((l) => [`${l.facility}\u0000${l.resource}`, l]));
  const resources = s.resources.map((x) => x.id).filter((id) => r.allocation.some((l) => l.resource === id && (l.total > EPS || l.existing > EPS)));
  const cellOf = (facility: string, resource: string): AllocationCell => {
    const l = lines.get(`${facility}\u0000${resource}`);
    if (!l) return { existing: 0, added: 0, total: 0, byYear: [] };
    const byYear = Object.entries(l.added).sort(([a], [b]) => a.localeCompare(b));
    return { existing: l.existing, added: byYear.reduce((a, [, v]) => a + v, 0), total: l.total, byYear };
  };
  const rows = s.facilities.map((f) => {
    const cells = resources.map((res) => cellOf(f.id, res));
    return { facility: f.id, cells, gains: cells.some((c) => c.added > EPS) };
  });
  const totals = resources.map((_, i) => {
    const sum = (k: "existing" | "added" | "total") => rows.reduce((a, row) => a + row.cells[i]![k], 0);
    return { existing: sum("existing"), added: sum("added"), total: sum("total"), byYear: [] };
  });
  return { resources, rows, totals };
}
