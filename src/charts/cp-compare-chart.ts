import { LitElement, css, html, svg, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import { formatNumber, type Locale } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import { chartStyles, clip, WidthController } from "./chart-support.js";
import { compareLayout, type CompareDatum, type CompareLayout } from "./compare-layout.js";

/** Colours and shapes of up to four proposals (distinct in hue and shape, so colour is never the only cue). */
export const SERIES = [
  { color: "#0b5cad", shape: "circle" },
  { color: "#b45309", shape: "square" },
  { color: "#6d28d9", shape: "triangle" },
  { color: "#047857", shape: "diamond" },
] as const;

/** The path of a series' marker of radius `r` centred on (x, y). */
export function markerPath(shape: (typeof SERIES)[number]["shape"], x: number, y: number, r = 5): string {
  switch (shape) {
    case "circle":
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case "square":
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "triangle":
      return `M${x},${y - r * 1.15}L${x + r * 1.1},${y + r * 0.85}L${x - r * 1.1},${y + r * 0.85}Z`;
    case "diamond":
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
  }
}

/** Coverage per unit for each compared proposal: one marker per proposal on a row per unit, the target as a tick. */
@customElement("cp-compare-chart")
export class CpCompareChart extends LitElement {
  @property({ attribute: false }) data: readonly CompareDatum[] = [];
  @property({ attribute: false }) names: readonly string[] = [];
  @property() caption = "";
  @property() targetLabel = "";
  @property() locale: Locale = "zh-CN";
  @property({ type: Number }) fixedWidth = 0;
  @state() private layout: CompareLayout | null = null;
  private readonly size = new WidthController(this);

  static override styles = [baseStyles, chartStyles, css`
    .range { stroke: var(--cp-line-strong); stroke-width: 2; }
    .target { stroke: var(--cp-ink); stroke-width: 2; }
    .mark { stroke: #fff; stroke-width: 1; }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const width = this.fixedWidth || this.size.width;
    if (width > 0 && (changed.has("data") || changed.has("names") || this.layout?.width !== width)) {
      this.layout = compareLayout(this.data, this.names.length, { width, labelWidth: Math.min(170, Math.max(90, width * 0.22)) });
    }
  }

  override render() {
    const l = this.layout;
    const legend = html`<div class="legend" aria-hidden="true">
      ${this.names.map((n, i) => html`<span><svg width="14" height="14"><path d=${markerPath(SERIES[i % 4]!.shape, 7, 7, 5)} fill=${SERIES[i % 4]!.color}></path></svg>${n}</span>`)}
      <span><i class="sw line" style="border-top-style:solid"></i>${this.targetLabel}</span></div>`;
    if (!l) return html`${legend}<div class="placeholder"></div>`;
    const f = (v: number) => formatNumber(v, this.locale, v >= 100 ? 0 : 2);
    return html`${legend}
      <svg width=${l.width} height=${l.height} role="img" aria-label=${this.caption}>
        ${l.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${l.plot.y0 - 4} y2=${l.plot.y1}></line>
          <text class="tick" x=${t.x} y=${l.plot.y0 - 8} text-anchor="middle">${f(t.value)}</text>`)}
        ${repeat(l.rows, (r) => r.id, (r) => svg`<g>
          <text class="label" x=${l.plot.x0 - 6} y=${r.y} text-anchor="end" dominant-baseline="central">${clip(r.label, l.plot.x0 - 10)}<title>${r.label}</title></text>
          <line class="range" x1=${r.xMin} x2=${r.xMax} y1=${r.y} y2=${r.y}></line>
          ${r.xTarget !== null ? svg`<line class="target" x1=${r.xTarget} x2=${r.xTarget} y1=${r.y - 10} y2=${r.y + 10}></line>` : ""}
          ${r.marks.map((m) => svg`<path class="mark" d=${markerPath(SERIES[m.series % 4]!.shape, m.x, m.y)} fill=${SERIES[m.series % 4]!.color}><title>${this.names[m.series]}: ${f(m.value)}</title></path>`)}
        </g>`)}
      </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-compare-chart": CpCompareChart;
  }
}
