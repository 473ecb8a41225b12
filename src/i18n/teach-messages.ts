import type { ColumnFamily } from "../../models/lp/types.js";
import type { ConstraintFamily } from "../../models/teach/algebra-formulas.js";
import type { StepKind, TeachVarKind } from "../../models/teach/types.js";

/** Sections of the teaching tab. */
export type TeachSection = "lesson" | "algebra" | "lp" | "simplex" | "sensitivity";
/** Which objective the LP file carries. */
export type LpPhase = "first" | "final" | "weighted";

/** The teaching tab's labels (a `teach` block of `Messages`). */
export type TeachMessages = {
  readonly sections: Readonly<Record<TeachSection, string>> & { readonly label: string };
  readonly working: string;
  readonly lesson: {
    readonly list: string;
    readonly question: string;
    readonly answer: string;
    readonly none: string;
    readonly own: string;
  };
  readonly algebra: {
    readonly size: (rows: string, columns: string) => string;
    readonly variables: string;
    readonly constraints: string;
    readonly objective: string;
    readonly family: string;
    readonly count: string;
    readonly formula: string;
    readonly meaning: string;
    readonly integer: (n: string) => string;
    readonly showRows: (n: string) => string;
    readonly hideRows: string;
    readonly noRows: string;
    readonly rowsTitle: (family: string) => string;
    readonly row: string;
    readonly terms: string;
    readonly page: (from: string, to: string, total: string) => string;
    readonly previous: string;
    readonly next: string;
    readonly lexicographic: string;
    readonly weighted: string;
    readonly skipped: string;
    readonly stage: (n: string) => string;
    readonly weight: string;
    readonly variableNames: Readonly<Record<ColumnFamily, string>>;
    readonly constraintNames: Readonly<Record<ConstraintFamily, string>>;
  };
  readonly lp: {
    readonly phase: string;
    readonly phases: Readonly<Record<LpPhase, string>>;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly download: string;
    readonly file: string;
    readonly howTo: string;
    readonly howToText: string;
    readonly lines: (n: string) => string;
  };
  readonly simplex: {
    readonly first: string;
    readonly previous: string;
    readonly next: string;
    readonly last: string;
    readonly controls: string;
    readonly keys: string;
    readonly step: (i: string, n: string) => string;
    readonly stage: (name: string) => string;
    readonly phase: (p: string) => string;
    readonly kinds: Readonly<Record<StepKind, string>>;
    readonly varKinds: Readonly<Record<TeachVarKind, string>>;
    readonly basis: string;
    readonly rhs: string;
    readonly reducedCost: string;
    readonly objective: string;
    readonly entering: string;
    readonly leaving: string;
    readonly pivot: string;
    readonly ratioTest: string;
    readonly ratio: string;
    readonly tableau: string;
    readonly standardForm: string;
    readonly refused: string;
    readonly tryLesson: string;
    readonly result: string;
    readonly goal: string;
    readonly stepped: string;
    readonly production: string;
    readonly agree: string;
    readonly disagree: string;
    readonly productionStatus: (status: string) => string;
    readonly frozen: (names: string) => string;
    readonly checked: (violations: number) => string;
  };
  readonly sensitivity: {
    readonly prices: string;
    readonly pricesNote: string;
    readonly constraint: string;
    readonly bound: string;
    readonly price: string;
    readonly range: string;
    readonly method: string;
    readonly methods: { readonly tableau: string; readonly resolve: string };
    readonly none: string;
    /** Above prices of a whole-unit model: they are those of its LP relaxation. */
    readonly relaxed: string;
    readonly stageOf: (stage: string) => string;
    readonly curve: string;
    readonly curveNote: string;
    readonly budget: string;
    readonly shortfall: string;
    readonly equity: string;
    readonly breakpoint: string;
    readonly current: string;
    readonly capped: string;
    readonly solves: (n: string) => string;
    readonly slopes: (before: string, after: string) => string;
    readonly compute: string;
    readonly noBudget: string;
  };
};
