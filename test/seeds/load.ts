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
