import type { RowFamily } from "../lp/types.js";
import type { Goal } from "../scenario/objective.js";

/** A text in Chinese and English. */
export type Bilingual = { readonly zh: string; readonly en: string };

/**
 * What a tableau column stands for: a model column (`decision`, shifted by its lower bound), or a
 * variable added to put a row in standard form — `slack` (+1 in a ≤ row), `surplus` (−1 in a ≥ row) or
 * `artificial` (a temporary basic variable of a ≥ or = row, driven to 0 by phase I).
 */
export type TeachVarKind = "decision" | "slack" | "surplus" | "artificial";

/** One column of the tableau. */
export type TeachVar = {
  /** Short name shown in the header: the model column's name, or `s3`, `e3`, `a3` for row 3's slack/surplus/artificial. */
  readonly name: string;
  readonly kind: TeachVarKind;
  /** What it means, in words. */
  readonly label: Bilingual;
  /** Index of the model column (`decision` only). */
  readonly column?: number;
  /** Index of the standard-form row it was added for (slack, surplus, artificial). */
  readonly row?: number;
};

/** Where a standard-form row comes from: a model row (one side of it), or a column's finite upper bound. */
export type TeachRowSource =
  | { readonly kind: "row"; readonly row: number; readonly side: "lower" | "upper" | "equal" }
  | { readonly kind: "bound"; readonly column: number };

/**
 * One row of the standard form `Σ a_j x_j (+ slack | − surplus) (+ artificial) = b`, `b ≥ 0`.
 * `sense` is the original sense after moving constants to the right; `flipped` when the row was
 * multiplied by −1 to make its right-hand side non-negative (a ≥ row then reads as ≤, and vice versa).
 */
export type TeachRow = {
  readonly name: string;
  readonly label: Bilingual;
  readonly family: RowFamily | "bound";
  readonly source: TeachRowSource;
  /** Sense in the standard form (after any flip). */
  readonly sense: "<=" | ">=" | "=";
  readonly flipped: boolean;
  /** Index (into `TeachTableau.vars`) of the variable that starts basic in this row: its slack or artificial. */
  readonly initialBasic: number;
};

/**
 * A snapshot of the simplex tableau. `cells[i][j]` is the coefficient of `vars[j]` in row `i`, `rhs[i]`
 * the value of the basic variable `vars[basis[i]]`; `reducedCosts[j]` the objective row (`c_j − z_j`;
 * a negative one can still improve the minimum). Artificial columns stay in the tableau after phase I so
 * that the basis inverse can be read off them (sensitivity), but are `blocked` from entering again.
 */
export type TeachTableau = {
  readonly vars: readonly TeachVar[];
  readonly rows: readonly TeachRow[];
  readonly basis: readonly number[];
  readonly cells: readonly (readonly number[])[];
  readonly rhs: readonly number[];
  readonly reducedCosts: readonly number[];
  /** Variables that may not enter: artificials after phase I, variables frozen by earlier lexicographic goals. */
  readonly blocked: readonly boolean[];
  /** Current value of the phase's objective (phase I: sum of artificials; phase II: the stage's goal, in model units). */
  readonly objective: number;
};

/** How the entering variable is chosen: Dantzig (most negative reduced cost), Bland (lowest index), or Dantzig with a Bland fallback on degenerate pivots. */
export type PivotRule = "dantzig" | "bland" | "auto";

/** The entering variable and why. */
export type Entering = {
  readonly var: number;
  readonly reducedCost: number;
  readonly rule: "dantzig" | "bland";
  readonly why: Bilingual;
};

/** One row of the ratio test: the ratio `rhs / a` when `a > 0`, else why the row is skipped. */
export type RatioEntry = {
  readonly row: number;
  /** The entering column's coefficient in this row. */
  readonly coefficient: number;
  readonly ratio: number | null;
  readonly skipped?: Bilingual;
};

/** The leaving variable (basic in `row`) and why. */
export type Leaving = { readonly row: number; readonly var: number; readonly ratio: number; readonly why: Bilingual };

/**
 * What a step is: the starting tableau, a pivot, a pivot that drives a zero artificial out of the basis
 * after phase I, or the end of a phase (optimal, infeasible, unbounded, cycling in pure Dantzig mode,
 * the step limit).
 */
export type StepKind = "start" | "pivot" | "driveOut" | "phaseEnd" | "optimal" | "infeasible" | "unbounded" | "cycling" | "stepLimit";

/**
 * One step of the simplex. `tableau` is the tableau on which the step's choices are made (before the
 * pivot); the next step shows the result. `degenerate` when the pivot's ratio is 0 (the objective does not move).
 */
