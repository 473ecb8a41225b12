import { z } from "zod";
import { IdSchema, LabelSchema, NonNegativeSchema, SourceSchema } from "./common.js";
import { TierSchema } from "./facility.js";

/** Whether a rule is applied (`false`: kept in the scenario, switched off for a what-if). */
const EnabledSchema = z.boolean().default(true);

/**
 * A staffing ratio held in each facility of the given tiers, or region-wide:
 * Σ numerator ≥ min × Σ denominator (and ≤ max × Σ denominator).
 * Doctor:nurse 1:1.3 → numerator `["nurses"]`, denominator `["doctors"]`, min 1.3.
 * Without `nature` the rule is hard (no allocation may break it). With `nature` it is a target on the
 * totals: its deficit (the numerator units missing) enters the binding goal (`binding`: met whenever the
 * budget allows, otherwise reported as unmet) or the expected goal (`expected`), relative to the
 * requirement at the existing stock (docs/model.md "Staff ratio rules").
 */
export const StaffRatioRuleSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema.optional(),
  enabled: EnabledSchema,
  nature: z.enum(["binding", "expected"]).optional(),
  numerator: z.array(IdSchema).min(1),
  denominator: z.array(IdSchema).min(1),
  min: NonNegativeSchema.optional(),
  max: NonNegativeSchema.optional(),
  scope: z.enum(["facility", "region"]),
  tiers: z.array(TierSchema).min(1).optional(),
  source: SourceSchema.optional(),
});

/** Size limits of a resource for facilities of some tiers (600–1,000 beds per general hospital). */
export const SizeRuleSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema.optional(),
  enabled: EnabledSchema,
  tiers: z.array(TierSchema).min(1),
  resource: IdSchema,
  min: NonNegativeSchema.optional(),
  max: NonNegativeSchema.optional(),
  source: SourceSchema.optional(),
});

/** A quota of sub-centres within a group of zones (Suining: 船山 4, 安居 2, …). */
export const SitingQuotaSchema = z.strictObject({
  zones: z.array(IdSchema).min(1),
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative(),
  label: LabelSchema.optional(),
});

/**
 * Choose sub-centres among facilities marked `subCentreCandidate`: between `min` and `max` of them
 * (exactly K when equal), within quotas, each then holding at least `requirements` and costing
 * `upgradeCost` 万元 of capital.
 */
export const SitingRuleSchema = z.strictObject({
  enabled: EnabledSchema,
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative(),
  quotas: z.array(SitingQuotaSchema).optional(),
  requirements: z.record(IdSchema, NonNegativeSchema),
  upgradeCost: NonNegativeSchema.default(0),
  source: SourceSchema.optional(),
});

/** Resources that may not grow in facilities of some tiers (区级公立医院原则上不再扩增规模). */
export const NoGrowthRuleSchema = z.strictObject({
  id: IdSchema.optional(),
  name: LabelSchema.optional(),
  enabled: EnabledSchema,
  tiers: z.array(TierSchema).min(1),
  resources: z.array(IdSchema).min(1),
  source: SourceSchema.optional(),
});

/** The scenario's rules. */
export const RulesSchema = z.strictObject({
  staffRatios: z.array(StaffRatioRuleSchema).default([]),
  sizes: z.array(SizeRuleSchema).default([]),
  /** Resources that may not grow in facilities of these tiers (区级医院不再扩增规模). */
  noGrowth: z.array(NoGrowthRuleSchema).default([]),
  siting: SitingRuleSchema.optional(),
});
/** Rules. */
export type Rules = z.infer<typeof RulesSchema>;
/** A staff-ratio rule. */
export type StaffRatioRule = z.infer<typeof StaffRatioRuleSchema>;
