import { createRng } from "../rng.js";
import { parseScenario } from "../scenario/scenario.js";
import type { FindingKind } from "./findings.js";
import { fuzzScenario, type FuzzScenario } from "./generate.js";
import { runCase, type CaseReport, type RunOptions } from "./run.js";

/** Options of a fuzz campaign: how many scenarios, from which seed, how large, solved how. */
export type CampaignOptions = RunOptions & {
  readonly runs: number;
  readonly seed: number;
  readonly maxTowns?: number;
  /** Called after each case (progress, writing failures out). */
  readonly onCase?: (c: CaseOutcome) => void | Promise<void>;
};

/** One case of a campaign: its seed, scenario, and report. */
export type CaseOutcome = { readonly index: number; readonly scenario: FuzzScenario; readonly report: CaseReport };

/** What a campaign found. */
export type Summary = {
  readonly runs: number;
  /** Cases with at least one finding. */
  readonly failed: number;
  readonly findings: Readonly<Record<FindingKind, number>>;
  /** Outcomes counted per solver (`optimal`, `unmet`, `infeasible`, `timeout`, `error`, `hang`, `refused`). */
  readonly statuses: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Solve time per solver (ms, summed). */
  readonly solverMs: Readonly<Record<string, number>>;
  /** How often each generator feature occurred. */
  readonly features: Readonly<Record<string, number>>;
  readonly wallMs: number;
  /** The failing cases (at most the first 50). */
  readonly failures: readonly CaseOutcome[];
};

const KINDS: readonly FindingKind[] = ["invalid", "check", "status", "goal", "incomplete", "overtime", "unproven", "hang", "error"];

/** The seed of case `i` of a campaign seeded `seed`: drawn from the campaign's own generator, so campaigns do not overlap. */
export function caseSeeds(seed: number, runs: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: runs }, () => rng.int(1, 2 ** 31 - 1));
}

/** Generates `runs` scenarios from `seed`, solves each with every solver and checks them (`runCase`). */
export async function runCampaign(o: CampaignOptions): Promise<Summary> {
  const t0 = performance.now();
  const findings = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  const statuses: Record<string, Record<string, number>> = Object.fromEntries(o.solvers.map((s) => [s, {}]));
  const solverMs: Record<string, number> = Object.fromEntries(o.solvers.map((s) => [s, 0]));
  const features: Record<string, number> = {};
  const failures: CaseOutcome[] = [];
  let failed = 0;
  for (const [index, seed] of caseSeeds(o.seed, o.runs).entries()) {
    const scenario = fuzzScenario(seed, o.maxTowns === undefined ? {} : { maxTowns: o.maxTowns });
    for (const f of scenario.features) features[f] = (features[f] ?? 0) + 1;
    const parsed = parseScenario(scenario.input);
    const report: CaseReport = parsed.ok
      ? await runCase(parsed.value, o)
      : { records: [], findings: [{ kind: "invalid", solvers: [], message: parsed.issues.slice(0, 5).map((i) => `${i.path}: ${i.en}`).join("; ") }] };
    for (const r of report.records) {
      const byStatus = (statuses[r.solver] ??= {});
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      solverMs[r.solver] = (solverMs[r.solver] ?? 0) + r.ms;
    }
    for (const f of report.findings) findings[f.kind]++;
    const outcome = { index, scenario, report };
    if (report.findings.length > 0) {
      failed++;
      if (failures.length < 50) failures.push(outcome);
    }
    await o.onCase?.(outcome);
  }
  return { runs: o.runs, failed, findings, statuses, solverMs, features, wallMs: performance.now() - t0, failures };
}
