import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { InputIssue, Parsed } from "../../models/issues.js";
import { importIntoScenario, type MergeMode } from "../../models/io/merge.js";
import { readSpreadsheet } from "../../models/io/import.js";
import { readScenarioJson } from "../../models/io/read-json.js";
import type { Scenario } from "../../models/scenario/index.js";
import { solveScenario } from "../../models/solve.js";
import { deepFreeze, threeTowns } from "./io/helpers.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "bad");
/** Files of the folder that are not cases. */
const NOT_CASES = new Set(["README.md", "expected.json", "make-corpus.py"]);

type Expect =
  | { readonly ok: false; readonly path: string; readonly zh: string; readonly en: string }
  | {
      readonly ok: true;
      readonly correction: string;
      readonly values?: readonly { readonly path: string; readonly equals: unknown }[];
      readonly same?: boolean;
      readonly solve?: {
        readonly target: string;
        readonly unit: string;
        readonly supplied?: number;
        readonly need?: number;
        readonly needAbove?: number;
        readonly shortfall?: number;
        readonly shortfallEqualsNeed?: boolean;
      };
    };
type Case = {
  readonly file?: string;
  readonly generated?: string;
  readonly entry: "scenario-json" | "table-import";
  readonly group: string;
  readonly what: string;
  readonly expect: Expect;
  readonly mode?: MergeMode;
};

const manifest = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as { readonly cases: readonly Case[] };
const base = (): Scenario => deepFreeze(threeTowns());
const utf8 = (s: string) => new TextEncoder().encode(s);

let tmp: string | undefined;
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Builds a generated case: in a temp dir when it is large, as a real file would arrive. */
function generate(name: string): { bytes: Uint8Array; fileName: string } {
  const scenario = JSON.parse(readFileSync(join(import.meta.dirname, "..", "cases", "three-towns.json"), "utf8")) as Record<string, unknown>;
  const nested = "[".repeat(100_000) + "]".repeat(100_000);
  switch (name) {
    case "json-50mb": {
      tmp ??= mkdtempSync(join(tmpdir(), "cp-bad-"));
      const path = join(tmp, "huge-50mb.json");
      const body = "填".repeat((50 * 1024 * 1024) / 3);
      writeFileSync(path, JSON.stringify({ ...scenario, notes: [{ title: { zh: "大", en: "big" }, body: { zh: body, en: "x" } }] }));
      return { bytes: new Uint8Array(readFileSync(path)), fileName: "huge-50mb.json" };
    }
    case "json-deep-100000":
      return { bytes: utf8(nested), fileName: "deep.json" };
    case "json-deep-in-field":
      return { bytes: utf8(JSON.stringify({ ...scenario, notes: [{ title: "@NESTED@", body: { zh: "x", en: "x" } }] }).replace('"@NESTED@"', nested)), fileName: "deep-field.json" };
    case "table-100000-bad-rows": {
      const rows = Array.from({ length: 100_000 }, (_, i) => `Z${i},镇${i},Town ${i},镇,1,NaN`);
      return { bytes: utf8(`编号,名称,英文名,类型,2020年常住人口,2025年常住人口\r\n${rows.join("\r\n")}\r\n`), fileName: "many_rows.csv" };
    }
    default:
      throw new Error(`unknown generated case ${name}`);
  }
}

/** Runs one case through its entry point, as the app and the CLI do. */
function run(c: Case, scenario: Scenario): Parsed<Scenario> {
  const { bytes, fileName } = c.file ? { bytes: new Uint8Array(readFileSync(join(DIR, c.file))), fileName: basename(c.file) } : generate(c.generated!);
  if (c.entry === "scenario-json") return readScenarioJson(bytes);
  const tables = readSpreadsheet(bytes, fileName);
  return tables.ok ? importIntoScenario(scenario, tables.value, c.mode ? { mode: c.mode } : {}) : tables;
}

