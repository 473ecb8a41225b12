/**
 * `capacity-planner table1 [FILE] [--solver auto|jslp|highs] [--json] [--lang zh|en] [--target ID] [--resource ID]`
 *
 * The plan's own per-facility figures (Yanjiang 表1: 2025 authorised beds of 24 facilities) beside the
 * model's proposal under the plan's ratio, with the differences, what drives each, the people each
 * planned figure serves at the ratio, and which conclusions rest on estimated town populations.
 * FILE defaults to the bundled Yanjiang scenario. Exit codes as `solve`: 0 solved and checked clean,
 * 1 not solved or violations, 2 bad input.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkResult } from "../models/check/index.js";
import { impliedPopulation, planTable, type PlanTable } from "../models/plan-table.js";
import { solveScenario, type Scenario, type SolverChoice } from "../models/index.js";
import { SeedFileSchema, type SeedFile } from "../models/seed/index.js";
import { BadInput, flag, loadScenario } from "./args.js";

type Lang = "zh" | "en";
const ROOT = join(import.meta.dirname, "..");
const DEFAULT_FILE = join(ROOT, "scenarios", "yanjiang-2025.json");



/** The population a plan's own 2020 bed count and bed ratio imply (beds ÷ beds per 1,000), when its seed gives both. */
/** The plan's seed file of the scenario, when it has one (for the population its own figures imply). */
function seedsOf(s: Scenario): SeedFile[] {
  if (!s.region.seed) return [];
  try {
    return [SeedFileSchema.parse(JSON.parse(readFileSync(join(ROOT, "seeds", `${s.region.seed}.json`), "utf8")))];
  } catch {
    return [];
  }
}

function width(s: string): number {
  return [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
}

function pad(cells: readonly (readonly string[])[]): string {
  const cols = cells[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...cells.map((r) => width(r[c] ?? ""))));
  return cells
    .map((r) => r.map((s, c) => (c === 0 || c === cols - 1 ? s + " ".repeat(widths[c]! - width(s)) : " ".repeat(widths[c]! - width(s)) + s)).join("  ").trimEnd())
    .join("\n");
}

/** The plan table as terminal text. */
export function formatPlanTable(t: PlanTable, lang: Lang): string {
  const zh = lang === "zh";
  const n = (v: number) => (Math.round(v * 10) / 10).toString();
  const signed = (v: number) => (v > 0.05 ? `+${n(v)}` : Math.abs(v) <= 0.05 ? "0" : n(v));
  const head = zh
    ? ["机构", "规划", "模型", "差额", "按比例可服务人口", "本镇人口", "原因"]
    : ["facility", "plan", "model", "diff", "served at ratio", "town pop.", "reasons"];
  const rows = t.rows.map((r) => [
    zh ? r.name.zh : r.name.en, n(r.planned), n(r.model), signed(r.difference), Math.round(r.servedAtRatio).toLocaleString("en-US"),
    r.zonePopulation === null ? "—" : `${Math.round(r.zonePopulation).toLocaleString("en-US")}${r.dependsOnEstimate ? "*" : ""}`,
    r.reasons.map((x) => (zh ? x.zh : x.en)).join(zh ? "；" : "; "),
  ]);
  const tot = t.totals;
  rows.push([zh ? "合计" : "total", n(tot.planned), n(tot.model), signed(tot.difference), Math.round(tot.servedAtRatio).toLocaleString("en-US"), Math.round(tot.population).toLocaleString("en-US"), ""]);
  const title = zh
    ? `${t.target.name.zh}：规划 ${t.target.year} 年数字与模型方案（比例 ${t.target.ratio}/${t.target.per}）`
    : `${t.target.name.en}: the plan's ${t.target.year} figures beside the model (ratio ${t.target.ratio} per ${t.target.per})`;
  const star = zh ? "* 镇街人口为估计值，该行差额只作示意。" : "* the town's population is an estimate: that row's difference is indicative only.";
  return [title, "", pad([head, ...rows]), "", star, "", ...t.findings.map((f) => `· ${zh ? f.zh : f.en}`)].join("\n");
}

/** Runs `table1`; returns the exit code (0 solved and checked, 1 not solved or violations, 2 bad input). */
export async function table1Command(args: string[]): Promise<number> {
  try {
    const file = args[0] && !args[0].startsWith("--") ? args[0] : DEFAULT_FILE;
    const solver = (flag(args, "--solver") ?? "auto") as SolverChoice;
    if (!["auto", "jslp", "highs", "fast"].includes(solver)) throw new BadInput(`--solver: 应为 auto、jslp、highs 或 fast / must be auto, jslp, highs or fast, got ${solver}`);
    const lang = (flag(args, "--lang") ?? "zh") as Lang;
    if (lang !== "zh" && lang !== "en") throw new BadInput(`--lang: 应为 zh 或 en / must be zh or en, got ${String(lang)}`);
    const s = loadScenario(file);
    const resource = flag(args, "--resource") ?? "beds";
    const target = flag(args, "--target");
    if (!s.facilities.some((f) => f.planned?.[resource] !== undefined)) throw new BadInput(`${file}: 没有机构给出规划 ${resource} 数字 / no facility carries a planned ${resource} figure`);
    if (target !== undefined && !s.targets.some((t) => t.id === target)) throw new BadInput(`--target: 未知目标 / unknown target ${target}`);
    const result = await solveScenario(s, { solver, marginal: false });
    const violations = checkResult(s, result);
    if (result.status !== "optimal" && result.status !== "unmet") {
      process.stderr.write(`${result.status}: ${result.message ? (lang === "zh" ? result.message.zh : result.message.en) : ""}\n`);
      return 1;
    }
    const table = planTable(s, result, { resource, ...(target ? { target } : {}), otherPopulations: impliedPopulation(s, seedsOf(s)) });
    if (args.includes("--json")) process.stdout.write(`${JSON.stringify({ status: result.status, solver: result.solver, subCentres: result.subCentres, table, check: { violations } }, null, 2)}\n`);
    else {
      process.stdout.write(`${formatPlanTable(table, lang)}\n`);
      process.stdout.write(violations.length === 0 ? `\n✓ ${lang === "zh" ? "独立校验通过" : "independent check passed"} (${result.solver.name}, ${result.solver.ms.toFixed(0)} ms)\n` : `\n✗ ${violations.length} violation(s)\n`);
    }
    return result.status === "optimal" && violations.length === 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
