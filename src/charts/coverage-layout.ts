import { scaleLinear } from "d3";

/** One unit (zone, catchment or region) of a coverage chart, in resource units. */
export type CoverageDatum = {
  readonly id: string;
  readonly label: string;
  readonly population: number;
  readonly supplied: number;
  readonly need: number;
  readonly upperNeed?: number;
};

/** Size and scale of a coverage chart; values are drawn per `per` people. */
export type CoverageLayoutOptions = {
  readonly width: number;
  readonly per: number;
  readonly rowHeight?: number;
  readonly labelWidth?: number;
  readonly valueWidth?: number;
  /** Draw only the first `limit` units (the least covered). */
  readonly limit?: number;
};

/** A bar: supply (x0→x), the target tick, the shortfall segment (x→xNeed) when short, the band's upper tick. */
export type CoverageBar = {
  readonly id: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
  readonly x0: number;
  readonly x: number;
  readonly xNeed: number;
  readonly xUpper: number | null;
  /** Supply and target per `per` people. */
  readonly value: number;
  readonly target: number;
  readonly upper: number | null;
  /** supplied ÷ need (1 = met; Infinity when nothing is needed). */
  readonly coverage: number;
  readonly short: boolean;
  /** Above the band's upper need. */
  readonly over: boolean;
};

/** A laid-out coverage chart: bars sorted least covered first, x ticks, and a common target line when all targets agree. */
export type CoverageLayout = {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  readonly bars: readonly CoverageBar[];
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
  readonly targetLine: { readonly x: number; readonly value: number } | null;
  readonly upperLine: { readonly x: number; readonly value: number } | null;
  readonly valueX: number;
  /** Units with people in them, drawn or not. */
  readonly total: number;
};

const TOP = 22;
const BOTTOM = 8;
const same = (xs: readonly number[]) => xs.length > 0 && xs.every((x) => Math.abs(x - xs[0]!) <= 1e-9 * Math.max(1, Math.abs(xs[0]!)));

/**
 * Lays out coverage against target for a chart of width `o.width`: one row per unit with people in it,
 * sorted by coverage (supplied ÷ need) ascending, ties by label; the x scale (per `o.per` people) starts
 * at 0 and reaches past the largest supply, target and band upper.
 */
export function coverageLayout(data: readonly CoverageDatum[], o: CoverageLayoutOptions): CoverageLayout {
  const rowHeight = o.rowHeight ?? 24;
  const labelWidth = o.labelWidth ?? 120;
  const valueWidth = o.valueWidth ?? 96;
  const rate = (n: number, p: number) => (p > 0 ? (n / p) * o.per : 0);
  const peopled = data.filter((d) => d.population > 0);
  const rows = peopled
    .map((d) => ({
      d,
      value: rate(d.supplied, d.population),
      target: rate(d.need, d.population),
      upper: d.upperNeed === undefined ? null : rate(d.upperNeed, d.population),
      coverage: d.need > 0 ? d.supplied / d.need : Infinity,
    }))
    .sort((a, b) => a.coverage - b.coverage || a.d.label.localeCompare(b.d.label))
    .slice(0, o.limit ?? Infinity);
  const max = Math.max(1e-9, ...rows.flatMap((r) => [r.value, r.target, r.upper ?? 0]));
  const x0 = labelWidth;
  const x1 = Math.max(x0 + 40, o.width - valueWidth);
  const x = scaleLinear().domain([0, max * 1.04]).nice(5).range([x0, x1]);
  const height = TOP + rows.length * rowHeight + BOTTOM;
  const bars: CoverageBar[] = rows.map((r, i) => ({
    id: r.d.id,
    label: r.d.label,
    y: TOP + i * rowHeight,
    height: rowHeight,
    x0,
    x: x(r.value),
    xNeed: x(r.target),
    xUpper: r.upper === null ? null : x(r.upper),
    value: r.value,
    target: r.target,
    upper: r.upper,
    coverage: r.coverage,
    short: r.d.supplied < r.d.need * (1 - 1e-6) - 1e-9,
    over: r.d.upperNeed !== undefined && r.d.supplied > r.d.upperNeed * (1 + 1e-6) + 1e-9,
  }));
  const targets = rows.map((r) => r.target);
  const uppers = rows.flatMap((r) => (r.upper === null ? [] : [r.upper]));
  return {
    width: o.width,
    height,
    plot: { x0, x1, y0: TOP, y1: height - BOTTOM },
    bars,
    ticks: x.ticks(5).map((value) => ({ x: x(value), value })),
    targetLine: same(targets) ? { x: x(targets[0]!), value: targets[0]! } : null,
    upperLine: uppers.length === rows.length && same(uppers) ? { x: x(uppers[0]!), value: uppers[0]! } : null,
    valueX: x1 + 6,
    total: peopled.length,
  };
}
