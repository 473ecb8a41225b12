import type { Goal, Scenario, SolverChoice } from "../../models/index.js";
import type { Bilingual, BudgetCurve, ShadowPrice, TeachRun } from "../../models/teach/types.js";
import type { LpPhase } from "../i18n/teach-messages.js";

/** What the teaching worker computes for a scenario. */
export type TeachJob = "lp" | "simplex" | "prices" | "curve";

/** A request to the teaching worker; `id` is unique per request. */
export type TeachRequest =
  | { readonly type: "lp"; readonly id: number; readonly scenario: Scenario; readonly phase: LpPhase; readonly solver: SolverChoice }
  | { readonly type: "simplex"; readonly id: number; readonly scenario: Scenario; readonly solver: SolverChoice }
  | { readonly type: "prices"; readonly id: number; readonly scenario: Scenario; readonly solver: SolverChoice }
  | { readonly type: "curve"; readonly id: number; readonly scenario: Scenario; readonly solver: SolverChoice };

/** The production solver's answer for the same scenario, after the independent checker. */
export type ProductionGoals = {
  readonly status: string;
  readonly solver: string;
  readonly objective: Readonly<Record<Goal, number>>;
  readonly violations: number;
};

/**
 * The stepped simplex of a scenario beside the production solve (`violations`: what the independent
 * checker found in the allocation the stepper ends at), or why it is not stepped.
 */
export type SimplexAnswer =
  | { readonly ok: true; readonly run: TeachRun; readonly violations: number; readonly production: ProductionGoals }
  | { readonly ok: false; readonly refused: Bilingual };

/** Shadow prices of the binding rows at the last stage's optimum (from the stepped tableau, or solver duals). */
/** `relaxed`: the prices are those of a whole-unit model's LP relaxation; `unpriced`: why there are none (not "none binds"). */
export type PricesAnswer = { readonly prices: readonly ShadowPrice[]; readonly stage: string; readonly relaxed?: boolean; readonly unpriced?: Bilingual };

/** Answers from the teaching worker. */
export type TeachReply =
  | { readonly type: "lp"; readonly id: number; readonly text: string }
  | { readonly type: "simplex"; readonly id: number; readonly answer: SimplexAnswer }
  | { readonly type: "prices"; readonly id: number; readonly answer: PricesAnswer }
  /** `curve` is null when the scenario has no capital budget to vary. */
  | { readonly type: "curve"; readonly id: number; readonly curve: BudgetCurve | null }
  | { readonly type: "failed"; readonly id: number; readonly message: Bilingual };
