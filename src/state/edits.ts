import type { Goal, Objective } from "../../models/index.js";

/** One population figure: zone id, year (`"2025"`), persons. */
export type PopulationCell = { readonly zone: string; readonly year: string; readonly value: number };

/**
 * An edit intent from the editor. Each one is applied by a pure reducer (`applyEdit`) and the new
 * scenario is re-validated before the store commits it.
 */
export type Edit =
  | { readonly kind: "regionName"; readonly lang: "zh" | "en"; readonly value: string }
  | { readonly kind: "regionYear"; readonly field: "baseYear" | "planYear"; readonly value: number }
  | { readonly kind: "population"; readonly cells: readonly PopulationCell[] }
  | { readonly kind: "targetRatio"; readonly target: string; readonly value: number }
  | { readonly kind: "targetUpper"; readonly target: string; readonly value: number | null }
  | { readonly kind: "targetNature"; readonly target: string; readonly value: "binding" | "expected" }
  | { readonly kind: "capitalTotal"; readonly value: number }
  | { readonly kind: "capitalYear"; readonly year: string; readonly value: number }
  | { readonly kind: "recurring"; readonly value: number | null }
  | { readonly kind: "resourceCost"; readonly resource: string; readonly field: "capitalCost" | "runningCost"; readonly value: number }
  | { readonly kind: "facilityLimit"; readonly facility: string; readonly resource: string; readonly bound: "min" | "max"; readonly value: number | null }
  | { readonly kind: "facilityNoGrowth"; readonly facility: string; readonly resource: string; readonly value: boolean }
  | { readonly kind: "objectiveMode"; readonly value: Objective["mode"] }
  | { readonly kind: "objectiveOrder"; readonly value: readonly Goal[] }
  | { readonly kind: "objectiveWeight"; readonly goal: Goal; readonly value: number };

/**
 * The undo-coalescing key of an edit: repeated edits of one control (a slider drag) share it.
 * Block edits (a paste) never coalesce.
 */
export function coalesceKey(e: Edit): string | null {
  switch (e.kind) {
    case "population":
      return e.cells.length === 1 ? `population:${e.cells[0]!.zone}:${e.cells[0]!.year}` : null;
    case "targetRatio":
    case "targetUpper":
      return `${e.kind}:${e.target}`;
    case "capitalYear":
      return `capitalYear:${e.year}`;
    case "resourceCost":
      return `resourceCost:${e.resource}:${e.field}`;
    case "facilityLimit":
      return `facilityLimit:${e.facility}:${e.resource}:${e.bound}`;
    case "objectiveWeight":
      return `objectiveWeight:${e.goal}`;
    case "regionName":
      return `regionName:${e.lang}`;
    case "capitalTotal":
    case "recurring":
      return e.kind;
    default:
      return null;
  }
}
