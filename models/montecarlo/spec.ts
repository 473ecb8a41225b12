/**
 * Options of a Monte Carlo run (docs/uncertainty.md). Validated at the edge (CLI flags, the app's form)
 * with bilingual messages naming the field; the model code then trusts them.
 */
export type McSpec = {
  /** Number of draws. */
  readonly draws: number;
  /** Seed of the draws: the same seed gives the same draws on any machine and any number of workers. */
  readonly seed: number;
  /** Standard deviation of each zone's annual growth rate around the scenario's implied rate (0.005 = ±0.5 %/year). */
  readonly spread: number;
  /** Share of the growth-rate variance common to the whole region (0 independent zones … 1 one shared rate). */
  readonly correlation: number;
};

/** Options of a run: the draws plus what to do with them. */
export type McOptions = McSpec & {
  /** `evaluate` a fixed allocation against the draws, or also `resolve` the optimal allocation of each draw. */
  readonly mode: "evaluate" | "resolve";
  /** Robust level α (e.g. 0.9): also solve with each zone's population at its α-quantile; absent: no robust allocation. */
  readonly robust?: number;
};

export const MC_DEFAULTS: McOptions = { draws: 1000, seed: 1, spread: 0.005, correlation: 0.5, mode: "evaluate" };

/** Most draws one run may ask for (a run keeps every draw's need per coverage line: ~100 MB at 20,000 × 150 lines). */
export const MAX_DRAWS = 20_000;

/** A problem with the options: the field and what was expected, in both languages. */
export type McIssue = { readonly field: string; readonly zh: string; readonly en: string };

/** Checks options; returns the issues (empty when sound). */
export function checkMcOptions(o: McOptions): McIssue[] {
  const issues: McIssue[] = [];
  const bad = (field: string, zh: string, en: string, got: unknown) => issues.push({ field, zh: `${field}：${zh}，实际为 ${String(got)}`, en: `${field}: ${en}, got ${String(got)}` });
  if (!Number.isInteger(o.draws) || o.draws < 1 || o.draws > MAX_DRAWS) bad("draws", `应为 1–${MAX_DRAWS} 的整数`, `must be a whole number from 1 to ${MAX_DRAWS}`, o.draws);
  if (!Number.isInteger(o.seed)) bad("seed", "应为整数", "must be a whole number", o.seed);
  if (!(o.spread >= 0 && o.spread <= 0.2)) bad("spread", "应在 0–0.2 之间（年增长率的标准差）", "must be from 0 to 0.2 (standard deviation of the annual growth rate)", o.spread);
  if (!(o.correlation >= 0 && o.correlation <= 1)) bad("correlation", "应在 0–1 之间", "must be from 0 to 1", o.correlation);
  if (o.mode !== "evaluate" && o.mode !== "resolve") bad("mode", "应为 evaluate 或 resolve", "must be evaluate or resolve", o.mode);
  if (o.robust !== undefined && !(o.robust > 0 && o.robust < 1)) bad("robust", "应在 0–1 之间（不含端点），如 0.9", "must be between 0 and 1 (exclusive), e.g. 0.9", o.robust);
  return issues;
}
