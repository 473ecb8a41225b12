import { z } from "zod";
import { NonNegativeSchema } from "./common.js";

/** The four goals, in the default lexicographic order. */
export const GoalSchema = z.enum(["binding", "equity", "expected", "cost"]);
/** A goal. */
export type Goal = z.infer<typeof GoalSchema>;

/**
 * The objective: lexicographic (each goal optimised in turn, earlier ones held) or a weighted sum.
 * Relative shortfalls are shortfall ÷ need, so a town of 8,000 and a city of 800,000 weigh alike;
 * `normalisation: "population"` weighs each relative shortfall by the zone's population share instead.
 */
export const ObjectiveSchema = z.strictObject({
  mode: z.enum(["lexicographic", "weighted"]).default("lexicographic"),
  order: z.array(GoalSchema).min(1).default(["binding", "equity", "expected", "cost"]),
  weights: z
    .strictObject({ binding: NonNegativeSchema, equity: NonNegativeSchema, expected: NonNegativeSchema, cost: NonNegativeSchema })
    .default({ binding: 1000, equity: 10, expected: 1, cost: 0.0001 }),
  normalisation: z.enum(["need", "population"]).default("need"),
});
/** The objective. */
export type Objective = z.infer<typeof ObjectiveSchema>;
