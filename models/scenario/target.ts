import { z } from "zod";
import { addDomainIssue } from "../issues.js";
import { IdSchema, LabelSchema, NonNegativeSchema, SourceSchema, YearSchema } from "./common.js";
import { TierSchema } from "./facility.js";

/** Which people a per-population ratio counts. */
export const TargetPopulationSchema = z.enum(["residents", "children0to3", "children0to14", "elderly65"]);

/**
 * How need is computed:
 * - `ratio`: need = population × ratio / per (the plans' norms);
 * - `utilisation` (beds): need = population × admissionRate × avgStay / (365 × occupancy).
 */
export const NeedMethodSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("ratio") }),
  z.strictObject({
    kind: z.literal("utilisation"),
    /** Admissions per resident per year (e.g. 0.2). */
    admissionRate: z.number().positive().max(5),
    /** Average length of stay in days. */
    avgStay: z.number().positive().max(365),
    /** Target bed occupancy (0–1], e.g. 0.85. */
    occupancy: z.number().positive().max(1),
  }),
]);
/** A need method. */
export type NeedMethod = z.infer<typeof NeedMethodSchema>;

/**
 * A resource target: `ratio` units per `per` people, over a scope, for a year.
 * Binding targets are hard constraints; expected targets are met as far as the budget allows.
 * `upper` makes a band (5.0–6.0): supply above `upper` per `per` counts as surplus.
 */
export const TargetSchema = z
  .strictObject({
    id: IdSchema,
    name: LabelSchema.optional(),
    resource: IdSchema,
    /** Units per `per` people. 0 is allowed (the editor's "what if this norm were dropped"): need 0, always met. */
    ratio: NonNegativeSchema,
    upper: NonNegativeSchema.optional(),
    per: z.number().positive(),
    population: TargetPopulationSchema.default("residents"),
    scope: z.enum(["region", "zone", "catchment"]),
    /**
     * Only these zones (a binding target for 中和镇 alone): zone scope — units for these zones only;
     * catchment scope — the eligible facilities standing in them; region scope — one unit over their
     * people, supplied through catchment shares. Absent: every zone.
     */
    zones: z.array(IdSchema).min(1).optional(),
    /** `false`: kept in the scenario but not applied (a what-if, or a borrowed standard switched off). */
    enabled: z.boolean().default(true),
    year: YearSchema,
    nature: z.enum(["binding", "expected"]),
    /** Only facilities of these tiers count toward supply (e.g. TCM beds: `["tcmHospital"]`). */
    tiers: z.array(TierSchema).min(1).optional(),
    method: NeedMethodSchema.default({ kind: "ratio" }),
    /** Weight of this target's relative shortfall in the expected-targets objective (default 1). */
    weight: NonNegativeSchema.default(1),
    source: SourceSchema.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.upper !== undefined && t.upper < t.ratio) addDomainIssue(ctx, ["upper"], "upperBelowRatio", { upper: t.upper, ratio: t.ratio });
  });
/** A target. */
export type Target = z.infer<typeof TargetSchema>;
