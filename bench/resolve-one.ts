/**
 * Child process of the benchmark: the district re-solve. Loads one scenario (a generated one, or a
 * bundled scenario file), solves it a few times to warm up, then `repeats` times edits one value (a
 * zone's plan-year population, alternately up and down 1%, cycling through the zones) and re-solves
 * with marginal values off — what the app does before it shows a result. Prints one JSON line with
 * the solve times and, separately, the times of the independent check the app runs on each result.
 */
import { readFileSync } from "node:fs";
import { checkResult } from "../models/check/index.js";
import { generateScenario, parseScenario, solveScenario, type Scenario, type SolverChoice } from "../models/index.js";

const [source, path, repeats] = process.argv.slice(2);
const input = /^\d+$/.test(source!) ? generateScenario({ towns: Number(source), seed: 1 }) : JSON.parse(readFileSync(source!, "utf8"));
const parsed = parseScenario(input);
if (!parsed.ok) throw new Error(`${source} does not validate`);
const base = parsed.value;
const year = String(base.region.planYear);

/** The scenario with zone k's plan-year population scaled by `f` (a one-value edit). */
function edited(k: number, f: number): Scenario {
  const zones = base.zones.map((z, i) => (i === k ? { ...z, population: { ...z.population, [year]: Math.round((z.population[year] ?? 0) * f) } } : z));
  return { ...base, zones };
}

const o = { solver: path as SolverChoice, marginal: false } as const;
for (let i = 0; i < 5; i++) await solveScenario(base, o);
const solve: number[] = [];
const check: number[] = [];
let status = "";
let solver = "";
for (let i = 0; i < Number(repeats); i++) {
  const s = edited(i % base.zones.length, i % 2 === 0 ? 1.01 : 0.99);
  const t0 = performance.now();
  const r = await solveScenario(s, o);
  const t1 = performance.now();
  const violations = checkResult(s, r).length;
  check.push(performance.now() - t1);
  solve.push(t1 - t0);
  if (violations > 0) throw new Error(`checker: ${violations} violations`);
  status = r.status;
  solver = `${r.solver.name} (${r.solver.reason})`;
}
process.stdout.write(`${JSON.stringify({ solve, check, status, solver, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
