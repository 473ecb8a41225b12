import { z } from "zod";
import { parseWith, type Parsed } from "../issues.js";
import { BudgetsSchema } from "./budget.js";
import { IdSchema, LabelSchema } from "./common.js";
import { LessonSchema } from "./lesson.js";
import { UncertaintySchema } from "./uncertainty.js";
import { FacilitySchema } from "./facility.js";
import { ObjectiveSchema } from "./objective.js";
import { RegionSchema } from "./region.js";
import { ResourceSchema } from "./resource.js";
import { RulesSchema } from "./rule.js";
import { TargetSchema } from "./target.js";
import { checkReferences } from "./refs.js";
import { ZoneSchema } from "./zone.js";

/** A named budget variant of the scenario. */
export const VariantSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  note: z.strictObject({ zh: z.string().min(1).max(2000), en: z.string().min(1).max(2000) }).optional(),
  budgets: BudgetsSchema,
});
/** A budget variant. */
export type Variant = z.infer<typeof VariantSchema>;

/** Current scenario format version. */
export const SCENARIO_VERSION = 1;

/** The fields of a scenario before cross-reference checks. */
export const ScenarioShape = z.strictObject({
  version: z.literal(SCENARIO_VERSION),
  region: RegionSchema,
  zones: z.array(ZoneSchema).max(20000),
  resources: z.array(ResourceSchema).min(1).max(200),
  facilities: z.array(FacilitySchema).max(50000),
  targets: z.array(TargetSchema).max(2000),
  rules: RulesSchema.default({ staffRatios: [], sizes: [], noGrowth: [] }),
  budgets: BudgetsSchema,
  objective: ObjectiveSchema.default({
    mode: "lexicographic",
    order: ["binding", "equity", "expected", "cost"],
    weights: { binding: 1000, equity: 10, expected: 1, cost: 0.0001 },
    normalisation: "need",
  }),
  /**
   * Budget variants of the same plan (e.g. 60 %, 80 %, 100 % of the cost of meeting every target): each
   * replaces `budgets`; the app solves each and opens them side by side in the comparison.
   */
  variants: z.array(VariantSchema).max(12).optional(),
  /** Free notes: how populations were estimated, where costs come from, what the scenario assumes. */
  notes: z.array(z.strictObject({ title: LabelSchema, body: LabelSchema })).default([]),
  /** A guided lesson (teaching mode): title, paragraphs, question, answer; a lesson is a scenario file. */
  lesson: LessonSchema.optional(),
  /** How uncertain the populations are (Monte Carlo, docs/uncertainty.md): growth-rate spread, low/high variants. */
  uncertainty: UncertaintySchema.optional(),
});

/** A scenario: region, zones, facilities, resources, targets, rules, budgets and objective (DESIGN.md §4). */
export const ScenarioSchema = ScenarioShape.superRefine(checkReferences);
/** A validated scenario; every reference in it resolves. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in JSON (defaults not yet applied). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** Parses untrusted input (a file, the URL, IndexedDB) into a scenario or bilingual issues naming the fields. */
export function parseScenario(input: unknown): Parsed<Scenario> {
  return parseWith(ScenarioSchema, input);
}
