import { z } from "zod";
import { IdSchema, LabelSchema, NonNegativeSchema, SourceSchema } from "./common.js";

/**
 * A resource that is allocated: beds, doctors, nurses, ambulances, … with its costs.
 * `capitalCost` is 万元 per unit added; `runningCost` is 万元 per unit per year (salary, upkeep).
 */
export const ResourceSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  unit: LabelSchema,
  kind: z.enum(["bed", "staff", "vehicle", "place", "other"]),
  capitalCost: NonNegativeSchema,
  runningCost: NonNegativeSchema,
  /** Added in whole units (integer variables) — beds, people and vehicles are. */
  wholeUnits: z.boolean(),
  costSource: SourceSchema.optional(),
});
/** A resource. */
export type Resource = z.infer<typeof ResourceSchema>;
