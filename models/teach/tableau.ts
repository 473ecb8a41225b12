import type { StandardForm } from "./standard-form.js";
import type { TeachTableau } from "./types.js";

/** Entries smaller than this are treated as zero (pivot elements, reduced costs). */
export const EPS = 1e-9;

/** Rounds away floating-point dust so that a tableau reads cleanly. */
const clean = (v: number) => (Math.abs(v) < 1e-12 ? 0 : v);

/**
 * A dense simplex tableau over a standard form: `cells` (rows × variables), `rhs` (values of the basic
 * variables) and `basis` (the basic variable of each row). Mutable while stepping; `snapshot()` copies.
 */
export class Tableau {
  readonly cells: number[][];
  readonly rhs: number[];
  readonly basis: number[];
  readonly blocked: boolean[];

  constructor(readonly sf: StandardForm) {
    this.cells = sf.a.map((r) => [...r]);
    this.rhs = [...sf.b];
    this.basis = sf.rows.map((r) => r.initialBasic);
    this.blocked = sf.vars.map(() => false);
  }

  /** Reduced costs `d_j = c_j − Σ_i c_{B(i)} a_ij` for the cost vector `cost` over the variables. */
  reducedCosts(cost: readonly number[]): number[] {
    return this.sf.vars.map((_, j) => clean(this.cells.reduce((d, row, i) => d - (cost[this.basis[i]!] ?? 0) * row[j]!, cost[j] ?? 0)));
  }

  /** Objective value `Σ c_B(i) rhs_i + constant` of the current basic solution. */
  value(cost: readonly number[], constant: number): number {
    return this.rhs.reduce((a, v, i) => a + (cost[this.basis[i]!] ?? 0) * v, constant);
  }

  /** Pivots on row `r`, column `c`: row `r` is divided by the pivot element, the column cleared elsewhere. */
  pivot(r: number, c: number): void {
    const pr = this.cells[r]!;
    const p = pr[c]!;
    for (let j = 0; j < pr.length; j++) pr[j] = clean(pr[j]! / p);
    this.rhs[r] = clean(this.rhs[r]! / p);
    this.cells.forEach((row, i) => {
      if (i === r) return;
      const f = row[c]!;
      if (f === 0) return;
      for (let j = 0; j < row.length; j++) row[j] = clean(row[j]! - f * pr[j]!);
      this.rhs[i] = clean(this.rhs[i]! - f * this.rhs[r]!);
    });
    this.basis[r] = c;
  }

  /** Value of every variable in the current basic solution (non-basic ones are 0). */
  varValues(): number[] {
    const x = this.sf.vars.map(() => 0);
    this.basis.forEach((v, i) => (x[v] = this.rhs[i]!));
    return x;
  }

  /** An immutable copy for a recorded step. */
  snapshot(cost: readonly number[], constant: number): TeachTableau {
    return {
      vars: this.sf.vars,
      rows: this.sf.rows,
      basis: [...this.basis],
      cells: this.cells.map((r) => [...r]),
      rhs: [...this.rhs],
      reducedCosts: this.reducedCosts(cost),
      blocked: [...this.blocked],
      objective: this.value(cost, constant),
    };
  }
}
