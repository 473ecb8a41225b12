import type { AllocationModel } from "../lp/build.js";
import type { Objective } from "../scenario/objective.js";
import { fastApplies, type FastStructure } from "../fast/applies.js";
import { chooseSolver, type SolverChoice, type SolverPick } from "./choose.js";

/** How a scenario is solved: the exact fast path, an LP solver, or a refusal (zh, en). */
export type SolvePath =
  | { readonly ok: true; readonly kind: "fast"; readonly structure: FastStructure; readonly reason: string }
  | { readonly ok: true; readonly kind: "lp"; readonly pick: Extract<SolverPick, { ok: true }>; readonly reason: string }
  | { readonly ok: false; readonly zh: string; readonly en: string };

/**
 * Picks the solve path. `auto` takes the fast path whenever the model has its separable structure
 * (models/fast/applies.ts) and says so, otherwise falls back to `chooseSolver` and says why the fast
 * path did not apply; `fast` refuses a model without that structure, naming the reason in both
 * languages; `jslp` and `highs` go straight to that solver.
 */
export function choosePath(am: AllocationModel, objective: Objective, choice: SolverChoice = "auto"): SolvePath {
  if (choice === "auto" || choice === "fast") {
    const fast = fastApplies(am, objective);
    if (fast.ok) {
      const units = fast.structure.units.length;
      const budget = Number.isFinite(fast.structure.budget) ? "one capital budget" : "no capital budget";
      return { ok: true, kind: "fast", structure: fast.structure, reason: `${choice === "fast" ? "requested" : "auto"}: fast path — separable allocation, exact (${units} need units, ${budget})` };
    }
    if (choice === "fast") return { ok: false, zh: `${fast.zh}；请改用自动选择`, en: `${fast.en}; use automatic choice` };
    const pick = chooseSolver(am, "auto");
    if (!pick.ok) return pick;
    return { ok: true, kind: "lp", pick, reason: `${pick.reason}; ${fast.en}` };
  }
  const pick = chooseSolver(am, choice);
  return pick.ok ? { ok: true, kind: "lp", pick, reason: pick.reason } : pick;
}
