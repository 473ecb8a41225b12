import { readFileSync } from "node:fs";
import type { InputIssue } from "../models/issues.js";
import { formatIssue } from "../models/issues.js";
import { readJsonFile } from "../models/io/read-json.js";
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
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new BadInput(`${path}: 无法读取文件 / cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const read = readJsonFile(bytes);
  if (!read.ok) throw new BadInput(issuesText(path, read.issues));
  return read.value;
}

/** A validated scenario from a JSON file, or bad input naming the fields. */
export function loadScenario(path: string | undefined): Scenario {
  const parsed = parseScenario(readJson(path, "FILE"));
  if (!parsed.ok) throw new BadInput(issuesText(path!, parsed.issues));
  return parsed.value;
}
