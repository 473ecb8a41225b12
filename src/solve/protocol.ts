import type { AllocationResult, Scenario, SolverChoice } from "../../models/index.js";
import type { Violation } from "../../models/check/index.js";

/** What the worker is doing for a request, in order. */
export type SolvePhase = "queued" | "loading" | "solving" | "checking" | "explaining";

/** A solve request: `id` is unique per request, `revision` the store revision of the scenario it solves. */
export type SolveRequest = {
  readonly type: "solve";
  readonly id: number;
  readonly revision: number;
  readonly scenario: Scenario;
  readonly solver: SolverChoice;
  readonly timeLimitMs: number;
};

/**
 * A result that went through the independent checker in the worker. Only this type reaches views;
 * `violations` empty and `result.status === "optimal"` is the only combination shown as a plan.
 * `final` is false for the first answer of a request, before the marginal value of the budget is known.
 */
export type CheckedResult = {
  readonly revision: number;
  readonly result: AllocationResult;
  readonly violations: readonly Violation[];
  readonly final: boolean;
};

/** Messages from the worker, each tagged with the request they answer. */
export type WorkerMessage =
  | { readonly type: "progress"; readonly id: number; readonly revision: number; readonly phase: SolvePhase }
  | { readonly type: "result"; readonly id: number; readonly checked: CheckedResult }
  | { readonly type: "failed"; readonly id: number; readonly revision: number; readonly message: string };

/** Messages to the worker. */
export type ClientMessage = SolveRequest;
