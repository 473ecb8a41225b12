import type { ResultStatus } from "../result-types.js";
import type { Scenario } from "../scenario/scenario.js";
import { spreadOf, type Spread } from "./stats.js";

/** What re-solving one draw gave: its status, what the checker found, the worst shortfall and the additions. */
export type DrawSolve = {
  readonly status: ResultStatus;
  /** Violations the independent checker found in this draw's result (0 for a sound one). */
  readonly violations: number;
  /** Largest relative shortfall over every coverage line (NaN without an allocation). */
  readonly worst: number;
  /** Goal values of the draw's optimum. */
  readonly equity: number;
  readonly cost: number;
  /** Units added (all years) per facility × resource, in {@link additionKeys} order. */
  readonly added: readonly number[];
};

/** Facility × resource keys (`"hcA|beds"`), in the scenario's order: the positions of {@link DrawSolve.added}. */
export function additionKeys(s: Scenario): string[] {
  return s.facilities.flatMap((f) => s.resources.map((r) => `${f.id}|${r.id}`));
}

/** The spread of the draws' optima. */
export type ResolveSummary = {
  readonly draws: number;
  /** Draws by status (`optimal`, `unmet`, …). */
  readonly statuses: Readonly<Record<string, number>>;
  /** Draws whose result the checker faulted (should be 0). */
  readonly faulted: number;
  /** Largest relative shortfall of each draw's optimum. */
  readonly worst: Spread;
  readonly equity: Spread;
  readonly cost: Spread;
  /** Additions per facility × resource where any draw adds something. */
  readonly added: readonly { readonly facility: string; readonly resource: string; readonly spread: Spread }[];
};

/** Summarises re-solved draws (in draw order). */
export function summariseResolve(s: Scenario, solves: readonly DrawSolve[]): ResolveSummary {
  const statuses: Record<string, number> = {};
  for (const d of solves) statuses[d.status] = (statuses[d.status] ?? 0) + 1;
  const planned = solves.filter((d) => d.status === "optimal" || d.status === "unmet");
  const added = additionKeys(s).flatMap((k, i) => {
    const col = planned.map((d) => d.added[i]!);
    if (!col.some((v) => v > 0)) return [];
    const [facility, resource] = k.split("|") as [string, string];
    return [{ facility, resource, spread: spreadOf(col) }];
  });
  return {
    draws: solves.length,
    statuses,
    faulted: solves.filter((d) => d.violations > 0).length,
    worst: spreadOf(planned.map((d) => d.worst)),
    equity: spreadOf(planned.map((d) => d.equity)),
    cost: spreadOf(planned.map((d) => d.cost)),
    added,
  };
}
