import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { checkResult } from "../../models/check/index.js";
import type { AllocationResult } from "../../models/result-types.js";
import { parseScenario, type Scenario } from "../../models/scenario/index.js";
import type { SeedFile } from "../../models/seed/index.js";
import { SeedFileSchema } from "../../models/seed/index.js";
import { solveScenario } from "../../models/solve.js";

/** Repository root (tests run from it). */
export const ROOT = join(import.meta.dirname, "..", "..");

/** The five bundled scenarios, by region. */
export const REGIONS = ["yanjiang", "suining", "zigong", "dazhou", "rongchang"] as const;

/** A bundled scenario file as JSON (before parsing). */
export function scenarioJson(region: string): any {
  return JSON.parse(readFileSync(join(ROOT, "scenarios", `${region}-2025.json`), "utf8"));
}

/** A bundled scenario, validated; an invalid one fails the test with the issues. */
export function bundled(region: string): Scenario {
  const parsed = parseScenario(scenarioJson(region));
  if (!parsed.ok) throw new Error(`${region}: ${parsed.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
  return parsed.value;
}

/** A plan's seed file. */
export function seedOf(id: string): SeedFile {
  return SeedFileSchema.parse(JSON.parse(readFileSync(join(ROOT, "seeds", `${id}.json`), "utf8")));
}

/** The published population data (the repository's copy). */
export function populationsData(): any {
  return JSON.parse(readFileSync(join(ROOT, "seeds", "data", "populations.json"), "utf8"));
}

const cache = new Map<string, Promise<{ jslp: AllocationResult; highs: AllocationResult }>>();
/** The scenario solved by both solvers (cached per file, marginal re-solves off). */
export function solvedBoth(region: string): Promise<{ jslp: AllocationResult; highs: AllocationResult }> {
  let p = cache.get(region);
  if (!p) {
    const s = bundled(region);
    p = Promise.all([solveScenario(s, { solver: "jslp", marginal: false }), solveScenario(s, { solver: "highs", marginal: false })]).then(([jslp, highs]) => ({ jslp, highs }));
    cache.set(region, p);
  }
  return p;
}

/** Equal within 1e-6 relative (docs/model.md): |a − b| ≤ 1e-6 × max(1, |a|, |b|). */
export function sameGoal(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Both solvers solve the scenario to optimality, agree on every goal (1e-6 relative) and pass the checker. */
export async function expectSolvedAlike(region: string): Promise<{ jslp: AllocationResult; highs: AllocationResult }> {
  const s = bundled(region);
  const both = await solvedBoth(region);
  for (const r of [both.jslp, both.highs]) {
    expect(r.status, `${region} ${r.solver.name}: ${r.message?.en ?? ""}`).toBe("optimal");
    expect(checkResult(s, r), `${region} ${r.solver.name} checker`).toEqual([]);
  }
  for (const g of ["binding", "equity", "expected", "cost"] as const) {
    const a = both.jslp.objective[g];
    const b = both.highs.objective[g];
    expect(sameGoal(a, b), `${region} goal ${g}: jslp ${a} vs highs ${b}`).toBe(true);
  }
  return both;
}

/** Sub-centres chosen, grouped by the zone each stands in. */
export function subCentresByZone(s: Scenario, r: AllocationResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of r.subCentres) {
    const zone = s.facilities.find((f) => f.id === id)!.zone;
    out[zone] = (out[zone] ?? 0) + 1;
  }
  return out;
}
