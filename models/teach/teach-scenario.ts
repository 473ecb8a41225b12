import { checkResult, type Violation } from "../check/index.js";
import { bindingConstraints, remarks, unmetTargets } from "../explain.js";
import { buildModel, type AllocationModel } from "../lp/build.js";
import { computeNeed } from "../need.js";
import { toResult } from "../result.js";
import type { AllocationResult, Explanation } from "../result-types.js";
import type { Scenario } from "../scenario/scenario.js";
import { stepSimplex } from "./simplex.js";
import type { Bilingual, StepOptions, TeachRun } from "./types.js";

/**
 * A stepped scenario: the model, the run, and — when the run is optimal — the allocation it ends at
 * with the independent checker's verdict (`violations` empty for a sound result; only then show it).
 */
export type TeachOutcome =
  | { readonly ok: true; readonly am: AllocationModel; readonly run: TeachRun; readonly result: AllocationResult | null; readonly violations: readonly Violation[] }
  | { readonly ok: false; readonly refused: Bilingual };

/**
 * Builds a scenario's model, steps it with the teaching simplex and, when the run ends optimal, turns its
 * values into an allocation result checked by `models/check`.
 */
export function teachScenario(s: Scenario, o: StepOptions = {}): TeachOutcome {
  const t0 = performance.now();
  const am = buildModel(s, computeNeed(s));
  if (am.impossible.length > 0) {
    return { ok: false, refused: { zh: `规则无法同时满足：${am.impossible.map((l) => l.zh).join("；")}`, en: `Rules that cannot hold: ${am.impossible.map((l) => l.en).join("; ")}` } };
  }
  const run = stepSimplex(am, s.objective, o);
  if ("refused" in run) return { ok: false, refused: run.refused };
  if (run.status !== "optimal") return { ok: true, am, run, result: null, violations: [] };
  const solver = { name: "teach-simplex", ms: performance.now() - t0, phases: run.stages.length, reason: "teaching mode" };
  const none: Explanation = { binding: [], capitalValue: null, recurringValue: null, marginalMethod: "none", unmet: [], remarks: [] };
  const draft = toResult(s, am, run.values, { status: "optimal", explanation: none, solver });
  const unmet = unmetTargets(draft.coverage);
  const capital = draft.budget.find((b) => b.kind === "capital" && b.year === null) ?? draft.budget.filter((b) => b.kind === "capital").at(-1);
  const explanation: Explanation = {
    ...none,
    binding: bindingConstraints(am.model, { status: "optimal", objective: 0, values: run.values, ms: 0 }),
    unmet,
    remarks: remarks(draft.coverage, capital && capital.limit > 0 ? capital.used / capital.limit : null),
  };
  const result: AllocationResult = { ...draft, status: unmet.length > 0 ? "unmet" : "optimal", explanation };
  return { ok: true, am, run, result, violations: checkResult(s, result) };
}