export type SimplexStep = {
  readonly index: number;
  readonly phase: "I" | "II";
  readonly kind: StepKind;
  readonly tableau: TeachTableau;
  readonly entering?: Entering;
  readonly ratios?: readonly RatioEntry[];
  readonly leaving?: Leaving;
  readonly degenerate?: boolean;
  /** Objective value of the tableau shown. */
  readonly objective: number;
  readonly note: Bilingual;
};

/** How a stage (or a whole run) ended. */
export type TeachStatus = "optimal" | "infeasible" | "unbounded" | "cycling" | "stepLimit";

/**
 * One lexicographic stage (or the single weighted/feasibility stage): its own simplex from the previous
 * stage's final tableau (phase I runs in the first stage only). Earlier goals are held at their optimum
 * exactly by freezing at 0 every variable whose reduced cost was positive at that optimum.
 */
export type TeachStage = {
  readonly name: string;
  readonly goal?: Goal;
  readonly steps: readonly SimplexStep[];
  readonly status: TeachStatus;
  /** The stage objective at its optimum (null unless `optimal`). */
  readonly optimum: number | null;
  /** Names of the variables frozen at 0 to hold this and earlier goals (for the stages after). */
  readonly frozen: readonly string[];
};

/** The result of stepping a model: stages, final status, values in the model's column space, goal values. */
export type TeachRun = {
  readonly stages: readonly TeachStage[];
  readonly status: TeachStatus;
  /** Values of the model's columns at the end (only meaningful when `optimal`). */
  readonly values: Float64Array;
  readonly goalValues: Partial<Record<Goal, number>>;
  /** How the model was put in standard form, step by step in words. */
  readonly standardForm: readonly Bilingual[];
  /** Standard-form size: rows × tableau columns. */
  readonly size: { readonly rows: number; readonly columns: number };
};

/** A model too large (or of a kind) the teaching simplex does not step, with the reason. */
export type TeachRefusal = { readonly refused: Bilingual };

/** Options of the stepper. */
export type StepOptions = {
  readonly rule?: PivotRule;
  /** Size limit after conversion to standard form (default 40 rows × 80 columns). */
  readonly maxRows?: number;
  readonly maxColumns?: number;
  /** Pivots per stage before giving up (default 500). */
  readonly maxSteps?: number;
};

/**
 * The shadow price of a constraint and the range of its right-hand side over which the price holds:
 * `price` = change of the stage objective per unit increase of the row's bound `rhs`, valid while the
 * bound stays in `[from, to]` (±Infinity when open; NaN when the cap on re-solves left that side unchecked).
 */
export type ShadowPrice = {
  /** The model row (or, for a bound, the model column) it belongs to. */
  readonly source: TeachRowSource;
  readonly name: string;
  readonly label: Bilingual;
  readonly family: RowFamily | "bound";
  /** The bound that binds (the row's lower or upper side, or the column's upper bound). */
  readonly rhs: number;
  readonly price: number;
  readonly from: number;
  readonly to: number;
  /** How it was computed: read off the final tableau, or solver duals ranged by re-solving. */
  readonly method: "tableau" | "resolve";
  /** True when computed on the LP relaxation of a model with whole-unit variables (a MIP has no duals). */
  readonly relaxed?: boolean;
};

/** One point of the budget curve: the goals at a capital budget (万元); NaN when the status has no plan (infeasible, timeout, error). */
export type BudgetPoint = {
  readonly budget: number;
  readonly status: "optimal" | "unmet" | "infeasible" | "timeout" | "error";
  /** Total shortfall = binding + expected goal. */
  readonly shortfall: number;
  readonly binding: number;
  readonly expected: number;
  readonly equity: number;
};

/**
 * A break in the budget curve of one goal (`shortfall` = binding + expected, or `equity`), located by
 * bisection: where it is, the goal's value there, and the slopes (goal per 万元) on either side.
 */
export type Breakpoint = { readonly goal: "shortfall" | "equity"; readonly budget: number; readonly value: number; readonly slopeBefore: number; readonly slopeAfter: number };

/** The objective as the capital budget runs from 0 to 2× its value. */
export type BudgetCurve = {
  /** The scenario's own capital budget (total, or the sum by year). */
  readonly base: number;
  readonly points: readonly BudgetPoint[];
  readonly breakpoints: readonly Breakpoint[];
  readonly solves: number;
  /** True when the solve cap (or the abort signal) stopped the refinement early. */
  readonly capped: boolean;
};

/** Options of `budgetCurve`. */
export type BudgetCurveOptions = {
  /** Evenly spaced starting points (default 9). */
  readonly points?: number;
  /** Cap on solves, all refinements included (default 40). */
  readonly maxSolves?: number;
  /** Breakpoints are located to this fraction of the budget (default 0.002). */
  readonly tolerance?: number;
  readonly signal?: AbortSignal;
};
