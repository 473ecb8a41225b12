/// <reference lib="webworker" />
import wasmUrl from "highs/runtime?url";
import { buildModel, chooseSolver, phaseStages, setHighsWasmLocator, solvePhases, solveScenario, writeLp, type Scenario, type SolverChoice } from "../../models/index.js";
import { checkResult } from "../../models/check/index.js";
import { teachScenario } from "../../models/teach/teach-scenario.js";
import type { Bilingual } from "../../models/teach/types.js";
import type { LpPhase } from "../i18n/teach-messages.js";
import type { ProductionGoals, TeachReply, TeachRequest } from "./protocol.js";
import { curveOf, pricesOf } from "./sensitivity-job.js";

declare const self: DedicatedWorkerGlobalScope;

setHighsWasmLocator(() => wasmUrl);

const post = (m: TeachReply) => self.postMessage(m);

/**
 * The CPLEX LP file of a scenario with the first stage's objective or the weighted sum (as
 * `capacity-planner lp --phase first|weighted`), or the final phase's model with its hold rows (`final`,
 * which solves first); a refusal when the chosen solver cannot take the model.
 */
async function lpText(s: Scenario, phase: LpPhase, solver: SolverChoice): Promise<{ text: string } | { refused: Bilingual }> {
  const am = buildModel(s);
  if (phase !== "final") {
    const stage = phaseStages(am, phase === "weighted" ? { ...s.objective, mode: "weighted" } : s.objective)[0]!;
    return { text: writeLp({ ...am.model, objective: stage.objective, objectiveName: stage.name }, s.region.id) };
  }
  const pick = chooseSolver(am, solver);
  if (!pick.ok) return { refused: { zh: pick.zh, en: pick.en } };
  const phased = await solvePhases(am, s.objective, pick.solver, { timeLimitMs: 60_000 });
  return { text: writeLp(phased.model, s.region.id) };
}

/** The production solve of the scenario (the one the results tab shows), checked independently. */
async function production(s: Scenario, solver: SolverChoice): Promise<ProductionGoals> {
  const r = await solveScenario(s, { solver, marginal: false, timeLimitMs: 60_000 });
  return { status: r.status, solver: r.solver.name, objective: r.objective, violations: checkResult(s, r).length };
}

async function handle(r: TeachRequest): Promise<TeachReply> {
  switch (r.type) {
    case "lp": {
      const lp = await lpText(r.scenario, r.phase, r.solver);
      return "text" in lp ? { type: "lp", id: r.id, text: lp.text } : { type: "failed", id: r.id, message: lp.refused };
    }
    case "simplex": {
      const outcome = teachScenario(r.scenario);
      if (!outcome.ok) return { type: "simplex", id: r.id, answer: { ok: false, refused: outcome.refused } };
      return { type: "simplex", id: r.id, answer: { ok: true, run: outcome.run, violations: outcome.violations.length, production: await production(r.scenario, r.solver) } };
    }
    case "prices":
      return { type: "prices", id: r.id, answer: await pricesOf(r.scenario, teachScenario(r.scenario)) };
    case "curve":
      return { type: "curve", id: r.id, curve: await curveOf(r.scenario, r.solver) };
  }
}

self.addEventListener("message", (e: MessageEvent<TeachRequest>) => {
  const r = e.data;
  handle(r).then(post, (err: unknown) => {
    const why = err instanceof Error ? err.message : String(err);
    post({ type: "failed", id: r.id, message: { zh: `计算失败：${why}`, en: `The computation failed: ${why}` } });
  });
});
