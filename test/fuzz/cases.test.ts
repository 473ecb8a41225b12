import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isolatedSolve } from "../../bin/fuzz-isolated.js";
import { runCase } from "../../models/fuzz/run.js";
import { parseScenario } from "../../models/scenario/index.js";

/**
 * Scenarios the fuzzer once failed on (test/fuzz/cases/, named `<finding>-<seed>.json`; their notes say
 * what was found): each must now pass every check of a fuzz case. Replay one by hand with
 * `npx capacity-planner solve test/fuzz/cases/FILE --solver jslp|highs|fast`.
 */
const DIR = join(import.meta.dirname, "cases");
const solve = isolatedSolve((limit) => limit + 4000);
afterAll(() => solve.close());

describe("fuzz regression cases", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
  it("has cases", () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(file, { timeout: 60_000 }, async () => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(DIR, file), "utf8")));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
      const report = await runCase(parsed.value, { solvers: ["jslp", "highs", "fast"], timeLimitMs: 5000, solve });
      expect(report.findings.map((f) => `[${f.kind}] ${f.solvers.join("/")}: ${f.message}`)).toEqual([]);
    });
  }
});
