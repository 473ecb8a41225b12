import type { Goal } from "./scenario/objective.js";

/** One facility × resource line of an allocation: what exists, what is added (by year), the total. */
export type AllocationLine = {
  readonly facility: string;
  readonly resource: string;
  readonly existing: number;
  /** Units added in each allocation year (`"2025"` → 12). */
  readonly added: Readonly<Record<string, number>>;
  /** existing + all additions. */
  readonly total: number;
};

/**
 * What a target asks of one scope unit and what reaches it. `unit` is a zone id (zone scope),
 * a facility id (catchment scope) or `"region"`.
 */
export type CoverageLine = {
  readonly target: string;
  readonly resource: string;
  readonly scope: "zone" | "catchment" | "region";
  readonly unit: string;
  readonly year: number;
  readonly nature: "binding" | "expected";
  /** People counted (after age shares). */
  readonly population: number;
  readonly need: number;
  /** Band upper need, when the target has a band. */
  readonly upperNeed?: number;
  readonly supplied: number;
  /** max(0, need − supplied). */
  readonly shortfall: number;
  /** max(0, supplied − upperNeed), 0 without a band. */
  readonly surplus: number;
};

/**
 * One side of an enabled staff-ratio rule at a facility (`unit` = its id) or the region (`"region"`), on
 * the totals after all additions: `required` = factor × Σ denominator, `actual` = Σ numerator, `deficit` =
 * what is missing (min side) or in excess (max side). `nature` `hard` rules must have no deficit; binding
 * and expected ones count `deficit ÷ scale` in their goal.
 */
export type RuleLine = {
  readonly rule: string;
  readonly side: "min" | "max";
  readonly unit: string;
  readonly nature: "hard" | "binding" | "expected";
  readonly required: number;
  readonly actual: number;
  readonly deficit: number;
  readonly scale: number;
};

/** A budget limit and what the allocation uses of it (万元). `year` null = the total. */
export type BudgetLine = {
  readonly kind: "capital" | "recurring";
  readonly year: number | null;
  /** Cumulative limit up to `year` (capital by year), or the limit. */
  readonly limit: number;
  readonly used: number;
};

/** A constraint that holds with equality at the optimum, with its shadow price when the solver gives one. */
export type BindingConstraint = {
  readonly row: string;
  readonly family: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly dual?: number;
};

/** A binding target that cannot be met and by how much (from the elastic re-solve). */
export type UnmetTarget = {
  readonly target: string;
  readonly unit: string;
  readonly need: number;
  readonly supplied: number;
  readonly gap: number;
};

/** Why the allocation is what it is. */
export type Explanation = {
  readonly binding: readonly BindingConstraint[];
  /** Binding staff-ratio rules left with a deficit (status `unmet`). */
  readonly unmetRules?: readonly { readonly rule: string; readonly side: "min" | "max"; readonly unit: string; readonly deficit: number }[];
  /** Relative shortfall removed per extra 万元 of capital (null: no capital limit binds). */
  readonly capitalValue: number | null;
  readonly recurringValue: number | null;
  /** How the marginal values were obtained. */
  readonly marginalMethod: "dual" | "resolve" | "none";
  readonly unmet: readonly UnmetTarget[];
  /** Plain-language remarks in both languages. */
  readonly remarks: readonly { readonly zh: string; readonly en: string }[];
};

/**
 * The outcome of a solve:
 * - `optimal`: a plan meeting every binding target and rule;
 * - `unmet`: the best possible allocation still leaves binding targets short (see `explanation.unmet`);
 * - `infeasible`: the rules contradict each other (no allocation at all);
 * - `timeout`, `error`: no allocation.
 */
export type ResultStatus = "optimal" | "unmet" | "infeasible" | "timeout" | "error";

/** The allocation and everything the views show about it (DESIGN.md §6). */
export type AllocationResult = {
  readonly scenario: string;
  readonly status: ResultStatus;
  readonly message?: { readonly zh: string; readonly en: string };
  /** Allocation years (the capital budget's years, or the plan year). */
  readonly years: readonly number[];
  readonly allocation: readonly AllocationLine[];
  /** Facilities chosen as county sub-centres. */
  readonly subCentres: readonly string[];
  readonly coverage: readonly CoverageLine[];
  /** Staff-ratio rules on the totals (absent in results saved before rules were reported). */
  readonly rules?: readonly RuleLine[];
  readonly budget: readonly BudgetLine[];
  /** Goal values: binding and expected are sums of relative shortfall, equity the worst one, cost 万元. */
  readonly objective: Readonly<Record<Goal, number>>;
  readonly explanation: Explanation;
  readonly solver: { readonly name: string; readonly ms: number; readonly phases: number; readonly reason: string };
};
