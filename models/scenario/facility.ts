import { z } from "zod";
import { IdSchema, LabelSchema, NonNegativeSchema, ShareSchema, SourceSchema } from "./common.js";

/** Facility tiers (DESIGN.md §2). */
export const TierSchema = z.enum([
  "cityHospital", "districtGeneralHospital", "tcmHospital", "maternalChildHospital", "mentalHealthCentre",
  "specialistHospital", "emergencyCentre", "publicHealthCentre", "countySubCentre", "centralTownshipCentre",
  "townshipCentre", "communityCentre", "villageClinic", "privateHospital", "childcareCentre", "other",
]);
/** A facility tier. */
export type Tier = z.infer<typeof TierSchema>;

/** One zone a facility serves and the share of the facility's resources that reach it. */
export const CatchmentEntrySchema = z.strictObject({ zone: IdSchema, share: ShareSchema });

/** Per-facility limits: size bands by resource, no growth, and whether it may become a sub-centre. */
export const FacilityLimitsSchema = z.strictObject({
  /** Upper bound on the total (existing + added) of a resource. */
  max: z.record(IdSchema, NonNegativeSchema).optional(),
  /** Lower bound on the total of a resource. */
  min: z.record(IdSchema, NonNegativeSchema).optional(),
  /** Resources that may not grow here (区级公立医院原则上不再扩增规模 → `["beds"]`). */
  noGrowth: z.array(IdSchema).optional(),
});

/** A facility: where it stands, whom it serves, what it has, and its limits. */
export const FacilitySchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  tier: TierSchema,
  zone: IdSchema,
  /** Zones served and shares (summing to 1); absent = serves its own zone only. */
  catchment: z.array(CatchmentEntrySchema).min(1).optional(),
  existing: z.record(IdSchema, NonNegativeSchema),
  /** Where each existing figure came from, by resource (an estimate names its method; shown as 估). */
  existingSource: z.record(IdSchema, SourceSchema).optional(),
  limits: FacilityLimitsSchema.optional(),
  /** May be chosen as a county sub-centre (县域医疗卫生次中心) by the siting rule. */
  subCentreCandidate: z.boolean().optional(),
  /** The plan's own figures for this facility (e.g. Yanjiang 表1 2025 beds), for side-by-side views. */
  planned: z.record(IdSchema, NonNegativeSchema).optional(),
  source: SourceSchema.optional(),
});
/** A facility. */
export type Facility = z.infer<typeof FacilitySchema>;

/** The catchment of a facility with the default (own zone, share 1) filled in. */
export function catchmentOf(f: Facility): readonly { zone: string; share: number }[] {
  return f.catchment ?? [{ zone: f.zone, share: 1 }];
}
