import { z } from "zod";

/** A problem with input, named by its path, in Chinese and English. */
export type InputIssue = {
  /** Dot path into the input, e.g. `zones[3].population.2025`. */
  readonly path: string;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  /** The offending value, printed short, when known. */
  readonly received?: string;
};

/** The outcome of parsing untrusted input. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Domain-rule messages (superRefine checks), by key. Placeholders `{name}` are filled from params. */
export const DOMAIN_MESSAGES = {
  duplicateId: { zh: "编号重复：{id}", en: "duplicate id {id}" },
  unknownZone: { zh: "未知的镇/街道编号：{id}", en: "unknown zone {id}" },
  unknownResource: { zh: "未知的资源编号：{id}", en: "unknown resource {id}" },
  catchmentSum: { zh: "服务范围份额之和应为 1，实际为 {sum}", en: "catchment shares must sum to 1, got {sum}" },
  catchmentDuplicate: { zh: "服务范围中镇/街道重复：{id}", en: "zone {id} appears twice in the catchment" },
  missingPopulation: { zh: "缺少 {year} 年人口（目标 {target} 需要）", en: "no population for {year} (needed by target {target})" },
  missingAgeShare: { zh: "缺少年龄构成 {group}（目标 {target} 需要）", en: "no age share {group} (needed by target {target})" },
  minAboveMax: { zh: "下限 {min} 高于上限 {max}", en: "minimum {min} is above maximum {max}" },
  planYearBeforeBase: { zh: "规划年份不能早于基期年份", en: "plan year must not be before the base year" },
  sitingCandidates: { zh: "可选次中心只有 {n} 个，少于要求的 {min} 个", en: "only {n} sub-centre candidates for a minimum of {min}" },
  noZones: { zh: "至少需要一个镇/街道", en: "at least one zone is needed" },
  recurringYear: { zh: "经常性预算年份 {year} 不是配置年份（{years}）", en: "recurring budget year {year} is not an allocation year ({years})" },
  ratioTooLarge: { zh: "配置标准 {ratio}/{per} 不合理（每人超过 {limit} 个单位）", en: "ratio {ratio} per {per} is implausible (over {limit} units per person)" },
  noPopulationYear: { zh: "至少需要一个年份的人口", en: "needs the population of at least one year" },
  upperBelowRatio: { zh: "区间上限不能低于配置标准（{upper} < {ratio}）", en: "band upper must not be below the ratio ({upper} < {ratio})" },
  targetYearOutside: { zh: "目标年份 {year} 不在规划期 {baseYear}–{planYear} 内", en: "target year {year} is outside the plan period {baseYear}–{planYear}" },
} as const;
/** A domain-rule message key. */
export type DomainMessageKey = keyof typeof DOMAIN_MESSAGES;

/** Fills `{name}` placeholders of a message template from params. */
export function fillMessage(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Adds a domain-rule issue to a zod refinement context, carrying its message key and parameters. */
export function addDomainIssue(
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
  path: readonly (string | number)[],
  key: DomainMessageKey,
  params: Readonly<Record<string, unknown>> = {},
): void {
  ctx.addIssue({ code: "custom", path: [...path], message: fillMessage(DOMAIN_MESSAGES[key].en, params), params: { key, ...params }, input: undefined });
}

/** Prints a received value short: `-12`, `"abc"`, `NaN`, `an object`. */
export function printReceived(v: unknown): string {
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : String(v);
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === "object") return "an object";
  return String(v);
}

/** Chinese of the `invalid_format` messages the scenario schemas give (by their English text). */
const FORMAT_ZH: Readonly<Record<string, string>> = {
  "an id: a letter then letters, digits, _ or - (at most 64)": "编号：字母开头，仅含字母、数字、_ 或 -（至多 64 个字符）",
  "a four-digit year such as 2025": "四位年份，如 2025",
  "a division code of 6 to 12 digits": "区划代码（6–12 位数字）",
};

const TYPE_ZH: Readonly<Record<string, string>> = {
  number: "数字", string: "文本", boolean: "是/否", object: "对象", array: "数组", int: "整数", record: "对象",
};

