/**
 * `capacity-planner mc FILE --draws N --seed S [--spread 0.005] [--correlation 0.5] [--robust 0.9]
 *   [--mode evaluate|resolve] [--workers K] [--solver auto|jslp|highs] [--json] [--lang zh|en]`
 *
 * Monte Carlo uncertainty of the population projections (docs/uncertainty.md), run on a pool of
 * worker threads. Exit codes as `solve`: 0 report produced with every allocation checked clean,
 * 1 no allocation to evaluate or a checker violation, 2 bad input.
 */
import type { Scenario, SolverChoice } from "../models/index.js";
import { MC_DEFAULTS, checkMcOptions, checkVariants, runMonteCarlo, serialExecutor, type Evaluation, type McOptions, type McReport, type Spread } from "../models/montecarlo/index.js";
import { BadInput, flag, loadScenario } from "./args.js";
import { threadPool } from "./mc-pool.js";

type Lang = "zh" | "en";

function num(args: readonly string[], name: string, fallback: number): number {
  const v = flag(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new BadInput(`${name}: 应为数字 / must be a number, got ${v}`);
  return n;
}


/** Parses the flags into options (bad values → BadInput naming the flag). */
export function mcOptions(args: readonly string[], s?: Scenario): McOptions {
  const robust = flag(args, "--robust");
  const o: McOptions = {
    draws: num(args, "--draws", MC_DEFAULTS.draws),
    seed: num(args, "--seed", MC_DEFAULTS.seed),
    spread: num(args, "--spread", s?.uncertainty?.spread ?? MC_DEFAULTS.spread),
    correlation: num(args, "--correlation", s?.uncertainty?.correlation ?? MC_DEFAULTS.correlation),
    mode: (flag(args, "--mode") ?? "evaluate") as McOptions["mode"],
    ...(robust === undefined ? {} : { robust: Number(robust) }),
  };
  const issues = checkMcOptions(o);
  if (issues.length > 0) throw new BadInput(issues.map((i) => `--${i.zh} / --${i.en}`).join("\n"));
  return o;
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const pct = (x: number | null) => (x === null || !Number.isFinite(x) ? "—" : `${(100 * x).toFixed(1)}%`);
const band = (s: Spread) => `${f(s.p5)} / ${f(s.p50)} / ${f(s.p95)}`;

function evaluationText(e: Evaluation, lang: Lang): string {
  const head = lang === "zh" ? "目标\t单位\t供给\t需求 p5/p50/p95\t满足概率\t缺口 p50/p95/均值" : "target\tunit\tsupplied\tneed p5/p50/p95\tP(met)\tshortfall p50/p95/mean";
  const rows = e.lines.map((l) => `${l.target}\t${l.unit}\t${f(l.supplied)}\t${band(l.needSpread)}\t${pct(l.pMet)}\t${f(l.shortfall.p50)} / ${f(l.shortfall.p95)} / ${f(l.shortfall.mean, 2)}`);
  const all = lang === "zh"
    ? `全部目标同时满足的概率 ${pct(e.pAllMet)}；约束性目标全部满足 ${pct(e.pAllBindingMet)}；最低单项满足概率 ${pct(e.minPMet)}；按中位预测达标的 ${e.centralMet} / ${e.lines.length} 项仍全部达标 ${pct(e.pCentralHeld)}`
    : `P(every target met) ${pct(e.pAllMet)}; P(every binding target met) ${pct(e.pAllBindingMet)}; lowest line P(met) ${pct(e.minPMet)}; P(all ${e.centralMet} of ${e.lines.length} lines met at the central need stay met) ${pct(e.pCentralHeld)}`;
  return [head, ...rows, all].join("\n");
}

function reportText(r: McReport, lang: Lang): string {
  const o = r.options;
  const zh = lang === "zh";
  const out = [
    zh ? `蒙特卡洛：${o.draws} 次抽样，种子 ${o.seed}，年增长率标准差 ${o.spread}，区域相关 ${o.correlation}，模式 ${o.mode}` : `Monte Carlo: ${o.draws} draws, seed ${o.seed}, growth-rate spread ${o.spread}, regional correlation ${o.correlation}, mode ${o.mode}`,
    "",
    zh ? "当前方案（建议方案）：" : "Current allocation (the proposal):",
    evaluationText(r.evaluation, lang),
  ];
  if (r.resolve) {
    const v = r.resolve;
    out.push("", zh ? `逐次重解（${v.draws} 次；状态 ${JSON.stringify(v.statuses)}；校验未通过 ${v.faulted} 次）：` : `Re-solved draws (${v.draws}; statuses ${JSON.stringify(v.statuses)}; failed the check ${v.faulted}):`);
    out.push(`${zh ? "最优方案最大相对缺口 p5/p50/p95" : "optimal worst relative shortfall p5/p50/p95"}: ${f(v.worst.p5, 4)} / ${f(v.worst.p50, 4)} / ${f(v.worst.p95, 4)}`);
    out.push(`${zh ? "成本（万元）p5/p50/p95" : "cost (万元) p5/p50/p95"}: ${band(v.cost)}`);
    for (const a of v.added) out.push(`  ${a.facility} ${a.resource}: +${band(a.spread)}`);
  }
  if (r.robust) {
    const b = r.robust;
    out.push("", zh ? `稳健方案（α = ${b.alpha}，按各镇人口的 α 分位数求解；校验 ${b.violations.length === 0 ? "通过" : `未通过 ${b.violations.length} 处`}；成本 ${f(b.result.objective.cost)} 万元，原方案 ${f(r.base.objective.cost)} 万元）` : `Robust allocation (α = ${b.alpha}, solved with each zone's population at its α-quantile; check ${b.violations.length === 0 ? "passed" : `failed (${b.violations.length})`}; cost ${f(b.result.objective.cost)} 万元 vs ${f(r.base.objective.cost)})`);
    out.push(zh ? `在 ${b.fresh.draws} 次全新抽样（种子 ${b.freshSeed}）上：` : `On ${b.fresh.draws} fresh draws (seed ${b.freshSeed}):`);
    out.push(evaluationText(b.fresh, lang));
  }
  out.push("", `${zh ? "用时" : "time"} ${f(r.ms / 1000, 2)} s`);
  return out.join("\n");
}

/** Runs `mc`; returns the exit code. */
export async function mcCommand(args: string[]): Promise<number> {
  try {
    const s = loadScenario(args[0]);
    const o = mcOptions(args, s);
    const variants = checkVariants(s);
    if (variants.length > 0) throw new BadInput(variants.map((i) => `${i.zh} / ${i.en}`).join("\n"));
    const lang = (flag(args, "--lang") ?? "zh") as Lang;
    if (lang !== "zh" && lang !== "en") throw new BadInput(`--lang: 应为 zh 或 en / must be zh or en, got ${String(lang)}`);
    const solver = (flag(args, "--solver") ?? "auto") as SolverChoice;
    if (!["auto", "jslp", "highs", "fast"].includes(solver)) throw new BadInput(`--solver: 应为 auto、jslp、highs 或 fast / must be auto, jslp, highs or fast, got ${solver}`);
    const workers = num(args, "--workers", 0);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new BadInput("--workers: 应为 0–64 的整数（0 = 自动：重解时每个处理器一个线程，仅评估时不用线程；1 = 不用工作线程）/ must be a whole number from 0 to 64 (0 = auto: one thread per core to re-solve, none to evaluate only; 1 = no worker threads)");
    // auto (0): worker threads for re-solves; evaluation alone is cheaper than starting threads (tsx compiles in each)
    const pool = workers === 1 || (workers === 0 && o.mode === "evaluate") ? null : threadPool(workers || undefined);
    let out;
    try {
      out = await runMonteCarlo(s, o, { exec: pool?.exec ?? serialExecutor, solver });
    } finally {
      pool?.dispose();
    }
    if (!out.ok) {
      process.stderr.write(`${out.zh} / ${out.en}\n`);
      return 1;
    }
    const r = out.report;
    if (args.includes("--json")) {
      const { scenario: _quantileScenario, ...robust } = r.robust ?? {};
      process.stdout.write(`${JSON.stringify({ ...r, base: { status: r.base.status, objective: r.base.objective }, ...(r.robust ? { robust } : {}) }, null, 2)}\n`);
    } else process.stdout.write(`${reportText(r, lang)}\n`);
    const faulted = (r.resolve?.faulted ?? 0) + (r.robust?.violations.length ?? 0);
    return faulted === 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
