import { SeedFileSchema, type Indicator, type SeedTarget } from "../../models/seed/index.js";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Repository root (tests run from it). */
export const ROOT = join(import.meta.dirname, "..", "..");

/** The seed JSON files in `seeds/`, by file name. */
export function seedJsonFiles(): string[] {
  return readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".json")).sort();
}

/** Reads and JSON-parses a file under the repository root. */
export function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, rel), "utf8"));
}

const documentCache = new Map<string, string[]>();
/** The lines of a seed document (1-based: `lines[0]` is empty so that `lines[n]` is line n). */
export function documentLines(file: string): string[] {
  let lines = documentCache.get(file);
  if (!lines) {
    lines = ["", ...readFileSync(join(ROOT, "seeds", "documents", file), "utf8").split(/\r?\n/)];
    documentCache.set(file, lines);
  }
  return lines;
}

/** Whitespace removed, for comparing a phrase with a line whose spacing the PDF extraction mangled. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

/** A validated seed file with its document, and lookups that fail the test on an unknown id. */
export function loadSeed(id: string) {
  const seed = SeedFileSchema.parse(readJson(`seeds/${id}.json`));
  const lines = documentLines(seed.document);
  const find = <T extends { id: string }>(list: readonly T[], kind: string, key: string): T => {
    const x = list.find((y) => y.id === key);
    if (!x) throw new Error(`no ${kind} ${key}`);
    return x;
  };
  return {
    seed,
    lines,
    doc: lines.join("\n"),
    target: (key: string): SeedTarget => find(seed.targets, "target", key),
    indicator: (key: string): Indicator => find(seed.indicators, "indicator", key),
  };
}
