import { z } from "zod";
import { BilingualSchema, ProvenanceSchema } from "./provenance.js";
import { SeedValueSchema } from "./value.js";

/** 约束性 binding, 预期性 expected; `unstated` where the text gives no nature. */
export const NatureSchema = z.enum(["binding", "expected", "unstated"]);

/** A figure with where it came from. */
export const FigureSchema = z.strictObject({
  value: SeedValueSchema,
  year: z.number().int().min(2000).max(2050).nullable(),
  provenance: ProvenanceSchema,
});
/** A figure with its year and provenance. */
export type Figure = z.infer<typeof FigureSchema>;

/** Resource keys shared with scenarios (a seed target names the resource it rations). */
export const ResourceKeySchema = z.enum([
  "beds", "publicBeds", "countyAndGrassrootsBeds", "tcmBeds", "doctors", "nurses", "pharmacists", "gps",
  "tcmDoctors", "publicHealthStaff", "ambulances", "psychiatrists", "psychiatricNurses", "icuBeds",
  "rehabBeds", "psychiatricBeds", "paediatricBeds", "elderlyCareBeds", "childcarePlaces", "healthWorkers",
  "cdcStaff", "midwives", "paediatricians", "infectiousBeds", "other",
]);
/** A resource key. */
export type ResourceKey = z.infer<typeof ResourceKeySchema>;

/** One row of the plan's main-indicator table (主要指标), resource or not. */
export const IndicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  category: BilingualSchema.optional(),
  name: BilingualSchema,
  unit: BilingualSchema,
  resource: ResourceKeySchema.optional(),
  baseline: FigureSchema.nullable(),
  target: FigureSchema,
  nature: NatureSchema,
  provenance: ProvenanceSchema,
  note: z.string().optional(),
});
/** A main-indicator table row. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Which people a per-population ratio counts. */
export const PopulationBaseSchema = z.enum(["residents", "children0to3", "children0to14", "elderly65", "births", "households"]);

/**
 * The rule a ratio states:
 * - perPopulation: `value` units per `per` people of `population` (1 ambulance per 30,000 residents);
 * - perFacility: each facility of `facilityType` holds `value` (600–1,000 beds per general hospital);
 * - servicePopulation: one facility of `facilityType` per `value` people (one community centre per 30k–100k);
 * - facilityCount: `value` facilities of `facilityType` in scope (build 5 sub-centres);
 * - staffRatio: `value` is numerator:denominator between two resources (doctor:nurse 1:1.3);
 * - noGrowth: facilities of `facilityType` do not grow (区级公立医院原则上不再扩增规模);
 * - share: `value` percent of facilities of `facilityType` meet a condition.
 */
export const RuleSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("perPopulation"), value: SeedValueSchema, per: z.number().positive(), population: PopulationBaseSchema }),
  z.strictObject({ type: z.literal("perFacility"), value: SeedValueSchema, facilityType: BilingualSchema }),
  z.strictObject({ type: z.literal("servicePopulation"), value: SeedValueSchema, facilityType: BilingualSchema }),
  z.strictObject({ type: z.literal("facilityCount"), value: SeedValueSchema, facilityType: BilingualSchema }),
  z.strictObject({ type: z.literal("staffRatio"), value: SeedValueSchema, numerator: ResourceKeySchema, denominator: ResourceKeySchema }),
  z.strictObject({ type: z.literal("noGrowth"), facilityType: BilingualSchema }),
  z.strictObject({ type: z.literal("share"), value: SeedValueSchema, facilityType: BilingualSchema, condition: BilingualSchema }),
]);

/** A resource ratio or rule stated anywhere in the plan (table or text). */
export const SeedTargetSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  name: BilingualSchema,
  resource: ResourceKeySchema.optional(),
  rule: RuleSchema,
  scope: z.strictObject({
    level: z.enum(["region", "zone", "facility", "facilityType"]),
    description: BilingualSchema,
    /** Named zones (counties, districts, towns) the target applies to, when it is split by zone. */
    zones: z.array(z.string()).optional(),
  }),
  year: z.number().int().min(2020).max(2050).nullable(),
  nature: NatureSchema,
  /** Id of the main-indicator row this target restates, if any. */
  indicator: z.string().optional(),
  provenance: z.array(ProvenanceSchema).min(1),
  note: z.string().optional(),
});
/** A structured target from the plan. */
export type SeedTarget = z.infer<typeof SeedTargetSchema>;
