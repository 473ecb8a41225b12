import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario, type Scenario } from "../../../models/scenario/index.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** A sample file of test/fixtures/io as plain bytes (a Uint8Array, as a browser File gives). */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ROOT, "test/fixtures/io", name)));
}

/** The three-towns case, parsed. */
export function threeTowns(): Scenario {
  const r = parseScenario(JSON.parse(readFileSync(join(ROOT, "test/cases/three-towns.json"), "utf8")));
  if (!r.ok) throw new Error(`bad test scenario: ${r.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
  return r.value;
}

/** Freezes a value and everything in it, so a test fails if anything writes into it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Expects a Parsed value to be ok and returns its value. */
export function ok<T>(r: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly { readonly en: string }[] }): T {
  if (!r.ok) throw new Error(`expected ok, got: ${r.issues.map((i) => i.en).join("; ")}`);
  return r.value;
}

/** Expects a Parsed value to fail and returns the issues' lines in both languages. */
export function lines(r: { readonly ok: boolean; readonly issues?: readonly { readonly zh: string; readonly en: string }[] }): string[] {
  if (r.ok || !r.issues) throw new Error("expected issues");
  return r.issues.flatMap((i) => [i.zh, i.en]);
}
