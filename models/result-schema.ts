import { z } from "zod";

const Label = z.object({ zh: z.string(), en: z.string() });
const Num = z.number();

/**
 * The shape of an AllocationResult read back from a file (`capacity-planner check`): checked before the
 * independent checker re-evaluates it, so that a malformed file is bad input (exit 2), not a crash.
 */
export const AllocationResultSchema = z.object({
  scenario: z.string(),
  status: z.enum(["optimal", "unmet", "infeasible", "timeout", "error"]),
  message: Label.optional(),
  years: z.array(z.number().int()),
  allocation: z.array(z.object({ facility: z.string(), resource: z.string(), existing: Num, added: z.record(z.string(), Num), total: Num })),
  subCentres: z.array(z.string()),
  coverage: z.array(
    z.object({
      target: z.string(), resource: z.string(), scope: z.enum(["zone", "catchment", "region"]), unit: z.string(), year: z.number().int(),
      nature: z.enum(["binding", "expected"]), population: Num, need: Num, upperNeed: Num.optional(), supplied: Num, shortfall: Num, surplus: Num,
    }),
  ),
  rules: z
    .array(
      z.object({
        rule: z.string(), side: z.enum(["min", "max"]), unit: z.string(), nature: z.enum(["hard", "binding", "expected"]),
        required: Num, actual: Num, deficit: Num, scale: Num,
      }),
    )
    .optional(),
  budget: z.array(z.object({ kind: z.enum(["capital", "recurring"]), year: z.number().int().nullable(), limit: Num, used: Num })),
  objective: z.object({ binding: Num.nullable(), equity: Num.nullable(), expected: Num.nullable(), cost: Num.nullable() }).transform((o) => ({
    binding: o.binding ?? NaN, equity: o.equity ?? NaN, expected: o.expected ?? NaN, cost: o.cost ?? NaN,
  })),
  explanation: z.object({
    binding: z.array(z.object({ row: z.string(), family: z.string(), label: Label, dual: Num.optional() })),
    capitalValue: Num.nullable(), recurringValue: Num.nullable(), marginalMethod: z.enum(["dual", "resolve", "none"]),
    unmet: z.array(z.object({ target: z.string(), unit: z.string(), need: Num, supplied: Num, gap: Num })),
    unmetRules: z.array(z.object({ rule: z.string(), side: z.enum(["min", "max"]), unit: z.string(), deficit: Num })).optional(),
    remarks: z.array(Label),
  }),
  solver: z.object({ name: z.string(), ms: Num, phases: Num, reason: z.string() }),
});
