import { z } from "zod";
import { ByYearSchema, NonNegativeSchema, SourceSchema } from "./common.js";

/**
 * Capital budget (万元) for additions, as a total and/or by year (cumulative: what a year does not
 * spend carries over) — neither means no limit ("what does meeting every target cost?"); recurring
 * budget (万元 per year) on the running cost of the `basis`, as one limit and/or a limit per allocation
 * year (on the totals reached by that year).
 */
export const BudgetsSchema = z.strictObject({
  capital: z
    .strictObject({
      total: NonNegativeSchema.optional(),
      byYear: ByYearSchema.optional(),
      source: SourceSchema.optional(),
    })
    .default({}),
  recurring: z
    .strictObject({
      total: NonNegativeSchema.optional(),
      byYear: ByYearSchema.optional(),
      /** `added`: running cost of additions only; `total`: of existing + added. */
      basis: z.enum(["added", "total"]).default("added"),
      source: SourceSchema.optional(),
    })
    .optional(),
});
/** Budgets. */
export type Budgets = z.infer<typeof BudgetsSchema>;
