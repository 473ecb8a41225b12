import { scaleLinear } from "d3";

/** Percentiles of a unit's coverage (supplied ÷ need) over the draws. */
export type BandSpread = { readonly p5: number; readonly p50: number; readonly p95: number };

/** One unit of a band chart: its coverage band and the share of draws in which it is met. */
export type BandDatum = {
  readonly id: string;
  readonly label: string;
  readonly coverage: BandSpread;
  readonly pMet: number;
  /** The robust allocation's band on fresh draws, when computed. */
  readonly robust?: { readonly coverage: BandSpread; readonly pMet: number };
};

/** A band in x: p5 → p95 with the median marked. */
export type BandMark = { readonly x5: number; readonly x50: number; readonly x95: number; readonly pMet: number };

/** A laid-out row: the current allocation's band (upper half when a robust band is drawn below it). */
export type BandRow = {
  readonly id: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
  readonly band: BandMark;
  readonly robust: BandMark | null;
  /** Met in fewer than half of the draws. */
  readonly short: boolean;
};

/** A laid-out band chart. */
export type BandLayout = {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  readonly rows: readonly BandRow[];
  /** Ticks of coverage (1 = 100 %). */
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
  /** x of coverage 1: the target. */
  readonly targetX: number;
  readonly valueX: number;
};

/** Size of a band chart. */
export type BandLayoutOptions = { readonly width: number; readonly rowHeight?: number; readonly labelWidth?: number; readonly valueWidth?: number };

const TOP = 22;
const BOTTOM = 8;

/**
 * Lays out coverage bands: one row per unit, least often met first (ties by label); x is coverage
 * (supplied ÷ need) on a linear scale spanning every band and 100 %, the target.
 */
export function bandLayout(data: readonly BandDatum[], o: BandLayoutOptions): BandLayout {
  const rowHeight = o.rowHeight ?? (data.some((d) => d.robust) ? 30 : 22);
  const labelWidth = o.labelWidth ?? 120;
  const valueWidth = o.valueWidth ?? (data.some((d) => d.robust) ? 150 : 90);
  const sorted = [...data].sort((a, b) => a.pMet - b.pMet || a.label.localeCompare(b.label));
  const values = sorted.flatMap((d) => [d.coverage.p5, d.coverage.p95, ...(d.robust ? [d.robust.coverage.p5, d.robust.coverage.p95] : [])]).filter(Number.isFinite);
  const lo = Math.min(1, ...values);
  const hi = Math.max(1, ...values);
  const pad = Math.max(0.01, (hi - lo) * 0.05);
  const x0 = labelWidth;
  const x1 = Math.max(x0 + 40, o.width - valueWidth);
  const x = scaleLinear().domain([Math.max(0, lo - pad), hi + pad]).nice(5).range([x0, x1]);
  const mark = (c: BandSpread, pMet: number): BandMark => ({ x5: x(c.p5), x50: x(c.p50), x95: x(c.p95), pMet });
  const rows = sorted.map((d, i): BandRow => ({
    id: d.id,
    label: d.label,
    y: TOP + i * rowHeight,
    height: rowHeight,
    band: mark(d.coverage, d.pMet),
    robust: d.robust ? mark(d.robust.coverage, d.robust.pMet) : null,
    short: d.pMet < 0.5,
  }));
  const height = TOP + rows.length * rowHeight + BOTTOM;
  return {
    width: o.width,
    height,
    plot: { x0, x1, y0: TOP, y1: height - BOTTOM },
    rows,
    ticks: x.ticks(5).map((value) => ({ x: x(value), value })),
    targetX: x(1),
    valueX: x1 + 6,
  };
}
