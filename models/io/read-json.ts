import type { InputIssue, Parsed } from "../issues.js";
import { parseScenario, type Scenario } from "../scenario/index.js";
import { decodeText, textProblem } from "./decode.js";
import { jsonErrorOffset, lineColumn } from "./json-syntax.js";

/**
 * The largest scenario file read (32 MiB). The schema's own caps (20,000 zones, 50,000 facilities)
 * fit well below it; a larger file is refused before it is parsed, so it cannot stall the page.
 */
export const MAX_SCENARIO_BYTES = 32 * 1024 * 1024;

const fileIssue = (code: string, zh: string, en: string): Parsed<never> => ({ ok: false, issues: [{ path: "(file)", code, zh, en } satisfies InputIssue] });

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

/** The refusal of a scenario file of `size` bytes, or of more than the cap when `cutOff` (a stream read no further). */
export function scenarioTooLarge(size: number, cutOff = false): Parsed<never> {
  const seen = cutOff ? { zh: `超过 ${megabytes(MAX_SCENARIO_BYTES)} MB，已停止读取`, en: `over ${megabytes(MAX_SCENARIO_BYTES)} MB, read no further` } : { zh: `${megabytes(size)} MB`, en: `${megabytes(size)} MB` };
  return fileIssue("fileTooLarge", `文件过大（${seen.zh}），情景文件最大 ${megabytes(MAX_SCENARIO_BYTES)} MB`,
    `the file is too large (${seen.en}); a scenario file may be at most ${megabytes(MAX_SCENARIO_BYTES)} MB`);
}

/** Parses JSON text: the value, or an issue naming the line and column of the syntax error. */
export function parseJsonText(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError) return fileIssue("jsonTooDeep", "JSON 嵌套层数过多，无法读取", "the JSON is nested too deeply to read");
    const offset = jsonErrorOffset(text);
    const at = offset >= 0 ? lineColumn(text, offset) : undefined;
    const where = at ? { zh: `第 ${at.line} 行第 ${at.column} 列附近`, en: ` near line ${at.line}, column ${at.column}` } : { zh: "", en: "" };
    return fileIssue("notJson", `不是有效的 JSON 文件：${where.zh}有语法错误（NaN、Infinity、注释和末尾逗号在 JSON 中都不允许）`,
      `not a valid JSON file: syntax error${where.en} (NaN, Infinity, comments and trailing commas are not allowed in JSON) — ${message}`);
  }
}

/**
 * Reads a JSON file (its bytes, or text already decoded) into a value or bilingual issues of the file:
 * a file over `MAX_SCENARIO_BYTES`, an empty file, bytes that are not text, and a JSON syntax error
 * (with its line and column). Corrections: a UTF-8 byte-order mark is dropped; UTF-16 (with a BOM) and
 * GBK text are decoded. Use it where the value is not a bare scenario (a backup file that holds one).
 */
export function readJsonFile(input: Uint8Array | string): Parsed<unknown> {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_SCENARIO_BYTES) return scenarioTooLarge(size);
  let text: string;
  if (typeof input === "string") text = input.replace(/^\uFEFF/, "");
  else {
    const problem = textProblem(input);
    if (problem) return { ok: false, issues: [problem] };
    text = decodeText(input).text;
  }
  if (text.trim() === "") return fileIssue("emptyFile", "文件是空的", "the file is empty");
  return parseJsonText(text);
}

/**
 * Reads a scenario file into a scenario or bilingual issues: `readJsonFile`, then `parseScenario`,
 * which names the fields. From a browser: `readScenarioJson(new Uint8Array(await file.arrayBuffer()))`.
 */
export function readScenarioJson(input: Uint8Array | string): Parsed<Scenario> {
  const data = readJsonFile(input);
  return data.ok ? parseScenario(data.value) : data;
}
