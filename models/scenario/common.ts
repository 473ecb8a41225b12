import { z } from "zod";

/** An identifier: letters, digits, `_` and `-`, starting with a letter (used in LP names and URLs). */
export const IdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
  message: "an id: a letter then letters, digits, _ or - (at most 64)",
});

/** A label in Chinese and English. */
export const LabelSchema = z.strictObject({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) });
/** A label in Chinese and English. */
export type Label = z.infer<typeof LabelSchema>;

/**
 * The largest figure a scenario holds (a budget, a cost, a stock, a limit, a ratio, a weight): 10¹². Far
 * above any real one (a budget of 10¹² 万元 is 10¹⁶ yuan) and far below what solvers take for infinity
 * (HiGHS: 10²⁰); 1e308 reached HiGHS and failed with no field named (issue 16.11, attacks).
 */
export const MAX_FIGURE = 1e12;

/** A finite, non-negative number, at most `MAX_FIGURE`. */
export const NonNegativeSchema = z.number().nonnegative().max(MAX_FIGURE);

/** A year (string key in JSON records, e.g. `"2025"`). */
export const YearKeySchema = z.string().regex(/^(19|20)\d\d$/, { message: "a four-digit year such as 2025" });

/** A calendar year as a number. */
export const YearSchema = z.number().int().min(1990).max(2100);

/** A record from year (`"2025"`) to a non-negative number. */
export const ByYearSchema = z.record(YearKeySchema, NonNegativeSchema);

/** A share between 0 and 1 inclusive. */
export const ShareSchema = z.number().min(0).max(1);

/** Where a figure came from: a seed figure of a plan, a higher-level standard, or an assumption. */
export const SourceSchema = z.strictObject({
  kind: z.enum(["plan", "provincial", "national", "assumption", "census", "estimate", "user"]),
  /** Seed file id and the id of the target or indicator in it, when `kind` is `plan`. */
  seed: z.string().optional(),
  ref: z.string().optional(),
  /** Human-readable citation (document, article, line) and the Chinese phrase where there is one. */
  citation: z.string().max(2000).optional(),
  phrase: z.string().max(2000).optional(),
  line: z.number().int().positive().optional(),
  file: z.string().optional(),
  /** A free-text note (English, or the only language). */
  note: z.string().max(4000).optional(),
  /** The same note in Chinese, shown instead of `note` when the app speaks Chinese. */
  noteZh: z.string().max(4000).optional(),
});
/** The source of a figure. */
export type Source = z.infer<typeof SourceSchema>;
