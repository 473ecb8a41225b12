import { LitElement, css, html, svg, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import { formatPercent, type Locale, type Messages } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import { bandLayout, type BandDatum, type BandLayout } from "./band-layout.js";
import { chartStyles, clip, WidthController } from "./chart-support.js";

/**
 * Coverage bands under uncertainty: per unit, the p5–p95 band of supplied ÷ need over the draws with the
 * median marked, against the target (100 %), and the share of draws in which the unit is met; the
 * robust allocation's band (fresh draws) below it when computed.
 */
@customElement("cp-band-chart")
export class CpBandChart extends LitElement {
  @property({ attribute: false }) data: readonly BandDatum[] = [];
  @property() caption = "";
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private layout: BandLayout | null = null;
  private readonly size = new WidthController(this);

  static override styles = [baseStyles, chartStyles, css`
    .band { fill: var(--cp-accent); opacity: 0.35; }
    .band.robust { fill: var(--cp-ok); opacity: 0.4; }
    .median { stroke: var(--cp-accent-strong); stroke-width: 2.5; }
    .median.robust { stroke: var(--cp-ok); }
    .target-line { stroke: var(--cp-bad); stroke-width: 1.5; stroke-dasharray: 5 3; }
    text.short { fill: var(--cp-bad); font-weight: 600; }
    .sw.band { background: var(--cp-accent); opacity: 0.45; }
    .sw.robust { background: var(--cp-ok); opacity: 0.5; }
    .sw.target { height: 0; border-top: 2px dashed var(--cp-bad); }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const width = this.size.width;
    if (width > 0 && (changed.has("data") || this.layout?.width !== width)) {
      this.layout = bandLayout(this.data, { width, labelWidth: Math.min(170, Math.max(90, width * 0.2)) });
    }
  }

  private pct(x: number): string {
    return formatPercent(x, this.locale);
  }

  override render() {
    const m = this.messages.uncertainty;
    const l = this.layout;
    const robust = this.data.some((d) => d.robust);
    const legend = html`<div class="legend" aria-hidden="true">
      <span><i class="sw band"></i>${m.band}</span>${robust ? html`<span><i class="sw robust"></i>${m.robustBand}</span>` : ""}
      <span><i class="sw target"></i>${m.targetLine}</span></div>`;
    if (!l) return html`${legend}<div class="placeholder"></div>`;
    const half = (r: { y: number; height: number }, lower: boolean) => (robust ? { y: r.y + 3 + (lower ? (r.height - 6) / 2 : 0), h: (r.height - 6) / 2 - 1 } : { y: r.y + 4, h: r.height - 8 });
    return html`${legend}
      <svg width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="img" aria-label=${m.chartDesc(this.caption)}>
        ${l.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${l.plot.y0 - 4} y2=${l.plot.y1}></line>
          <text class="tick" x=${t.x} y=${l.plot.y0 - 8} text-anchor="middle">${this.pct(t.value)}</text>`)}
        ${repeat(l.rows, (r) => r.id, (r) => {
          const a = half(r, false);
          const b = half(r, true);
          return svg`<g class="row" data-unit=${r.id}>
            <text class="label ${r.short ? "short" : ""}" x=${l.plot.x0 - 6} y=${r.y + r.height / 2} text-anchor="end" dominant-baseline="central">${clip(r.label, l.plot.x0 - 10)}<title>${r.label}</title></text>
            <rect class="band" x=${r.band.x5} y=${a.y} width=${Math.max(1, r.band.x95 - r.band.x5)} height=${a.h}></rect>
            <line class="median" x1=${r.band.x50} x2=${r.band.x50} y1=${a.y} y2=${a.y + a.h}></line>
            ${r.robust ? svg`<rect class="band robust" x=${r.robust.x5} y=${b.y} width=${Math.max(1, r.robust.x95 - r.robust.x5)} height=${b.h}></rect>
              <line class="median robust" x1=${r.robust.x50} x2=${r.robust.x50} y1=${b.y} y2=${b.y + b.h}></line>` : ""}
            <text class="value ${r.short ? "short" : ""}" x=${l.valueX} y=${r.y + r.height / 2} dominant-baseline="central">${m.pMetShort(this.pct(r.band.pMet))}${r.robust ? ` · ${m.robustShort(this.pct(r.robust.pMet))}` : ""}</text>
          </g>`;
        })}
        <line class="target-line" x1=${l.targetX} x2=${l.targetX} y1=${l.plot.y0 - 2} y2=${l.plot.y1}></line>
      </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-band-chart": CpBandChart;
  }
}
