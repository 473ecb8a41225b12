import type { InputIssue } from "../models/issues.js";
import { formatIssue } from "../models/issues.js";
import { MAX_SCENARIO_BYTES, readJsonFile, scenarioTooLarge } from "../models/io/read-json.js";
import { readFileBounded } from "./read-file.js";
import { parseScenario, type Scenario } from "../models/scenario/index.js";

/** Bad input on the command line or in a file it names: the commands print its message and exit with 2. */
export class BadInput extends Error {}

/** The value after `--name`, undefined when the flag is absent; a flag without a value is bad input. */
export function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) throw new BadInput(`${name}: 缺少取值 / needs a value`);
  return v;
}

/** Bilingual issues of a file, one per line (the first 50). */
export function issuesText(path: string, issues: readonly InputIssue[]): string {
  return issues.slice(0, 50).map((i) => `${path}: ${formatIssue(i, "zh")} / ${i.en}`).join("\n") + (issues.length > 50 ? `\n… ${issues.length - 50} more` : "");
}

/** A JSON file through models/io's reader (size cap, encodings, syntax errors with line and column). */
export function readJson(path: string | undefined, what: string): unknown {
  if (!path || path.startsWith("--")) throw new BadInput(`${what}: 缺少文件路径 / a file path is required`);
  const file = readFileBounded(path, MAX_SCENARIO_BYTES);
  if (!file.ok && "code" in file) throw new BadInput(`${path}: 无法读取文件 / cannot read the file (${file.code})`);
  const read = file.ok ? readJsonFile(file.bytes) : scenarioTooLarge(file.tooLarge, file.cutOff);
  if (!read.ok) throw new BadInput(issuesText(path, read.issues));
  return read.value;
}

/** A validated scenario from a JSON file, or bad input naming the fields. */
export function loadScenario(path: string | undefined): Scenario {
  const parsed = parseScenario(readJson(path, "FILE"));
  if (!parsed.ok) throw new BadInput(issuesText(path!, parsed.issues));
  return parsed.value;
}

/**
 * The flags of `generate`, checked so that it never writes a file `solve` refuses (issue 16.11: a NaN
 * budget share, seed 1e300 in the region id): towns a whole number 1–20,000, seed a whole number
 * 0–4,294,967,295 (the generator's 32 bits), budget share a number 0–100 (of the full cost).
 */
export function generateFlags(args: readonly string[]): { towns: number; seed: number; budgetShare?: number } {
  const towns = Number(flag(args, "--towns"));
  const seed = Number(flag(args, "--seed") ?? 1);
  const share = flag(args, "--budget-share");
  if (!Number.isInteger(towns) || towns < 1 || towns > 20000) throw new BadInput("--towns: 应为 1–20000 的整数 / must be a whole number from 1 to 20000");
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new BadInput("--seed: 应为 0–4294967295 的整数 / must be a whole number from 0 to 4294967295");
  if (share === undefined) return { towns, seed };
  const budgetShare = Number(share);
  if (share.trim() === "" || !Number.isFinite(budgetShare) || budgetShare < 0 || budgetShare > 100) {
    throw new BadInput(`--budget-share: 应为 0–100 之间的数（占全部成本的比例，如 0.4），实际为 ${share} / must be a number from 0 to 100 (a share of the full cost, such as 0.4), got ${share}`);
  }
  return { towns, seed, budgetShare };
}
