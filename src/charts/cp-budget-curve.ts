import { LitElement, css, html, svg, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { BudgetCurve } from "../../models/teach/types.js";
import { baseStyles } from "../components/styles.js";
import { formatMoney, formatNumber, formatPercent, type Locale, type Messages } from "../i18n/index.js";
import { budgetCurveLayout, type BudgetCurveLayout } from "./budget-curve-layout.js";
import { chartStyles, WidthController } from "./chart-support.js";

/**
 * Total shortfall (left axis) and the worst relative shortfall (right axis) as the capital budget runs
 * from 0 to 2× its value: solved points, breakpoints and the scenario's own budget marked; a data table
 * of the points underneath.
 */
@customElement("cp-budget-curve")
export class CpBudgetCurve extends LitElement {
  @property({ attribute: false }) curve!: BudgetCurve;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private layout: BudgetCurveLayout | null = null;
  private readonly size = new WidthController(this);

  static override styles = [baseStyles, chartStyles, css`
    .shortfall { fill: none; stroke: var(--cp-accent); stroke-width: 2; }
    .equity { fill: none; stroke: #b45309; stroke-width: 1.5; stroke-dasharray: 5 3; }
    circle.point { fill: var(--cp-accent); }
    circle.break { fill: var(--cp-bg); stroke: var(--cp-bad); stroke-width: 2; }
    .current { stroke: var(--cp-ink); stroke-width: 1.5; stroke-dasharray: 2 3; }
    .sw.eq { border-top: 2px dashed #b45309; height: 0; }
    .sw.pt { background: var(--cp-accent); border-radius: 50%; width: 8px; height: 8px; }
    .sw.br { border: 2px solid var(--cp-bad); border-radius: 50%; width: 10px; height: 10px; }
    details { margin-top: 0.4rem; }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const width = this.size.width;
    if (width > 0 && this.curve && (changed.has("curve") || this.layout?.width !== width)) this.layout = budgetCurveLayout(this.curve, { width });
  }

  private money(v: number): string {
    return formatMoney(v, this.locale);
  }

  override render() {
    const m = this.messages.teach.sensitivity;
    const l = this.layout;
    const legend = html`<div class="legend" aria-hidden="true">
      <span><i class="sw bar"></i>${m.shortfall}</span><span><i class="sw eq"></i>${m.equity}</span>
      <span><i class="sw br"></i>${m.breakpoint}</span><span><i class="sw line"></i>${m.current}</span></div>`;
    if (!l) return html`${legend}<div style="height: 260px"></div>`;
    const p = l.plot;
    return html`${legend}
      <svg width=${l.width} height=${l.height} role="img" aria-label=${`${m.curve}: ${l.points.length} · ${m.breakpoint} ${l.breakpoints.length}`}>
        ${l.yTicks.map((t) => svg`<line class="grid" x1=${p.x0} x2=${p.x1} y1=${t.y} y2=${t.y}></line>
          <text class="tick" x=${p.x0 - 6} y=${t.y + 4} text-anchor="end">${formatNumber(t.value, this.locale, 2)}</text>`)}
        ${l.equityTicks.map((t) => svg`<text class="tick" x=${p.x1 + 6} y=${t.y + 4}>${formatPercent(t.value, this.locale, 0)}</text>`)}
        ${l.xTicks.map((t) => svg`<text class="tick" x=${t.x} y=${p.y1 + 16} text-anchor="middle">${this.money(t.value)}</text>`)}
        <text class="tick" x=${(p.x0 + p.x1) / 2} y=${p.y1 + 30} text-anchor="middle">${m.budget}</text>
        <line class="current" x1=${l.current.x} x2=${l.current.x} y1=${p.y0} y2=${p.y1}></line>
        <text x=${l.current.x + 4} y=${p.y0 + 10}>${m.current}</text>
        <path class="equity" d=${l.equityPath}></path>
        <path class="shortfall" d=${l.shortfallPath}></path>
        ${l.points.map((pt) => svg`<circle class="point" cx=${pt.x} cy=${pt.y} r="3"><title>${this.money(pt.budget)}: ${formatNumber(pt.shortfall, this.locale, 4)}</title></circle>`)}
        ${l.breakpoints.map((b) => svg`<circle class="break" cx=${b.x} cy=${b.y} r="5"><title>${this.money(b.budget)}: ${m.slopes(formatNumber(b.slopeBefore, this.locale, 5), formatNumber(b.slopeAfter, this.locale, 5))}</title></circle>`)}
      </svg>
      <details>
        <summary>${m.curve}</summary>
        <table>
          <thead><tr><th scope="col" class="num">${m.budget}</th><th scope="col" class="num">${m.shortfall}</th><th scope="col" class="num">${m.equity}</th></tr></thead>
          <tbody>${l.points.map((pt) => html`<tr><td class="num">${this.money(pt.budget)}</td><td class="num">${formatNumber(pt.shortfall, this.locale, 4)}</td><td class="num">${formatPercent(pt.equity, this.locale, 1)}</td></tr>`)}</tbody>
        </table>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-budget-curve": CpBudgetCurve;
  }
}
