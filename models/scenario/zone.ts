import { z } from "zod";
import { addDomainIssue } from "../issues.js";
import { IdSchema, LabelSchema, NonNegativeSchema, ShareSchema, SourceSchema, YearKeySchema } from "./common.js";

/** Age shares of a zone's population (fractions of residents), for targets on children or the elderly. */
export const AgeSharesSchema = z.strictObject({
  age0to3: ShareSchema.optional(),
  age0to14: ShareSchema.optional(),
  age65plus: ShareSchema.optional(),
});
/** Age shares. */
export type AgeShares = z.infer<typeof AgeSharesSchema>;

/** The largest population a zone may have: a billion people; more is a typo or a unit error, not a town. */
export const MAX_POPULATION = 1e9;

/** Resident population by year: at least one year, each figure between 0 and `MAX_POPULATION`. */
export const PopulationSchema = z.record(YearKeySchema, NonNegativeSchema.max(MAX_POPULATION)).superRefine((p, ctx) => {
  if (Object.keys(p).length === 0) addDomainIssue(ctx, [], "noPopulationYear");
});

/** How a population figure was obtained. `estimated` figures are shown as such in the app. */
export const PopulationStatusSchema = z.enum(["published", "estimated", "projected", "user"]);

/** A town, street, county or district: the unit populations and zone-scoped targets are counted in. */
export const ZoneSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  kind: z.enum(["street", "town", "county", "district", "city", "other"]),
  /** Official statistical division code (统计用区划代码), where known. */
  code: z.string().regex(/^\d{6,12}$/, { message: "a division code of 6 to 12 digits" }).optional(),
  /** Resident population by year (persons). */
  population: PopulationSchema,
  /** Status of each population figure by year; a year not listed is `user`. */
  populationStatus: z.record(YearKeySchema, PopulationStatusSchema).optional(),
  populationSource: SourceSchema.optional(),
  ageShares: AgeSharesSchema.optional(),
  /** Urban (street) or rural (town) — used by the urbanisation shift of projections. */
  urban: z.boolean().optional(),
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
});
/** A zone. */
export type Zone = z.infer<typeof ZoneSchema>;
