import { NameRegistry } from "./keys.js";
import type { Column, ColumnFamily, ColumnMeta, LinearModel, Row, RowFamily, RowLabel } from "./types.js";

/** Accumulates rows and columns while a model is built; `finish()` returns the readonly model. */
export class ModelBuilder {
  private readonly rows: Row[] = [];
  private readonly columns: Column[] = [];
  private readonly rowNames = new NameRegistry();
  private readonly colNames = new NameRegistry();

  /** Adds a column and returns its index. */
  column(name: string, family: ColumnFamily, meta: ColumnMeta, lower: number, upper: number, integer = false): number {
    this.columns.push({ name: this.colNames.unique(name), family, meta, lower, upper, integer });
    return this.columns.length - 1;
  }

  /** Adds a row `lower ≤ Σ terms ≤ upper`, merging repeated columns; empty rows are dropped (returns -1). */
  row(name: string, family: RowFamily, label: RowLabel, terms: readonly (readonly [number, number])[], lower: number, upper: number): number {
    const merged = new Map<number, number>();
    for (const [c, v] of terms) if (v !== 0) merged.set(c, (merged.get(c) ?? 0) + v);
    if (merged.size === 0) return -1;
    const cols = [...merged.keys()];
    this.rows.push({ name: this.rowNames.unique(name), family, label, lower, upper, cols, coefs: cols.map((c) => merged.get(c)!) });
    return this.rows.length - 1;
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
