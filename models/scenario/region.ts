import { z } from "zod";
import { IdSchema, LabelSchema, YearSchema } from "./common.js";

/** The region a scenario plans for, the plan it follows, and the years it spans. */
export const RegionSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  level: z.enum(["province", "city", "district", "county", "synthetic", "lesson"]),
  /** Title of the plan the scenario follows, if any. */
  plan: LabelSchema.optional(),
  /** Seed file id (`seeds/<id>.json`) the scenario's targets come from. */
  seed: z.string().optional(),
  baseYear: YearSchema,
  /** The year the allocation is proposed for (the plan's target year). */
  planYear: YearSchema,
  currency: z.literal("万元").default("万元"),
});
/** A scenario's region. */
export type Region = z.infer<typeof RegionSchema>;
