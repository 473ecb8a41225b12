import { z } from "zod";
import { fillMessage, toInputIssue, type InputIssue } from "../issues.js";

/**
 * Projection-rule messages, by key, in the `{zh, en}` shape of `DOMAIN_MESSAGES` in `models/issues.ts`
 * (kept here so that file stays untouched). Placeholders `{name}` are filled from params.
 */
export const PROJECTION_MESSAGES = {
  missingBase: { zh: "缺少基期 {year} 年人口", en: "no population for the base year {year}" },
  missingFigure: { zh: "缺少镇/街道 {id} 的 {year} 年人口", en: "no figure for zone {id} in {year}" },
  noRate: { zh: "镇/街道 {id} 没有增长率（请给出 rate 或 rates.{id}）", en: "no growth rate for zone {id} (give rate or rates.{id})" },
  yearNotAfterBase: { zh: "应晚于基期 {base} 年，实际为 {year}", en: "must be after the base year {base}, got {year}" },
  fromNotBeforeBase: { zh: "应早于基期 {base} 年，实际为 {year}", en: "must be before the base year {base}, got {year}" },
  noTrend: { zh: "{year} 年人口为 0，无法计算增长趋势", en: "population is 0 in {year}, so there is no growth trend" },
  nothingToSpread: { zh: "{year} 年可分配的镇/街道基期人口合计为 0", en: "zones to spread over have no base population in {year}" },
  ownAboveTotal: { zh: "{year} 年已有人口 {own} 与区域总量 {total} 不符", en: "own figures for {year} sum to {own}, which does not fit the total {total}" },
  noUrbanZones: { zh: "没有城镇（urban: true）的镇/街道可接收迁移人口", en: "no urban zones (urban: true) to receive the moved population" },
  noUrbanPopulation: { zh: "{year} 年可接收的城镇人口为 0，无法按人口分配", en: "urban zones able to receive have no population in {year}" },
  shareOutOfRange: { zh: "镇/街道 {id} 的 {group} 在 {year} 年将为 {share}，超出 0–1", en: "{group} of zone {id} would be {share} in {year}, outside 0–1" },
} as const;
/** A projection-rule message key. */
export type ProjectionMessageKey = keyof typeof PROJECTION_MESSAGES;

/** Anything issues can be added to: a zod refinement context, or an {@link IssueSink}. */
export type IssueContext = { addIssue: (issue: z.core.$ZodRawIssue) => void };

/** A path into the input, as zod writes it. */
export type Path = readonly (string | number)[];

/** Adds a projection-rule issue to a context, carrying its message key and parameters. */
export function addProjectionIssue(ctx: IssueContext, path: Path, key: ProjectionMessageKey, params: Readonly<Record<string, unknown>> = {}): void {
  ctx.addIssue({ code: "custom", path: [...path], message: fillMessage(PROJECTION_MESSAGES[key].en, params), params: { key, ...params }, input: undefined });
}

/**
 * Translates one zod issue into a bilingual input issue: projection keys from {@link PROJECTION_MESSAGES},
 * everything else (including a wrong `method` or `by`) by `toInputIssue`.
 */
export function toProjectionIssue(issue: z.core.$ZodIssue, prefix: Path = []): InputIssue {
  if (issue.code === "custom") {
    const params = (issue.params ?? {}) as Record<string, unknown>;
    const key = params["key"];
    if (typeof key === "string" && key in PROJECTION_MESSAGES) {
      const m = PROJECTION_MESSAGES[key as ProjectionMessageKey];
      return { path: z.core.toDotPath([...prefix, ...issue.path]) || "(root)", code: key, zh: fillMessage(m.zh, params), en: fillMessage(m.en, params) };
    }
  }
  return toInputIssue(issue, prefix);
}

/** Collects raw issues outside zod (checks that need the zones), then translates them. */
export type IssueSink = IssueContext & {
  /** The issues added so far, bilingual. */
  readonly issues: () => readonly InputIssue[];
};

/** A fresh {@link IssueSink}; `prefix` is put in front of every path added to it. */
export function issueSink(prefix: Path = []): IssueSink {
  const raw: z.core.$ZodRawIssue[] = [];
  return {
    addIssue: (issue) => void raw.push(issue),
    issues: () => raw.map((i) => toProjectionIssue(i as z.core.$ZodIssue, prefix)),
  };
}
