import { NameRegistry } from "./keys.js";
import type { Column, ColumnFamily, ColumnMeta, LinearModel, Row, RowFamily, RowLabel } from "./types.js";

/**
 * Accumulates rows and columns while a model is built; `finish()` returns the readonly model.
 * Repeated columns in a row are merged through a per-column stamp (no map per row): a province-sized
 * model has tens of thousands of rows.
 */
export class ModelBuilder {
  private readonly rows: Row[] = [];
  private readonly columns: Column[] = [];
  private readonly rowNames = new NameRegistry();
  private readonly colNames = new NameRegistry();
  /** For each column, the row being built when it was last seen, and its position in that row. */
  private stamp = new Int32Array(1024).fill(-1);
  private slot = new Int32Array(1024);

  /** Adds a column and returns its index. */
  column(name: string, family: ColumnFamily, meta: ColumnMeta, lower: number, upper: number, integer = false): number {
    this.columns.push({ name: this.colNames.unique(name), family, meta, lower, upper, integer });
    const n = this.columns.length;
    if (n > this.stamp.length) {
      const stamp = new Int32Array(this.stamp.length * 2).fill(-1);
      stamp.set(this.stamp);
      this.stamp = stamp;
      const slot = new Int32Array(this.slot.length * 2);
      slot.set(this.slot);
      this.slot = slot;
    }
    return n - 1;
  }

  /** Adds a row `lower ≤ Σ terms ≤ upper`, merging repeated columns; empty rows are dropped (returns -1). */
  row(name: string, family: RowFamily, label: RowLabel, terms: readonly (readonly [number, number])[], lower: number, upper: number): number {
    const cols = new Array<number>(terms.length);
    const coefs = new Array<number>(terms.length);
    for (let k = 0; k < terms.length; k++) [cols[k], coefs[k]] = terms[k] as [number, number];
    return this.rowOf(name, family, label, cols, coefs, lower, upper);
  }

  /**
   * `row` with the terms as two parallel arrays, which the builder may keep: the caller must not touch
   * them afterwards.
   */
  rowOf(name: string, family: RowFamily, label: RowLabel, cols: number[], coefs: number[], lower: number, upper: number): number {
    const id = this.rows.length;
    let n = 0;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k]!;
      const v = coefs[k]!;
      if (v === 0) continue;
      if (this.stamp[c] === id) {
        coefs[this.slot[c]!]! += v;
        continue;
      }
      this.stamp[c] = id;
      this.slot[c] = n;
      cols[n] = c;
      coefs[n++] = v;
    }
    if (n === 0) return -1;
    cols.length = n;
    coefs.length = n;
    this.rows.push({ name: this.rowNames.unique(name), family, label, lower, upper, cols, coefs });
    return id;
  }

  /** Number of columns so far. */
  get columnCount(): number {
    return this.columns.length;
  }

  /** The finished model with a zero objective (goals are attached per phase). */
  finish(name: string): LinearModel {
    return { name, rows: this.rows, columns: this.columns, objective: new Array<number>(this.columns.length).fill(0), objectiveName: "none" };
  }
}
