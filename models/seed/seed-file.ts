import { z } from "zod";
import { BilingualSchema, ProvenanceSchema } from "./provenance.js";
import { FigureSchema, IndicatorSchema, ResourceKeySchema, SeedTargetSchema } from "./plan.js";

/** A facility the plan names, with the figures it gives for it (Yanjiang 表1: 2025 authorised beds). */
export const SeedFacilitySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  name: BilingualSchema,
  tier: z.string().min(1),
  /** Town or county it stands in, as the plan names it (Chinese), where known. */
  zone: z.string().optional(),
  figures: z.array(
    z.strictObject({ resource: ResourceKeySchema, label: BilingualSchema, figure: FigureSchema }),
  ),
  provenance: ProvenanceSchema,
});

/** A population or resource total the plan states (baseline or target). */
export const SeedTotalSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  subject: BilingualSchema,
  resource: ResourceKeySchema.optional(),
  unit: BilingualSchema,
  figure: FigureSchema,
  /** Zone the total is for, if not the whole region. */
  zone: z.string().optional(),
});

/** Two or more figures in the plan that disagree, which one the app uses, and why. */
export const SeedConflictSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  about: BilingualSchema,
  figures: z.array(z.strictObject({ label: z.string().min(1), figure: FigureSchema })).min(2),
  used: z.string().min(1),
  why: z.string().min(1),
});

/** One seed file: everything the app takes from one plan, each figure with its provenance. */
export const SeedFileSchema = z.strictObject({
  id: z.enum(["suining", "zigong", "yanjiang", "dazhou", "rongchang"]),
  document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  region: BilingualSchema,
  level: z.enum(["city", "district"]),
  province: BilingualSchema,
  title: BilingualSchema,
  docNumber: z.string().nullable(),
  issued: z.string().nullable(),
  period: z.strictObject({ start: z.number().int(), end: z.number().int(), horizon: z.number().int().optional() }),
  identityProvenance: z.array(ProvenanceSchema).min(1),
  indicators: z.array(IndicatorSchema),
  targets: z.array(SeedTargetSchema).min(1),
  facilities: z.array(SeedFacilitySchema),
  totals: z.array(SeedTotalSchema),
  conflicts: z.array(SeedConflictSchema),
  notes: z.array(z.string()),
});
/** A validated seed file. */
export type SeedFile = z.infer<typeof SeedFileSchema>;
