import { checkResult, type Violation } from "../models/check/index.js";
import {
  AllocationResultSchema, buildModel, generateScenario, parseWith, phaseStages, solvePhases, solveScenario, writeLp,
  chooseSolver, type Scenario, type SolverChoice,
} from "../models/index.js";
import { BadInput, flag, generateFlags, issuesText, loadScenario, readJson } from "./args.js";
import { formatResultTable } from "./table.js";
import { mcCommand } from "./mc.js";
import { table1Command } from "./table1.js";
import { FileProblem, templateCommand, writeResultFiles } from "./template.js";

type Lang = "zh" | "en";
const USAGE = `capacity-planner — 卫生资源配置规划器

  solve FILE [--solver auto|jslp|highs] [--json] [--lang zh|en] [--time-limit SECONDS] [--xlsx OUT.xlsx] [--csv OUT_PREFIX]
                                                  --xlsx/--csv also write the result (allocation, coverage, budget)
  lp FILE [--phase first|final|weighted]
  check FILE RESULT
  generate --towns N --seed S [--whole-units] [--siting] [--binding] [--budget-share X]
  template [--xlsx FILE | --csv PREFIX] [--scenario FILE]   the import template (zones, facilities)
  table1 [FILE] [--json] [--lang zh|en] [--solver …]   Yanjiang 表1 beds beside the model's proposal
  mc FILE --draws N --seed S [--spread 0.005] [--correlation 0.5] [--robust 0.9] [--mode evaluate|resolve] [--workers K] [--json]
                                                  Monte Carlo uncertainty of populations (docs/uncertainty.md)

exit codes: 0 solved (or checked clean) · 1 infeasible, unmet or violations · 2 bad input`;


function violationsText(v: readonly Violation[], lang: Lang): string {
  return v.map((x) => `✗ [${x.kind}] ${x.ref}: ${lang === "zh" ? x.zh : x.en}`).join("\n");
}

async function solve(args: string[]): Promise<number> {
  const s = loadScenario(args[0]);
  const solver = (flag(args, "--solver") ?? "auto") as SolverChoice;
  if (!["auto", "jslp", "highs", "fast"].includes(solver)) throw new BadInput(`--solver: 应为 auto、jslp、highs 或 fast / must be auto, jslp, highs or fast, got ${solver}`);
  const lang = (flag(args, "--lang") ?? "zh") as Lang;
  const seconds = Number(flag(args, "--time-limit") ?? 60);
  if (!(seconds > 0)) throw new BadInput(`--time-limit: 应为正数 / must be a positive number of seconds`);
  const xlsx = flag(args, "--xlsx");
  const csv = flag(args, "--csv");
  // javascript-lp-solver honours the limit inside its pivot loop (models/solvers/js-lp-solver.ts guards it).
  const result = await solveScenario(s, { solver, timeLimitMs: seconds * 1000 });
  const violations = checkResult(s, result);
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify({ ...result, check: { violations } }, null, 2)}\n`);
  else {
    process.stdout.write(`${formatResultTable(s, result, lang)}\n`);
    // A result with no allocation (a solver error) has nothing the checker passed: no ✓ under it.
    if (result.allocation.length > 0 || violations.length > 0) process.stdout.write(violations.length === 0 ? `\n✓ ${lang === "zh" ? "独立校验通过" : "independent check passed"}\n` : `\n${violationsText(violations, lang)}\n`);
  }
  if (xlsx || csv) {
    try {
      const written = writeResultFiles(s, result, { ...(xlsx ? { xlsx } : {}), ...(csv ? { csv } : {}), lang });
      process.stderr.write(`${written.map((p) => `✓ ${p}`).join("\n")}\n`);
    } catch (e) {
      throw e instanceof FileProblem ? new BadInput(e.message) : e;
    }
  }
  return result.status === "optimal" && violations.length === 0 ? 0 : 1;
}

async function lp(args: string[]): Promise<number> {
  const s = loadScenario(args[0]);
  const phase = flag(args, "--phase") ?? "first";
  const am = buildModel(s);
  if (phase === "first" || phase === "weighted") {
    const stage = phaseStages(am, phase === "weighted" ? { ...s.objective, mode: "weighted" } : s.objective)[0]!;
    process.stdout.write(writeLp({ ...am.model, objective: stage.objective, objectiveName: stage.name }, s.region.id));
    return 0;
  }
  if (phase !== "final") throw new BadInput(`--phase: 应为 first、final 或 weighted / must be first, final or weighted, got ${phase}`);
  const pick = chooseSolver(am, "auto");
  if (!pick.ok) throw new BadInput(pick.en);
  const phased = await solvePhases(am, s.objective, pick.solver);
  process.stdout.write(writeLp(phased.model, s.region.id));
  return phased.status === "optimal" ? 0 : 1;
}

function check(args: string[]): number {
  const s = loadScenario(args[0]);
  const parsed = parseWith(AllocationResultSchema, readJson(args[1], "RESULT"));
  if (!parsed.ok) throw new BadInput(issuesText(args[1]!, parsed.issues));
  const violations = checkResult(s, parsed.value);
  if (violations.length === 0) {
    process.stdout.write(`✓ ${parsed.value.status}: 独立校验通过 / independent check passed\n`);
    return parsed.value.status === "optimal" ? 0 : 1;
  }
  process.stdout.write(`${violationsText(violations, "zh")}\n${violations.length} violation(s)\n`);
  return 1;
}

function generate(args: string[]): number {
  const { towns, seed, budgetShare } = generateFlags(args);
  process.stdout.write(`${JSON.stringify(generateScenario({ towns, seed, wholeUnits: args.includes("--whole-units"), siting: args.includes("--siting"), binding: args.includes("--binding"), ...(budgetShare !== undefined ? { budgetShare } : {}) }))}\n`);
  return 0;
}

/** Runs the CLI; returns the exit code (DESIGN.md §8). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "solve":
        return await solve(args);
      case "lp":
        return await lp(args);
      case "check":
        return check(args);
      case "generate":
        return generate(args);
      case "template":
        return templateCommand(args);
      case "table1":
        return await table1Command(args);
      case "mc":
        return await mcCommand(args);
      case undefined:
      case "--help":
      case "help":
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new BadInput(`未知命令 / unknown command: ${command}\n\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
