import { z } from "zod";

/**
 * A figure as the plan prints it, kept structured:
 * `9.6` → number; `≤5` → upper bound; `≥95` / `>80.7` → lower bound; `5.0—6.0` → band;
 * `1:1.30` → ratio (left:right); `全覆盖`, `同比提高`, `—` → text (no number).
 */
export const SeedValueSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("number"), value: z.number() }),
  z.strictObject({ kind: z.literal("upper"), value: z.number(), strict: z.boolean().default(false) }),
  z.strictObject({ kind: z.literal("lower"), value: z.number(), strict: z.boolean().default(false) }),
  z
    .strictObject({ kind: z.literal("band"), lower: z.number(), upper: z.number() })
    .refine((b) => b.lower <= b.upper, { message: "band lower must not exceed upper", path: ["upper"] }),
  z.strictObject({ kind: z.literal("ratio"), left: z.number().positive(), right: z.number().positive() }),
  z.strictObject({ kind: z.literal("text"), text: z.string().min(1) }),
]);
/** A figure as printed: number, bound, band, ratio or text. */
export type SeedValue = z.infer<typeof SeedValueSchema>;

/** The numbers a value states, in the order printed (used to check a figure against its line). */
export function valueNumbers(v: SeedValue): readonly number[] {
  switch (v.kind) {
    case "number":
    case "upper":
    case "lower":
      return [v.value];
    case "band":
      return [v.lower, v.upper];
    case "ratio":
      return [v.left, v.right];
    case "text":
      return [];
  }
}

/** Prints a value the way the plan does: `9.6`, `≤5`, `>80.7`, `5–6`, `1:1.3`, `全覆盖`. */
export function formatSeedValue(v: SeedValue): string {
  switch (v.kind) {
    case "number":
      return String(v.value);
    case "upper":
      return `${v.strict ? "<" : "≤"}${v.value}`;
    case "lower":
      return `${v.strict ? ">" : "≥"}${v.value}`;
    case "band":
      return `${v.lower}–${v.upper}`;
    case "ratio":
      return `${v.left}:${v.right}`;
    case "text":
      return v.text;
  }
}
