/**
 * Child process of the benchmark: solves one generated scenario with one path (`fast`, `jslp`, `highs`)
 * `repeats` times and prints one JSON line. javascript-lp-solver is run even beyond the size its
 * memory guard refuses (`chooseSolver`), so that the benchmark reports what actually happens to it.
 */
import { checkResult } from "../models/check/index.js";
import { buildModel, chooseSolver, computeNeed, generateScenario, jsLpSolver, parseScenario, solvePhases, solveScenario, toResult, type AllocationResult, type SolverChoice } from "../models/index.js";

const [towns, seed, path, repeats] = process.argv.slice(2);
const parsed = parseScenario(generateScenario({ towns: Number(towns), seed: Number(seed) }));
if (!parsed.ok) throw new Error("generated scenario does not validate");
const s = parsed.value;
const NO_EXPLANATION = { binding: [], capitalValue: null, recurringValue: null, marginalMethod: "none" as const, unmet: [], remarks: [] };

/** The same pipeline as solveScenario (need → model → phases → result), past jslp's memory guard. */
async function forcedJslp(): Promise<AllocationResult> {
  const t0 = performance.now();
  const am = buildModel(s, computeNeed(s));
  const phased = await solvePhases(am, s.objective, jsLpSolver, { timeLimitMs: 3_600_000 });
  const solver = { name: "jslp", ms: performance.now() - t0, phases: phased.phases, reason: "bench: past the memory guard" };
  if (phased.status !== "optimal") throw new Error(`jslp: ${phased.status}`);
  return toResult(s, am, phased.solution.values, { status: "optimal", explanation: NO_EXPLANATION, solver });
}

const guarded = path === "jslp" && !chooseSolver(buildModel(s), "jslp").ok;
const times: number[] = [];
let last: AllocationResult | undefined;
for (let i = 0; i < Number(repeats); i++) {
  const t0 = performance.now();
  last = guarded ? await forcedJslp() : await solveScenario(s, { solver: path as SolverChoice, marginal: false, timeLimitMs: 3_600_000 });
  times.push(performance.now() - t0);
}
const r = last!;
const violations = checkResult(s, r).length;
process.stdout.write(`${JSON.stringify({ times, status: r.status, objective: r.objective, violations, maxRssMb: process.resourceUsage().maxRSS / 1024, solver: r.solver.name, reason: r.solver.reason })}\n`);
