import { LitElement, css, html, svg, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import { formatNumber, formatPer, type Locale, type Messages } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import { coverageLayout, type CoverageDatum, type CoverageLayout } from "./coverage-layout.js";
import { chartStyles, clip, WidthController } from "./chart-support.js";

/** Units drawn before "show all": the least covered first. */
const CHART_ROWS = 40;

/** Coverage of one target by unit: supply against the target per `per` people, least covered first, shortfall in red. */
@customElement("cp-coverage-chart")
export class CpCoverageChart extends LitElement {
  @property({ attribute: false }) data: readonly CoverageDatum[] = [];
  @property({ type: Number }) per = 1000;
  @property() caption = "";
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  /** Fixed width (print); otherwise the element's own width. */
  @property({ type: Number }) fixedWidth = 0;
  @state() private layout: CoverageLayout | null = null;
  @state() private showAll = false;
  /** Every unit, for the data table under the chart (the chart may draw only the least covered). */
  private rows: CoverageLayout["bars"] = [];
  private readonly size = new WidthController(this);

  static override styles = [baseStyles, chartStyles, css`
    .bar { fill: var(--cp-accent); }
    .gap { fill: url(#gap-hatch); stroke: var(--cp-bad); stroke-width: 1; }
    .over { fill: #b45309; opacity: 0.85; }
    .need { stroke: var(--cp-ink); stroke-width: 2; }
    .upper { stroke: var(--cp-ink); stroke-width: 1.5; stroke-dasharray: 3 2; }
    .target-line { stroke: var(--cp-ink); stroke-width: 1.5; stroke-dasharray: 5 3; }
    text.short { fill: var(--cp-bad); font-weight: 600; }
    button.more { margin-top: 0.3rem; }
    @media print { button.more { display: none; } }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const width = this.fixedWidth || this.size.width;
    if (width > 0 && (changed.has("data") || changed.has("per") || changed.has("fixedWidth") || (changed as Map<PropertyKey, unknown>).has("showAll") || this.layout?.width !== width)) {
      const limit = this.showAll ? Infinity : CHART_ROWS;
      const o = { width, per: this.per, labelWidth: Math.min(170, Math.max(90, width * 0.22)) };
      this.layout = coverageLayout(this.data, { ...o, limit });
      this.rows = this.layout.total > this.layout.bars.length ? coverageLayout(this.data, o).bars : this.layout.bars;
    }
  }

  private f(n: number): string {
    return formatNumber(n, this.locale, n >= 100 ? 0 : 2);
  }

  override render() {
    const m = this.messages.results;
    const l = this.layout;
    const legend = html`<div class="legend" aria-hidden="true">
      <span><i class="sw bar"></i>${m.supplied}</span><span><i class="sw gap"></i>${m.shortfall}</span>
      <span><i class="sw line"></i>${m.targetLine}</span></div>`;
    if (!l) return html`${legend}<div class="placeholder"></div>`;
    return html`${legend}
      <svg width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="img" aria-label=${m.chartDesc(this.caption)}>
        <defs><pattern id="gap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fdecea"></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#b42318" stroke-width="2.5"></line></pattern></defs>
        ${l.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${l.plot.y0 - 4} y2=${l.plot.y1}></line>
          <text class="tick" x=${t.x} y=${l.plot.y0 - 8} text-anchor="middle">${this.f(t.value)}</text>`)}
        ${repeat(l.bars, (b) => b.id, (b) => svg`<g>
          <text class="label ${b.short ? "short" : ""}" x=${b.x0 - 6} y=${b.y + b.height / 2} text-anchor="end" dominant-baseline="central">${clip(b.label, l.plot.x0 - 10)}<title>${b.label}</title></text>
          <rect class="bar" x=${b.x0} y=${b.y + 4} width=${Math.max(0, b.x - b.x0)} height=${b.height - 8}></rect>
          ${b.short ? svg`<rect class="gap" x=${b.x} y=${b.y + 4} width=${Math.max(0, b.xNeed - b.x)} height=${b.height - 8}></rect>` : ""}
          ${b.over && b.xUpper !== null ? svg`<rect class="over" x=${b.xUpper} y=${b.y + 4} width=${Math.max(0, b.x - b.xUpper)} height=${b.height - 8}></rect>` : ""}
          <line class="need" x1=${b.xNeed} x2=${b.xNeed} y1=${b.y + 1} y2=${b.y + b.height - 1}></line>
          ${b.xUpper !== null ? svg`<line class="upper" x1=${b.xUpper} x2=${b.xUpper} y1=${b.y + 1} y2=${b.y + b.height - 1}></line>` : ""}
          <text class="value ${b.short ? "short" : ""}" x=${l.valueX} y=${b.y + b.height / 2} dominant-baseline="central">${this.f(b.value)} / ${this.f(b.target)}</text>
        </g>`)}
        ${l.targetLine ? svg`<line class="target-line" x1=${l.targetLine.x} x2=${l.targetLine.x} y1=${l.plot.y0 - 2} y2=${l.plot.y1}></line>` : ""}
      </svg>
      ${l.total > CHART_ROWS ? html`<button class="more" @click=${() => (this.showAll = !this.showAll)}>${this.showAll ? m.showWorst(CHART_ROWS) : m.showAll(l.total)}</button>` : ""}
      <details><summary>${this.messages.results.coverage} · ${m.perUnitOf(formatPer(this.per, this.locale))}</summary>
        <table><thead><tr><th scope="col">${this.messages.editor.zone}</th><th class="num" scope="col">${m.supplied}</th><th class="num" scope="col">${m.need}</th><th class="num" scope="col">${m.shortfall}</th></tr></thead>
          <tbody>${this.rows.map((b) => html`<tr><th scope="row">${b.label}</th><td class="num">${this.f(b.value)}</td><td class="num">${this.f(b.target)}</td>
            <td class="num ${b.short ? "bad" : ""}">${b.short ? this.f(b.target - b.value) : "0"}</td></tr>`)}</tbody></table>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-coverage-chart": CpCoverageChart;
  }
}
