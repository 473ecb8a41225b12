/**
 * Files out of the CLI:
 * - `capacity-planner template [--xlsx FILE | --csv PREFIX] [--scenario FILE]`: the import template
 *   (Chinese headers, English second row), filled with the scenario's zones and facilities when one is
 *   given; `--csv` writes `PREFIX-zones.csv` and `PREFIX-facilities.csv`; with neither flag the zones
 *   sheet goes to stdout as CSV. Exit codes: 0 written, 2 bad input.
 * - `writeResultFiles`, used by `solve FILE --xlsx OUT.xlsx --csv PREFIX`: the result's tables (summary,
 *   allocation, coverage, budget) as one workbook and/or one CSV file per table (`PREFIX-allocation.csv`…).
 */
import { writeFileSync } from "node:fs";
import { tableToCsvText, tablesToXlsx, resultToTables, templateCsv, templateXlsx } from "../models/io/index.js";
import type { AllocationResult, Scenario } from "../models/index.js";
import { BadInput, flag, loadScenario } from "./args.js";
import { encodeUtf8Bom } from "../models/io/decode.js";

/** English names of the result tables, for the per-table CSV file names. */
const TABLE_EN: Readonly<Record<string, string>> = { 概要: "summary", 配置方案: "allocation", 覆盖情况: "coverage", 预算: "budget" };

/** A file that could not be written or read; the CLI reports it with exit code 2. */
export class FileProblem extends Error {}

function write(path: string, bytes: Uint8Array): string {
  try {
    writeFileSync(path, bytes);
    return path;
  } catch (e) {
    throw new FileProblem(`${path}: 无法写入文件 / cannot write the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Writes the result as an .xlsx workbook and/or one CSV (UTF-8 with BOM) per table; returns the paths written. */
export function writeResultFiles(s: Scenario, r: AllocationResult, out: { xlsx?: string; csv?: string; lang: "zh" | "en" }): string[] {
  const tables = resultToTables(s, r, { locale: out.lang });
  const written: string[] = [];
  if (out.xlsx) written.push(write(out.xlsx, tablesToXlsx(tables)));
  if (out.csv) for (const t of tables) written.push(write(`${out.csv}-${TABLE_EN[t.name] ?? t.name}.csv`, encodeUtf8Bom(tableToCsvText(t))));
  return written;
}



/** Runs `template`; returns the exit code (0 written, 2 bad input). */
export function templateCommand(args: string[]): number {
  try {
    const known = new Set(["--xlsx", "--csv", "--scenario"]);
    for (let i = 0; i < args.length; i += 2) {
      if (!known.has(args[i]!)) throw new FileProblem(`template: 未知参数 / unknown argument ${args[i]} (--xlsx FILE | --csv PREFIX, --scenario FILE)`);
    }
    const xlsx = flag(args, "--xlsx");
    const csv = flag(args, "--csv");
    const file = flag(args, "--scenario");
    const s = file ? loadScenario(file) : undefined;
    if (!xlsx && !csv) {
      process.stdout.write(new TextDecoder().decode(templateCsv("zones", s)).replace(/^\uFEFF/, ""));
      return 0;
    }
    const written: string[] = [];
    if (xlsx) written.push(write(xlsx, templateXlsx(s)));
    if (csv) for (const kind of ["zones", "facilities"] as const) written.push(write(`${csv}-${kind}.csv`, templateCsv(kind, s)));
    process.stderr.write(`${written.map((p) => `✓ ${p}`).join("\n")}\n`);
    return 0;
  } catch (e) {
    if (e instanceof FileProblem || e instanceof BadInput) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
