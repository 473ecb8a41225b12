/** Child process of the benchmark: solves one generated scenario with one solver and prints one JSON line. */
import { checkResult } from "../models/check/index.js";
import { generateScenario, parseScenario, solveScenario, type SolverChoice } from "../models/index.js";

const [towns, seed, solver, repeats] = process.argv.slice(2);
const parsed = parseScenario(generateScenario({ towns: Number(towns), seed: Number(seed) }));
if (!parsed.ok) throw new Error("generated scenario does not validate");
const times: number[] = [];
let last;
for (let i = 0; i < Number(repeats); i++) {
  const t0 = performance.now();
  last = await solveScenario(parsed.value, { solver: solver as SolverChoice, marginal: false, timeLimitMs: 600_000 });
  times.push(performance.now() - t0);
}
const violations = checkResult(parsed.value, last!).length;
process.stdout.write(`${JSON.stringify({ times, status: last!.status, objective: last!.objective, violations, maxRssMb: process.resourceUsage().maxRSS / 1024, solver: last!.solver.name })}\n`);
