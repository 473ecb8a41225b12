import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { baseStyles } from "../../components/styles.js";
import { formatMoney, formatNumber, formatPercent, type Locale, type Messages } from "../../i18n/index.js";
import type { Scenario } from "../../../models/scenario/scenario.js";
import type { McReport } from "../../../models/montecarlo/run.js";
import type { Spread } from "../../../models/montecarlo/stats.js";
import { facilityName, resourceName, targetNameById } from "../names.js";
import { bandData, reportTargets, robustDifferences, soundRobust, unitRows } from "./uncertainty-data.js";
import "../../charts/cp-band-chart.js";

/** A Monte Carlo report: summary, a target's coverage bands and table, the re-solved optima, the robust allocation. */
@customElement("cp-uncertainty-report")
export class CpUncertaintyReport extends LitElement {
  @property({ attribute: false }) report!: McReport;
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property({ type: Number }) workers = 1;
  @property() locale: Locale = "zh-CN";
  @state() private target: string | null = null;
  @state() private showRobust = false;

  static override styles = [baseStyles, css`
    :host { display: block; }
    dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.3rem 1rem; margin: 0.4rem 0 0.8rem; }
    dt { font-size: 0.8rem; color: var(--cp-muted); }
    dd { margin: 0; font-size: 1.15rem; font-weight: 600; font-variant-numeric: tabular-nums; }
    .row { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; margin: 0.6rem 0; }
    section { margin-top: 1rem; }
    summary { cursor: pointer; color: var(--cp-accent); margin: 0.3rem 0; }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("report")) {
      const targets = reportTargets(this.scenario, this.report);
      if (!this.target || !targets.includes(this.target)) this.target = targets[0] ?? null;
    }
  }

  private pct(x: number | null): string {
    return x === null || !Number.isFinite(x) ? "—" : formatPercent(x, this.locale);
  }

  private n(x: number, digits?: number): string {
    return Number.isFinite(x) ? formatNumber(x, this.locale, digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2)) : "—";
  }

  private spread(s: Spread, f: (x: number) => string): string {
    return `${f(s.p5)} / ${f(s.p50)} / ${f(s.p95)}`;
  }

  private summary() {
    const r = this.report;
    const u = this.messages.uncertainty;
    return html`<p class="small muted" id="mc-summary" data-ms=${Math.round(r.ms)} data-draws=${r.options.draws}>${u.summary(formatNumber(r.options.draws, this.locale, 0), this.n(r.ms / 1000, 2), String(this.workers))}</p>
      <dl>
        <div><dt>${u.centralHeld(String(r.evaluation.centralMet), String(r.evaluation.lines.length))}</dt><dd id="mc-held">${this.pct(r.evaluation.pCentralHeld)}</dd></div>
        <div><dt>${u.pAllMet}</dt><dd id="mc-pall">${this.pct(r.evaluation.pAllMet)}</dd></div>
        ${r.evaluation.pAllBindingMet === null ? nothing : html`<div><dt>${u.pAllBindingMet}</dt><dd>${this.pct(r.evaluation.pAllBindingMet)}</dd></div>`}
        <div><dt>${u.minPMet}</dt><dd>${this.pct(r.evaluation.minPMet)}</dd></div>
      </dl>`;
  }

  private units(target: string) {
    const u = this.messages.uncertainty;
    const rows = unitRows(this.scenario, this.report, target, this.locale);
    const robust = rows.some((x) => x.robust);
    const caption = targetNameById(this.scenario, target, this.locale);
    return html`<cp-band-chart .data=${bandData(rows)} caption=${caption} .messages=${this.messages} locale=${this.locale}></cp-band-chart>
      <div class="scroll"><table id="mc-table"><caption class="visually-hidden">${caption}</caption>
        <thead><tr><th scope="col">${u.unit}</th><th class="num" scope="col">${u.supplied}</th><th class="num" scope="col">${u.needBand}</th><th class="num" scope="col">${u.pMet}</th>
          <th class="num" scope="col">${u.shortfall}</th>${robust ? html`<th class="num" scope="col">${u.robustSupplied}</th><th class="num" scope="col">${u.robustPMet}</th>` : nothing}</tr></thead>
        <tbody>${rows.map((x) => html`<tr><th scope="row">${x.label}</th><td class="num">${this.n(x.line.supplied)}</td>
          <td class="num">${this.spread(x.line.needSpread, (v) => this.n(v))}</td><td class="num ${x.line.pMet < 0.5 ? "bad" : ""}">${this.pct(x.line.pMet)}</td>
          <td class="num">${this.n(x.line.shortfall.p50)} / ${this.n(x.line.shortfall.p95)} / ${this.n(x.line.shortfall.mean, 2)}</td>
          ${robust ? html`<td class="num">${x.robust ? this.n(x.robust.supplied) : "—"}</td><td class="num">${x.robust ? this.pct(x.robust.pMet) : "—"}</td>` : nothing}</tr>`)}</tbody></table></div>`;
  }

  private resolve() {
    const v = this.report.resolve;
    if (!v) return nothing;
    const u = this.messages.uncertainty;
    return html`<section id="mc-resolve"><h3>${u.resolveTitle}</h3>
      <dl><div><dt>${u.worst}</dt><dd>${this.spread(v.worst, (x) => this.pct(x))}</dd></div>
        <div><dt>${u.cost}</dt><dd>${this.spread(v.cost, (x) => formatMoney(x, this.locale))}</dd></div></dl>
      ${v.faulted > 0 ? html`<p class="bad" role="alert">${u.faulted(String(v.faulted))}</p>` : nothing}
      <details><summary>${u.additions(String(v.added.length))}</summary>
      <div class="scroll"><table><thead><tr><th scope="col">${u.facility}</th><th scope="col">${u.resource}</th><th class="num" scope="col">p5 / p50 / p95</th></tr></thead>
        <tbody>${v.added.map((a) => html`<tr><td>${facilityName(this.scenario, a.facility, this.locale)}</td><td>${resourceName(this.scenario, a.resource, this.locale)}</td>
          <td class="num">${this.spread(a.spread, (x) => this.n(x))}</td></tr>`)}</tbody></table></div></details></section>`;
  }

  private robust() {
    const r = this.report;
    if (!r.robust) return nothing;
    const u = this.messages.uncertainty;
    const b = soundRobust(r);
    if (!b) return html`<section><h3>${u.robustTitle(String(r.robust.alpha))}</h3><p class="bad" role="alert">${u.robustFailed}</p></section>`;
    const diff = robustDifferences(r);
    return html`<section id="mc-robust-section"><h3>${u.robustTitle(String(b.alpha))}</h3>
      <p>${u.robustInfo(formatMoney(b.result.objective.cost, this.locale), formatMoney(r.base.objective.cost, this.locale), formatNumber(b.fresh.draws, this.locale, 0), String(b.freshSeed))}</p>
      <dl><div><dt>${u.centralHeld(String(b.fresh.centralMet), String(b.fresh.lines.length))}</dt><dd>${this.pct(b.fresh.pCentralHeld)}</dd></div>
        <div><dt>${u.pAllMet}</dt><dd>${this.pct(b.fresh.pAllMet)}</dd></div><div><dt>${u.minPMet}</dt><dd>${this.pct(b.fresh.minPMet)}</dd></div></dl>
      <div class="row"><button class="primary" id="mc-adopt" @click=${() => this.dispatchEvent(new CustomEvent("cp-adopt-robust", { detail: b.scenario, bubbles: true, composed: true }))}>${u.adopt}</button>
        <span class="small muted">${u.adoptHint}</span></div>
      <button id="mc-show-robust" aria-expanded=${this.showRobust ? "true" : "false"} @click=${() => (this.showRobust = !this.showRobust)}>${this.showRobust ? u.hideRobust : u.useRobust}</button>
      ${this.showRobust ? (diff.length === 0 ? html`<p>${u.noDifference}</p>` : html`<div class="scroll"><table id="mc-robust-table"><thead><tr><th scope="col">${u.facility}</th><th scope="col">${u.resource}</th>
          <th class="num" scope="col">${u.addedBase}</th><th class="num" scope="col">${u.addedRobust}</th></tr></thead>
        <tbody>${diff.map((d) => html`<tr><td>${facilityName(this.scenario, d.facility, this.locale)}</td><td>${resourceName(this.scenario, d.resource, this.locale)}</td>
          <td class="num">${this.n(d.base)}</td><td class="num">${this.n(d.robust)}</td></tr>`)}</tbody></table></div>`) : nothing}
    </section>`;
  }

  override render() {
    if (!this.report || !this.messages) return nothing;
    const u = this.messages.uncertainty;
    const targets = reportTargets(this.scenario, this.report);
    return html`${this.summary()}
      <div class="row"><label for="mc-target">${u.target}</label>
        <select id="mc-target" @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}>
          ${targets.map((t) => html`<option value=${t} ?selected=${t === this.target}>${targetNameById(this.scenario, t, this.locale)}</option>`)}
        </select></div>
      ${this.target ? this.units(this.target) : nothing}
      ${this.resolve()}
      ${this.robust()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-uncertainty-report": CpUncertaintyReport;
  }
}
