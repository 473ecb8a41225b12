import { z } from "zod";
import { ByYearSchema, NonNegativeSchema, SourceSchema } from "./common.js";

/**
 * Capital budget (万元) for additions, as a total and/or by year (cumulative: what a year does not
 * spend carries over); recurring budget (万元 per year) on the running cost of the `basis`.
 */
export const BudgetsSchema = z.strictObject({
  capital: z.strictObject({
    total: NonNegativeSchema.optional(),
    byYear: ByYearSchema.optional(),
    source: SourceSchema.optional(),
  }),
  recurring: z
    .strictObject({
      total: NonNegativeSchema,
      /** `added`: running cost of additions only; `total`: of existing + added. */
      basis: z.enum(["added", "total"]).default("added"),
      source: SourceSchema.optional(),
    })
    .optional(),
});
/** Budgets. */
export type Budgets = z.infer<typeof BudgetsSchema>;
