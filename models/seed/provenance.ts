import { z } from "zod";

/**
 * Where a figure came from: the seed document (file name in `seeds/documents/`), the 1-based line
 * number in that file, and the Chinese phrase on that line that states it (copied verbatim, so a test
 * can find it on the line).
 */
export const ProvenanceSchema = z.strictObject({
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "a seed document file name such as 002_ce224e3ad2283474.txt"),
  line: z.number().int().positive(),
  phrase: z.string().min(1),
});
/** Provenance of one figure: document, line, verbatim phrase. */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A text in Chinese (as printed in the plan) and English (our translation). */
export const BilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
/** A text in Chinese and English. */
export type Bilingual = z.infer<typeof BilingualSchema>;