/** Translates one zod issue into a bilingual input issue. */
export function toInputIssue(issue: z.core.$ZodIssue, prefix: readonly (string | number)[] = []): InputIssue {
  const path = z.core.toDotPath([...prefix, ...issue.path]) || "(root)";
  const input = (issue as { input?: unknown }).input;
  const received = input === undefined ? undefined : printReceived(input);
  const got = received === undefined ? { zh: "", en: "" } : { zh: `，实际为 ${received}`, en: `, got ${received}` };
  const base = { path, code: issue.code, ...(received === undefined ? {} : { received }) };
  switch (issue.code) {
    case "invalid_type": {
      if (input === undefined) return { ...base, zh: "缺少此项", en: "is required" };
      const want = issue.expected;
      return { ...base, zh: `应为${TYPE_ZH[want] ?? want}${got.zh}`, en: `must be ${want === "object" || want === "array" ? "an" : "a"} ${want}${got.en}` };
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "number" && min === 0 && issue.inclusive) return { ...base, zh: `应为非负数${got.zh}`, en: `must be a non-negative number${got.en}` };
      if (issue.origin === "number") return { ...base, zh: `应${issue.inclusive ? "不小于" : "大于"} ${min}${got.zh}`, en: `must be ${issue.inclusive ? "at least" : "above"} ${min}${got.en}` };
      if (issue.origin === "string") return min === 1 ? { ...base, zh: `不能为空${got.zh}`, en: `must not be empty${got.en}` } : { ...base, zh: `至少 ${min} 个字符${got.zh}`, en: `needs at least ${min} characters${got.en}` };
      return { ...base, zh: `至少需要 ${min} 项${got.zh}`, en: `needs at least ${min} item(s)${got.en}` };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "number") return { ...base, zh: `应${issue.inclusive ? "不大于" : "小于"} ${max}${got.zh}`, en: `must be ${issue.inclusive ? "at most" : "below"} ${max}${got.en}` };
      if (issue.origin === "string") return { ...base, zh: `最多 ${max} 个字符${got.zh}`, en: `has more than ${max} characters${got.en}` };
      return { ...base, zh: `最多 ${max} 项${got.zh}`, en: `has more than ${max} item(s)${got.en}` };
    }
    case "invalid_value":
      if (input === undefined) return { ...base, zh: `缺少此项，应为以下之一：${issue.values.join("、")}`, en: `is required: one of ${issue.values.join(", ")}` };
      return { ...base, zh: `应为以下之一：${issue.values.join("、")}${got.zh}`, en: `must be one of ${issue.values.join(", ")}${got.en}` };
    case "unrecognized_keys":
      return { ...base, zh: `包含未知字段：${issue.keys.join("、")}`, en: `has unknown field(s): ${issue.keys.join(", ")}` };
    case "invalid_format": {
      const zh = FORMAT_ZH[issue.message];
      const en = zh ? issue.message : issue.message.replace(/^Invalid string: /, "");
      return { ...base, zh: zh ? `应为${zh}${got.zh}` : `格式不符（${en}）${got.zh}`, en: `must be ${en}${got.en}` };
    }
    case "invalid_key": {
      // A record key that fails (a population year `20x5`): worded from the key's own issue.
      const key = String(issue.path[issue.path.length - 1] ?? "");
      const inner = issue.issues[0];
      const why = inner ? toInputIssue({ ...inner, path: [] } as z.core.$ZodIssue) : { zh: "不符合要求", en: "is not allowed" };
      return { path, code: issue.code, received: JSON.stringify(key), zh: `键 ${JSON.stringify(key)} ${why.zh.replace(/，实际为 .*$/, "")}`, en: `key ${JSON.stringify(key)} ${why.en.replace(/, got .*$/, "")}` };
    }
    case "invalid_union": {
      // A discriminated union with an unknown discriminator (`method: "x"`) reads best as "must be one of …".
      const u = issue as { options?: unknown; discriminator?: unknown };
      if (Array.isArray(u.options) && typeof u.discriminator === "string") {
        const tag = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[u.discriminator] : undefined;
        return toInputIssue({ code: "invalid_value", values: u.options, path: issue.path, message: issue.message, input: tag } as z.core.$ZodIssue, prefix);
      }
      return { ...base, zh: `不符合任何允许的形式${got.zh}`, en: `matches none of the allowed forms${got.en}` };
    }
    case "custom": {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const key = params["key"] as DomainMessageKey | undefined;
      if (key && key in DOMAIN_MESSAGES) {
        return { path, code: key, zh: fillMessage(DOMAIN_MESSAGES[key].zh, params), en: fillMessage(DOMAIN_MESSAGES[key].en, params) };
      }
      return { ...base, zh: issue.message, en: issue.message };
    }
    default:
      return { ...base, zh: issue.message, en: issue.message };
  }
}

/** Prints an issue as one line in the given language: `zones[3].population.2025: 应为非负数，实际为 -12`. */
export function formatIssue(issue: InputIssue, locale: "zh" | "en"): string {
  return `${issue.path}: ${locale === "zh" ? issue.zh : issue.en}`;
}

/** Runs a zod schema on untrusted input and returns the value or bilingual issues. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues.map((i) => toInputIssue(i)) };
}
