import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { formatMoney, formatNumber, formatPercent, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import { differs, type Comparison, type MetricRow } from "./compare-model.js";
import { SERIES } from "../../charts/cp-compare-chart.js";
import "../../charts/cp-compare-chart.js";

/** Units shown before "show all" (the reference's least covered first). */
const ZONE_ROWS = 40;

/** Two to four proposals side by side: figures, coverage by unit (table and chart), facilities that differ most; differences from the first highlighted. */
@customElement("cp-comparison")
export class CpComparison extends LitElement {
  @property({ attribute: false }) comparison!: Comparison;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @property({ type: Number }) chartWidth = 0;
  @state() private showAll = false;

  static override styles = [baseStyles, css`
    :host { display: block; }
    table { margin-bottom: 1rem; }
    th.p { text-align: right; white-space: nowrap; }
    th.p .key { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px; margin-right: 0.3rem; vertical-align: baseline; }
    td.diff { background: var(--cp-changed); font-weight: 600; }
    td.better { background: var(--cp-ok-soft); }
    td.worse { background: var(--cp-bad-soft); }
    .delta { display: block; font-size: 0.75rem; font-weight: normal; }
    .ref { font-size: 0.75rem; color: var(--cp-muted); font-weight: normal; display: block; }
    h3 { margin-top: 1.2rem; }
    .bad { color: var(--cp-bad); }
    @media print { button.more { display: none; } }
  `];

  private fmt(v: number | null, kind: MetricRow["kind"]): string {
    if (v === null) return "—";
    switch (kind) {
      case "money":
        return formatMoney(v, this.locale);
      case "percent":
        return formatPercent(v, this.locale);
      case "count":
        return formatNumber(v, this.locale, 0);
      case "units":
        return formatNumber(v, this.locale, Math.abs(v) >= 100 ? 0 : 1);
    }
  }

  private delta(v: number, ref: number, kind: MetricRow["kind"]): string {
    const d = v - ref;
    const text = kind === "percent" ? formatNumber(d * 100, this.locale, 1) + (this.locale === "zh-CN" ? " 个百分点" : " pts") : this.fmt(Math.abs(d), kind);
    return `${d > 0 ? "+" : "−"}${kind === "percent" ? text.replace(/^-/, "") : text}`;
  }

  private head(first: string) {
    const c = this.comparison;
    const m = this.messages.compare;
    return html`<thead><tr><th scope="col">${first}</th>${c.names.map((n, i) => html`<th scope="col" class="p"><span class="key" style="background:${SERIES[i % 4]!.color}" aria-hidden="true"></span>${n}
      ${i === 0 ? html`<span class="ref">${m.reference}</span>` : !c.sameScenario[i] ? html`<span class="ref">${m.otherScenario}</span>` : nothing}</th>`)}</tr></thead>`;
  }

  private rows(rows: readonly MetricRow[]) {
    return rows.map((r) => html`<tr><th scope="row">${r.label}</th>${r.values.map((v, i) => {
      const ref = r.values[0] ?? null;
      if (i === 0 || !differs(v, ref) || v === null || ref === null) return html`<td class="num">${this.fmt(v, r.kind)}</td>`;
      const better = r.better === null ? "" : (r.better === "lower") === v < ref ? "better" : "worse";
      return html`<td class="num diff ${better}">${this.fmt(v, r.kind)}<span class="delta">${this.delta(v, ref, r.kind)}</span></td>`;
    })}</tr>`);
  }

  override render() {
    const c = this.comparison;
    const m = this.messages;
    const zones = this.showAll ? c.zones : c.zones.slice(0, ZONE_ROWS);
    const zoneRows: MetricRow[] = zones.map((z) => ({ key: z.unit, label: z.label, kind: "units", better: "higher", values: z.values }));
    return html`
      <div class="scroll"><table>
        <caption class="visually-hidden">${m.compare.title}</caption>
        ${this.head(m.compare.metric)}
        <tbody>
          <tr><th scope="row">${m.compare.status}</th>${c.verdicts.map((v) => html`<td class="num ${v === "plan" ? "good" : "bad"}">${m.solve.verdicts[v]}</td>`)}</tr>
          ${this.rows(c.metrics)}
        </tbody></table></div>
      ${c.target ? html`
        <h3>${m.compare.coverageByZone} · ${c.target.label}</h3>
        <cp-compare-chart .data=${zones.map((z) => ({ id: z.unit, label: z.label, target: z.target, values: z.values }))} .names=${c.names}
          caption=${`${m.compare.coverageByZone} · ${c.target.label}`} targetLabel=${m.results.targetLine} locale=${this.locale} fixedWidth=${this.chartWidth}></cp-compare-chart>
        <div class="scroll"><table>
          <caption class="visually-hidden">${m.compare.coverageByZone}</caption>
          ${this.head(m.editor.zone)}
          <tbody>${this.rows(zoneRows)}</tbody></table></div>
        ${c.zones.length > ZONE_ROWS ? html`<button class="more" @click=${() => (this.showAll = !this.showAll)}>${this.showAll ? m.results.showWorst(ZONE_ROWS) : m.results.showAll(c.zones.length)}</button>` : nothing}` : nothing}
      <h3>${m.compare.differsMost}</h3>
      ${c.facilities.length === 0 ? html`<p>${m.compare.noDifference}</p>` : html`<div class="scroll"><table>
        <caption class="visually-hidden">${m.compare.differsMost}</caption>
        ${this.head(m.results.facility)}<tbody>${this.rows(c.facilities)}</tbody></table></div>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-comparison": CpComparison;
  }
}
