import { scaleLinear } from "d3";

/** One unit's coverage under each proposal (per `per` people; null: not in that proposal) and its target. */
export type CompareDatum = { readonly id: string; readonly label: string; readonly target: number | null; readonly values: readonly (number | null)[] };

/** A mark of one proposal on one unit's row. */
export type CompareMark = { readonly series: number; readonly x: number; readonly y: number; readonly value: number };

/** The laid-out comparison chart: a row per unit (in the given order), a mark per proposal, the target tick. */
export type CompareLayout = {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  readonly rows: readonly { readonly id: string; readonly label: string; readonly y: number; readonly xTarget: number | null; readonly marks: readonly CompareMark[]; readonly xMin: number; readonly xMax: number }[];
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
};

const TOP = 22;
const BOTTOM = 8;

/**
 * Lays out a dot plot comparing proposals unit by unit: x from 0 past the largest value or target;
 * marks of one row are nudged vertically by series so that equal values stay visible.
 */
export function compareLayout(data: readonly CompareDatum[], series: number, o: { width: number; rowHeight?: number; labelWidth?: number }): CompareLayout {
  const rowHeight = o.rowHeight ?? 26;
  const x0 = o.labelWidth ?? 120;
  const x1 = Math.max(x0 + 40, o.width - 16);
  const max = Math.max(1e-9, ...data.flatMap((d) => [d.target ?? 0, ...d.values.map((v) => v ?? 0)]));
  const x = scaleLinear().domain([0, max * 1.04]).nice(5).range([x0, x1]);
  const spread = Math.min(4, (rowHeight - 8) / Math.max(1, series));
  const rows = data.map((d, i) => {
    const y = TOP + i * rowHeight + rowHeight / 2;
    const marks = d.values.flatMap((v, s) => (v === null ? [] : [{ series: s, x: x(v), y: y + (s - (series - 1) / 2) * spread, value: v }]));
    const xs = marks.map((m) => m.x);
    return { id: d.id, label: d.label, y, xTarget: d.target === null ? null : x(d.target), marks, xMin: Math.min(...xs, x0), xMax: Math.max(...xs, x0) };
  });
  const height = TOP + data.length * rowHeight + BOTTOM;
  return { width: o.width, height, plot: { x0, x1, y0: TOP, y1: height - BOTTOM }, rows, ticks: x.ticks(5).map((value) => ({ x: x(value), value })) };
}
