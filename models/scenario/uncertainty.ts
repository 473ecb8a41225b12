import { z } from "zod";
import { IdSchema, NonNegativeSchema, YearKeySchema } from "./common.js";

/** A zone's low and high population variant for a year (persons); the central one is the zone's own figure. */
export const VariantSchema = z.strictObject({ low: NonNegativeSchema, high: NonNegativeSchema }).refine((v) => v.low <= v.high, { message: "low must not exceed high" });

/**
 * How uncertain the populations are, for the Monte Carlo view and `capacity-planner mc`
 * (docs/uncertainty.md): the spread of the annual growth rate and its region-wide share, and, where the
 * user has them, low/high variants by zone and year (drawn from a triangular distribution around the
 * zone's own figure). Zone ids and `low ≤ figure ≤ high` are checked when a run starts.
 */
export const UncertaintySchema = z.strictObject({
  /** Standard deviation of each zone's annual growth rate (0.005 = ±0.5 percentage points a year). */
  spread: z.number().min(0).max(0.2).optional(),
  /** Share of the variation common to the whole region (0 independent … 1 one shared rate). */
  correlation: z.number().min(0).max(1).optional(),
  /** Low/high variants: zone id → year → { low, high }. */
  variants: z.record(IdSchema, z.record(YearKeySchema, VariantSchema)).optional(),
});
/** A scenario's uncertainty settings. */
export type Uncertainty = z.infer<typeof UncertaintySchema>;
