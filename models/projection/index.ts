/**
 * Population projections: a spec (`table`, `growth`, `regionalTotal`, `urbanisation`) validated with zod,
 * `projectPopulation(zones, spec, years)` → figures, statuses and age shares per zone and year, and
 * `applyProjection(scenario, spec, years)` → a new scenario carrying them. Pure; runs in Node and workers.
 */
export {
  ProjectionSpecSchema,
  BaseProjectionSpecSchema,
  TableSpecSchema,
  GrowthSpecSchema,
  RegionalTotalSpecSchema,
  RegionalShareSpecSchema,
  RegionalTrendSpecSchema,
  UrbanisationSpecSchema,
  AgeDriftSchema,
  GrowthRateSchema,
  ProjectionYearsSchema,
  parseProjectionSpec,
  parseProjectionYears,
  specRoot,
  type ProjectionSpec,
  type ProjectionSpecInput,
  type BaseProjectionSpec,
  type TableSpec,
  type GrowthSpec,
  type RegionalTotalSpec,
  type UrbanisationSpec,
  type ProjectionMethod,
  type AgeDrift,
} from "./spec.js";
export type { PopulationStatus, ProjectedZone, ProjectedZones, AgeCounts } from "./types.js";
export { projectPopulation } from "./project.js";
export { applyProjection } from "./apply.js";
export { ageGroupCounts, ageSharesIn, AGE_GROUPS, type AgeGroup } from "./age.js";
export { compound } from "./growth.js";
export { trendRate, totalIn } from "./regional-total.js";
export { PROJECTION_MESSAGES, addProjectionIssue, toProjectionIssue, type ProjectionMessageKey } from "./messages.js";
