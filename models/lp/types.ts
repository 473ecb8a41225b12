/** Constraint families (teaching view, explanations). */
export type RowFamily = "coverage" | "band" | "equity" | "capital" | "recurring" | "limit" | "noGrowth" | "ratio" | "siting" | "goal";
/** Variable families. */
export type ColumnFamily = "add" | "shortfall" | "surplus" | "equity" | "site" | "deficit";

/** A bilingual label. */
export type RowLabel = { readonly zh: string; readonly en: string };

/** A constraint `lower ≤ Σ coefs[k] × x[cols[k]] ≤ upper` (±Infinity for a missing side). */
export type Row = {
  readonly name: string;
  readonly family: RowFamily;
  readonly label: RowLabel;
  readonly lower: number;
  readonly upper: number;
  readonly cols: readonly number[];
  readonly coefs: readonly number[];
};

/** What an `add` column adds: resource `resource` at facility `facility` in `year` (indices into the scenario). */
export type AddMeta = { readonly kind: "add"; readonly facility: number; readonly resource: number; readonly year: number };
/** Shortfall or surplus of need unit `unit` (index into `Need.units`). */
export type UnitMeta = { readonly kind: "shortfall" | "surplus"; readonly unit: number };
/**
 * Deficit of a soft staff-ratio rule (`rules.staffRatios[rule]`) on side `side` at `where` (a facility
 * index, or -1 for the region), relative to `scale` (the requirement at the existing stock, or 1).
 */
export type DeficitMeta = { readonly kind: "deficit"; readonly rule: number; readonly side: "min" | "max"; readonly where: number; readonly scale: number };
/** Column metadata. */
export type ColumnMeta = AddMeta | UnitMeta | DeficitMeta | { readonly kind: "equity" } | { readonly kind: "site"; readonly facility: number };

/** A decision variable with bounds and integrality. */
export type Column = {
  readonly name: string;
  readonly family: ColumnFamily;
  readonly lower: number;
  readonly upper: number;
  readonly integer: boolean;
  readonly meta: ColumnMeta;
};

/**
 * A solver-neutral LP/MIP, minimised: `objective · x` subject to rows and column bounds. Row-wise
 * sparse; nothing on it is mutated after it is built.
 */
export type LinearModel = {
  readonly name: string;
  readonly rows: readonly Row[];
  readonly columns: readonly Column[];
  /** Dense objective coefficients, one per column. */
  readonly objective: readonly number[];
  readonly objectiveName: string;
};

/** How a solve ended. */
export type SolveStatus = "optimal" | "infeasible" | "unbounded" | "timeout" | "error";

/** A solver's answer: status, objective, values per column, duals per row where the solver gives them. */
export type Solution = {
  readonly status: SolveStatus;
  readonly objective: number;
  readonly values: Float64Array;
  readonly duals?: Float64Array;
  readonly message?: string;
  readonly ms: number;
};

/** Options for one solve. */
export type SolveOptions = {
  /** Wall-clock limit in milliseconds. */
  readonly timeLimitMs?: number;
  readonly signal?: AbortSignal;
};

/** A solver: one function from a model to a solution (outcomes are values, not exceptions). */
export type Solver = {
  readonly name: "jslp" | "highs" | "fast";
  solve(m: LinearModel, o?: SolveOptions): Promise<Solution>;
};
