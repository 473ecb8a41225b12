import { z } from "zod";

/** A text in Chinese and English, of paragraph length. */
const TextSchema = z.strictObject({ zh: z.string().min(1).max(4000), en: z.string().min(1).max(4000) });

/**
 * A guided lesson carried by a scenario file (teaching mode): a title, a few paragraphs, a question for
 * the class, an optional answer (with the hand check), and what the lesson is about — stepping the
 * `simplex`, reading `sensitivity` (shadow prices, the budget curve), or the model's `algebra`.
 */
export const LessonSchema = z.strictObject({
  title: z.strictObject({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
  paragraphs: z.array(TextSchema).min(1).max(20),
  question: TextSchema,
  answer: TextSchema.optional(),
  focus: z.enum(["simplex", "sensitivity", "algebra"]).optional(),
});
/** A lesson. */
export type Lesson = z.infer<typeof LessonSchema>;