/** A value at a path such as `zones[0].population.2025`. */
function at(value: unknown, path: string): unknown {
  return path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
}

const show = (issues: readonly InputIssue[]) => issues.slice(0, 8).map((i) => `${i.path} | ${i.zh} | ${i.en}`).join("\n");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [relative(DIR, join(dir, name))]));
}

describe("bad-input corpus (test/fixtures/bad)", () => {
  it("expected.json lists at least 50 cases, every file of the folder, and no file that is missing", () => {
    expect(manifest.cases.length).toBeGreaterThanOrEqual(50);
    const listed = manifest.cases.filter((c) => c.file).map((c) => c.file!);
    expect(new Set(listed).size).toBe(listed.length);
    expect(files(DIR).filter((f) => !NOT_CASES.has(f)).sort()).toEqual([...listed].sort());
    for (const c of manifest.cases) {
      expect(Boolean(c.file) !== Boolean(c.generated), `${c.file ?? c.generated}: a file or generated`).toBe(true);
      expect(["scenario-json", "table-import"]).toContain(c.entry);
      expect(c.what.length).toBeGreaterThan(0);
      if (!c.expect.ok) expect(c.expect.zh && c.expect.en && c.expect.path, `${c.file}: path, zh and en`).toBeTruthy();
      else expect(c.expect.correction.length, `${c.file}: a documented correction`).toBeGreaterThan(0);
    }
  });

  it.each(manifest.cases.map((c) => [`${c.file ?? `(generated) ${c.generated}`}: ${c.what}`, c] as const))("%s", async (_, c) => {
    const scenario = base();
    const before = structuredClone(scenario);
    let r: Parsed<Scenario> | undefined;
    expect(() => (r = run(c, scenario)), "no exception escapes").not.toThrow();
    expect(scenario, "the current scenario is unchanged").toEqual(before);
    const result = r!;
    if (!result.ok) {
      for (const i of result.issues) {
        expect(i.zh, `a Chinese message: ${i.path}`).toMatch(/\p{Script=Han}/u);
        expect(i.en.length, `an English message: ${i.path}`).toBeGreaterThan(0);
        expect(i.en, `not the same text in both languages: ${i.path}`).not.toBe(i.zh);
      }
    }
    const want = c.expect;
    if (!want.ok) {
      expect(result.ok, `expected an issue at ${want.path}`).toBe(false);
      const issues = result.ok ? [] : result.issues;
      const hit = issues.find((i) => i.path === want.path && i.zh.includes(want.zh) && i.en.includes(want.en));
      expect(hit, `no issue at ${want.path} with zh "${want.zh}" and en "${want.en}"; got:\n${show(issues)}`).toBeDefined();
      return;
    }
    expect(result.ok, result.ok ? "" : `expected "${want.correction}", got:\n${show(result.issues)}`).toBe(true);
    if (!result.ok) return;
    for (const v of want.values ?? []) expect(at(result.value, v.path), v.path).toEqual(v.equals);
    if (want.same) expect(result.value).toEqual(before);
    if (want.solve) {
      const solved = await solveScenario(result.value, { solver: "jslp", marginal: false });
      const w = want.solve;
      expect(["optimal", "unmet"], solved.message?.en).toContain(solved.status);
      const line = solved.coverage.find((l) => l.target === w.target && l.unit === w.unit);
      expect(line, `a coverage line for ${w.unit}`).toBeDefined();
      if (w.supplied !== undefined) expect(line!.supplied).toBeCloseTo(w.supplied, 9);
      if (w.need !== undefined) expect(line!.need).toBeCloseTo(w.need, 9);
      if (w.needAbove !== undefined) expect(line!.need).toBeGreaterThan(w.needAbove);
      if (w.shortfall !== undefined) expect(line!.shortfall).toBeCloseTo(w.shortfall, 9);
      if (w.shortfallEqualsNeed) expect(line!.shortfall).toBeCloseTo(line!.need, 9);
    }
  }, 120_000);
});
