import type { z } from "zod";
import type { AgeShares, PopulationStatusSchema } from "../scenario/zone.js";
import type { ProjectionMethod } from "./spec.js";

/** How a population figure was obtained (`published`, `estimated`, `projected`, `user`). */
export type PopulationStatus = z.infer<typeof PopulationStatusSchema>;

/** One zone's population, status and age shares in each requested year (keyed `"2030"`). */
export type ProjectedZone = {
  readonly id: string;
  /** Persons, exact (not rounded: rounding each zone would break the regional total and urbanisation balance). */
  readonly population: Readonly<Record<string, number>>;
  /** `projected` for computed figures; the zone's own status where its own figure was kept. */
  readonly status: Readonly<Record<string, PopulationStatus>>;
  /** Age shares (fractions of residents) in each year; a group the zone has no share for stays absent. */
  readonly ageShares: Readonly<Record<string, AgeShares>>;
};

/** The outcome of a projection: every zone, in the order given, over the requested years. */
export type ProjectedZones = {
  readonly method: ProjectionMethod;
  /** The requested years, sorted, without repeats. */
  readonly years: readonly number[];
  readonly zones: readonly ProjectedZone[];
  /** Sum of the zones' populations by year. */
  readonly totals: Readonly<Record<string, number>>;
};

/** Counts of persons in the age groups a zone has shares for: population × share. */
export type AgeCounts = {
  readonly age0to3?: number;
  readonly age0to14?: number;
  readonly age65plus?: number;
};
