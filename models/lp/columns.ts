import type { Scenario } from "../scenario/scenario.js";
import type { ModelBuilder } from "./builder.js";
import { addKey } from "./keys.js";
import { resourceLimits } from "./limits.js";

/**
 * Creates the `add` columns (facility × resource × allocation year), integer for whole-unit resources.
 * A resource that may not grow gets no column. With a single year a facility's cap is a column bound;
 * with several it becomes a row (see `facility.ts`).
 */
export function addColumns(s: Scenario, years: readonly number[], b: ModelBuilder): Int32Array {
  const nR = s.resources.length;
  const nY = years.length;
  const cols = new Int32Array(s.facilities.length * nR * nY).fill(-1);
  s.facilities.forEach((f, fi) => {
    s.resources.forEach((r, ri) => {
      const lim = resourceLimits(s, f, r.id);
      if (lim.noGrowth) return;
      const existing = f.existing[r.id] ?? 0;
      const room = Math.max(0, lim.upper - existing);
      years.forEach((year, yi) => {
        const upper = nY === 1 ? room : Infinity;
        cols[(fi * nR + ri) * nY + yi] = b.column(addKey(r.id, f.id, year), "add", { kind: "add", facility: fi, resource: ri, year }, 0, upper, r.wholeUnits);
      });
    });
  });
  return cols;
}
