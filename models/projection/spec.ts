import { z } from "zod";
import { toInputIssue, type Parsed } from "../issues.js";
import { ByYearSchema, IdSchema, ShareSchema, YearSchema } from "../scenario/common.js";
import { PopulationStatusSchema } from "../scenario/zone.js";
import { addProjectionIssue, toProjectionIssue } from "./messages.js";

/** A growth rate per year as a fraction (0.02 = 2 %); above −1, since −100 % would empty a zone. */
export const GrowthRateSchema = z.number().gt(-1);

/**
 * A drift of age shares in percentage points per year from the year `from`, where the zone's
 * `ageShares` hold: share(y) = share + perYear / 100 × (y − from). Groups not listed keep their share.
 */
export const AgeDriftSchema = z.strictObject({
  from: YearSchema,
  perYear: z.strictObject({ age0to3: z.number().optional(), age0to14: z.number().optional(), age65plus: z.number().optional() }),
});
/** A drift of age shares. */
export type AgeDrift = z.infer<typeof AgeDriftSchema>;

/**
 * The user's own figures by zone and year (`figures.A["2030"] = 12000`). They are marked `status`
 * (default `user`: figures typed in, not computed). Every requested year needs a figure for every zone,
 * from this table or from the zone itself.
 */
export const TableSpecSchema = z.strictObject({
  method: z.literal("table"),
  figures: z.record(IdSchema, ByYearSchema),
  status: PopulationStatusSchema.default("user"),
  ageDrift: AgeDriftSchema.optional(),
});

/**
 * Compound growth from a base year: P(y) = P(baseYear) × (1 + r)^(y − baseYear), with r from
 * `rates[zone]`, else `rate` (one rate for all zones). Years before the base year are back-cast.
 */
export const GrowthSpecSchema = z.strictObject({
  method: z.literal("growth"),
  baseYear: YearSchema,
  rate: GrowthRateSchema.optional(),
  rates: z.record(IdSchema, GrowthRateSchema).optional(),
  ageDrift: AgeDriftSchema.optional(),
});

const regionalFields = {
  method: z.literal("regionalTotal"),
  baseYear: YearSchema,
  /** The target year the total is for; after `baseYear`. */
  year: YearSchema,
  /** The region's population in `year` (persons, above 0). */
  total: z.number().positive(),
  ageDrift: AgeDriftSchema.optional(),
};

function afterBase(s: { baseYear: number; year: number }, ctx: z.core.$RefinementCtx): void {
  if (s.year <= s.baseYear) addProjectionIssue(ctx, ["year"], "yearNotAfterBase", { base: s.baseYear, year: s.year });
}

/** A regional total spread over zones by their base-year shares. */
export const RegionalShareSpecSchema = z.strictObject({ ...regionalFields, by: z.literal("share") }).superRefine(afterBase);

/**
 * A regional total spread by trend: each zone grows at its own rate observed from `from` to `baseYear`,
 * then all zones are rescaled by one factor so they sum to the total.
 */
export const RegionalTrendSpecSchema = z
  .strictObject({ ...regionalFields, by: z.literal("trend"), from: YearSchema })
  .superRefine((s, ctx) => {
    afterBase(s, ctx);
    if (s.from >= s.baseYear) addProjectionIssue(ctx, ["from"], "fromNotBeforeBase", { base: s.baseYear, year: s.from });
  });

/**
 * A regional total for a target year spread over the zones (`by: "share"` or `"trend"`). Years between
 * the base and target years get a total on the geometric path between the base-year sum and `total`
 * (years beyond it continue that path), spread the same way.
 */
export const RegionalTotalSpecSchema = z.discriminatedUnion("by", [RegionalShareSpecSchema, RegionalTrendSpecSchema]);

/** A projection that urbanisation can be applied on top of. */
export const BaseProjectionSpecSchema = z.discriminatedUnion("method", [TableSpecSchema, GrowthSpecSchema, RegionalTotalSpecSchema]);

/**
 * Urbanisation on top of another projection: in every year, a `share` of each rural zone's
 * (`urban: false`) growth since `baseYear` moves to the urban zones (`urban: true`), split in proportion
 * to their populations that year. Only growth moves: a rural zone below its base-year figure gives
 * nothing. Zones without `urban` are left alone. The total is preserved.
 */
export const UrbanisationSpecSchema = z.strictObject({
  method: z.literal("urbanisation"),
  base: BaseProjectionSpecSchema,
  baseYear: YearSchema,
  share: ShareSchema,
  ageDrift: AgeDriftSchema.optional(),
});

/** How a scenario's zone populations are projected to other years. */
export const ProjectionSpecSchema = z.discriminatedUnion("method", [TableSpecSchema, GrowthSpecSchema, RegionalTotalSpecSchema, UrbanisationSpecSchema]);
/** How populations are projected (validated, defaults applied). */
export type ProjectionSpec = z.infer<typeof ProjectionSpecSchema>;
/** A projection spec as written (before defaults). */
export type ProjectionSpecInput = z.input<typeof ProjectionSpecSchema>;
/** A projection that urbanisation can be applied on top of. */
export type BaseProjectionSpec = z.infer<typeof BaseProjectionSpecSchema>;
/** Own figures. */
export type TableSpec = z.infer<typeof TableSpecSchema>;
/** Compound growth. */
export type GrowthSpec = z.infer<typeof GrowthSpecSchema>;
/** A regional total spread over zones. */
export type RegionalTotalSpec = z.infer<typeof RegionalTotalSpecSchema>;
/** Urbanisation on top of another projection. */
export type UrbanisationSpec = z.infer<typeof UrbanisationSpecSchema>;
/** The projection methods. */
export type ProjectionMethod = ProjectionSpec["method"];

const METHODS: readonly string[] = ["table", "growth", "regionalTotal", "urbanisation"];

/** The name issue paths of a spec start with: its method (`growth.rates.t3`), else `projection`. */
export function specRoot(input: unknown): string {
  const m = typeof input === "object" && input !== null ? (input as { method?: unknown }).method : undefined;
  return typeof m === "string" && METHODS.includes(m) ? m : "projection";
}

/** Parses a projection spec; issue paths start with the method name, e.g. `growth.rates.t3`. */
export function parseProjectionSpec(input: unknown): Parsed<ProjectionSpec> {
  const r = ProjectionSpecSchema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data };
  const root = specRoot(input);
  return { ok: false, issues: r.error.issues.map((i) => toProjectionIssue(i, [root])) };
}

/** The years to project: whole years 1990–2100, at least one. Issue paths start with `years`. */
export const ProjectionYearsSchema = z.array(YearSchema).min(1);

/** Parses the years to project into a sorted list without repeats; issue paths start with `years`. */
export function parseProjectionYears(input: unknown): Parsed<readonly number[]> {
  const r = ProjectionYearsSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, issues: r.error.issues.map((i) => toInputIssue(i, ["years"])) };
  return { ok: true, value: [...new Set(r.data)].sort((a, b) => a - b) };
}
