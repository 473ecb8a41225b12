/**
 * Child process of the benchmark: the lexicographic solve done by native CLP (`clp`, COIN-OR) on LP
 * files. Each goal phase is written as a CPLEX LP file (`writeLp`, what `capacity-planner lp` exports)
 * with the earlier goals held at the values CLP found, solved by `clp FILE -dualsimplex` with the same
 * 1e-9 tolerances the HiGHS adapter uses; the times of the clp processes (reading the file, presolve,
 * simplex, writing the solution) are summed. The last phase's solution is read back, turned into a
 * result and checked, so CLP's figures are computed exactly like the other paths'. Prints one JSON line.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkResult } from "../models/check/index.js";
import { buildModel, generateScenario, parseScenario, phaseStages, toResult, writeLp, type LinearModel, type Row } from "../models/index.js";

/**
 * Column values at full precision: the names and their order from the text solution (printed to 8
 * digits only: row lines, then column lines "index name value reduced-cost"), the values from the binary
 * one (`-saveSolution`: int rows, int columns, double objective, row primal, row dual, column primal, …).
 */
function readSolution(text: string, binary: string, byName: ReadonlyMap<string, number>): Float64Array {
  const bin = readFileSync(binary);
  const nRows = bin.readInt32LE(0);
  const nCols = bin.readInt32LE(4);
  const colStart = 16 + 16 * nRows;
  const lines = readFileSync(text, "utf8").split("\n").slice(1).filter((l) => l.trim() !== "");
  const out = new Float64Array(byName.size);
  lines.slice(nRows, nRows + nCols).forEach((line, k) => {
    const j = byName.get(line.trim().split(/\s+/)[1] ?? "");
    if (j !== undefined) out[j] = bin.readDoubleLE(colStart + 8 * k);
  });
  return out;
}

const [towns, seed, limitS] = process.argv.slice(2);
const parsed = parseScenario(generateScenario({ towns: Number(towns), seed: Number(seed) }));
if (!parsed.ok) throw new Error("generated scenario does not validate");
const s = parsed.value;
const am = buildModel(s);
const dir = mkdtempSync(join(tmpdir(), "cp-clp-"));
const deadline = performance.now() + Number(limitS) * 1000;
const rows: Row[] = [...am.model.rows];
const columns = [...am.model.columns];
let ms = 0;
let peakKb = 0;
let values: Float64Array = new Float64Array(columns.length);
try {
  for (const stage of phaseStages(am, s.objective)) {
    const m: LinearModel = { ...am.model, rows: [...rows], columns: [...columns], objective: stage.objective, objectiveName: stage.name };
    const lp = join(dir, `${stage.name}.lp`);
    const sol = join(dir, `${stage.name}.sol`);
    writeFileSync(lp, writeLp(m));
    const t0 = performance.now();
    const run = spawnSync("/usr/bin/time", ["-f", "maxrss=%M", "clp", lp, "-primalT", "1e-9", "-dualT", "1e-9", "-dualsimplex", "-printingOptions", "all", "-solution", sol, "-saveSolution", `${sol}.bin`], { encoding: "utf8", timeout: Math.max(1, Math.round(deadline - performance.now())), maxBuffer: 1 << 26 });
    ms += performance.now() - t0;
    if (run.error) throw new Error(run.error.message.includes("ETIMEDOUT") ? "timeout" : run.error.message);
    peakKb = Math.max(peakKb, Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0));
    if (!/Optimal objective/.test(run.stdout)) throw new Error(`clp did not reach an optimum in phase ${stage.name}: ${run.stdout.trim().split("\n").slice(-3).join(" / ")}`);
    values = readSolution(sol, `${sol}.bin`, new Map(m.columns.map((c, j) => [c.name, j])));
    if (!stage.goal) continue;
    const terms = am.goals[stage.goal];
    const value = terms.reduce((a, [c, v]) => a + v * values[c]!, 0);
    rows.push({ name: `hold_${stage.goal}`, family: "goal", label: { zh: stage.goal, en: stage.goal }, lower: -Infinity, upper: value, cols: terms.map(([c]) => c), coefs: terms.map(([, v]) => v) });
  }
  const result = toResult(s, am, values, { status: "optimal", explanation: { binding: [], capitalValue: null, recurringValue: null, marginalMethod: "none", unmet: [], remarks: [] }, solver: { name: "clp", ms, phases: 0, reason: "native CLP on LP files" } });
  process.stdout.write(`${JSON.stringify({ times: [ms], status: result.status, objective: result.objective, violations: checkResult(s, result).length, maxRssMb: peakKb / 1024, solver: "clp" })}\n`);
} catch (e) {
  process.stdout.write(`${JSON.stringify({ failed: e instanceof Error ? e.message : String(e), ms })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
