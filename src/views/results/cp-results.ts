import { LitElement, css, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import { StoreController } from "../../app/store-controller.js";
import { formatMoney, formatNumber, formatPercent, messagesFor, pick, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import type { CheckedResult } from "../../solve/protocol.js";
import { hasAllocation, marginalState, verdictOf } from "../../solve/verdict.js";
import { defaultProposalName } from "../../state/proposals.js";
import { targetName } from "../names.js";
import { chartTargetOf, coverageData } from "./coverage-data.js";
import { unmetRows } from "./cp-explanation.js";
import { summarise } from "./summary.js";
import "../../charts/cp-coverage-chart.js";
import "../../charts/cp-zone-map.js";
import "./cp-allocation-table.js";
import "./cp-budget-use.js";
import "./cp-explanation.js";
import "./cp-solve-status.js";

/** The results of the current scenario: verdict, headline figures, coverage chart, explanation, budget use, allocation. */
@customElement("cp-results")
export class CpResults extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.solve, s.scenario, s.locale, s.view.chartTarget, s.proposals]);
  @state() private name = "";
  @state() private saveError = "";

  static override styles = [
    baseStyles,
    css`
      :host { display: block; min-width: 0; }
      section > * + * { margin-top: 0.9rem; }
      .verdict { border-radius: 6px; padding: 0.6rem 0.8rem; border: 2px solid var(--cp-line); }
      .verdict h3 { margin: 0 0 0.2rem; font-size: 1.05rem; }
      .verdict.plan { border-color: var(--cp-ok); background: var(--cp-ok-soft); }
      .verdict.plan h3 { color: var(--cp-ok); }
      .verdict.bad { border-color: var(--cp-bad); background: var(--cp-bad-soft); }
      .verdict.bad h3 { color: var(--cp-bad); }
      section { position: relative; }
      /* Quick solves never flicker: the dimming and the note only show after a moment, and the note takes no room. */
      .stale { opacity: 0.55; transition: opacity 0.2s 0.3s; }
      .stale-note { position: absolute; top: 0; right: 0; margin: 0; padding: 0.15rem 0.5rem; border-radius: 4px; background: var(--cp-panel);
        border: 1px solid var(--cp-line); font-size: 0.85rem; animation: appear 0.2s 0.3s both; }
      @keyframes appear { from { opacity: 0; } to { opacity: 1; } }
      @media (prefers-reduced-motion: reduce) { .stale { transition: none; } }
      .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.6rem; }
      .kpi { border: 1px solid var(--cp-line); border-radius: 6px; padding: 0.45rem 0.6rem; }
      .kpi dt { font-size: 0.8rem; color: var(--cp-muted); }
      .kpi dd { margin: 0.1rem 0 0; font-size: 1.1rem; font-weight: 600; font-variant-numeric: tabular-nums; }
      form.save { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
      form.save input { flex: 0 1 14rem; }
      .row { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
      .meta { font-size: 0.8rem; color: var(--cp-muted); }
    `,
  ];

  private save(e: Event, m: Messages): void {
    e.preventDefault();
    const store = this.sc.store!;
    const name = this.name.trim() || defaultProposalName(store.state.proposals, m.results.proposalPrefix);
    const error = store.saveProposal(name);
    this.saveError = error ? m.results.saveErrors[error] : "";
    if (!error) this.name = "";
  }

  override render() {
    if (!this.sc.store) return nothing;
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    const checked = s.solve.checked;
    const pending = s.solve.status === "pending";
    return html`<section aria-labelledby="results-h" aria-busy=${pending ? "true" : "false"} data-revision=${s.revision}>
      <h2 id="results-h">${m.results.title}</h2>
      <cp-solve-status .solve=${s.solve} .timeLimitMs=${s.timeLimitMs} .messages=${m} locale=${s.locale}></cp-solve-status>
      ${checked ? this.renderChecked(checked, checked.revision !== s.revision, m) : nothing}
    </section>`;
  }

  private renderChecked(c: CheckedResult, stale: boolean, m: Messages) {
    const s = this.sc.state;
    const v = verdictOf(c);
    const r = c.result;
    const zh = s.locale === "zh-CN";
    const message = r.message ? pick(r.message, s.locale) : "";
    return html`
      ${stale ? html`<p class="stale-note muted">${m.solve.outOfDate}</p>` : nothing}
      <div class="verdict ${v === "plan" ? "plan" : "bad"} ${stale ? "stale" : ""}" id="verdict">
        <h3>${m.solve.verdicts[v]}</h3>
        <p>${m.solve.verdictNotes[v]}${message && v !== "plan" && v !== "unmet" ? ` ${message}` : ""}</p>
        ${v === "unmet" ? html`<ul>${unmetRows(s.scenario, r, m, s.locale).map((u) => html`<li>${u}</li>`)}</ul>` : nothing}
        ${v === "violations" ? html`<p><strong>${m.results.violations}</strong></p>
          <ul>${c.violations.slice(0, 12).map((x) => html`<li><code>${x.ref}</code>: ${zh ? x.zh : x.en}</li>`)}</ul>` : nothing}
        <p class="meta">${m.solve.solvedBy(r.solver.name, r.solver.ms < 1 ? "< 1" : formatNumber(r.solver.ms, s.locale, 0))}</p>
      </div>
      ${hasAllocation(c) ? this.renderAllocation(c, stale, m) : nothing}
    `;
  }

  private renderAllocation(c: CheckedResult, stale: boolean, m: Messages) {
    const s = this.sc.state;
    const store = this.sc.store!;
    const r = c.result;
    const sum = summarise(r);
    const target = chartTargetOf(s.scenario, s.view.chartTarget);
    const locale = s.locale;
    const money = (b: typeof sum.capital) => (b ? `${formatMoney(b.used, locale)} / ${formatMoney(b.limit, locale)}` : m.results.summary.none);
    const canSave = !stale && c.final;
    return html`<div class=${stale ? "stale" : ""}>
      <dl class="kpis">
        <div class="kpi"><dt>${m.results.summary.capital}</dt><dd>${money(sum.capital)}</dd></div>
        <div class="kpi"><dt>${m.results.summary.recurring}</dt><dd>${money(sum.recurring)}</dd></div>
        <div class="kpi"><dt>${m.results.summary.worst}</dt><dd class=${sum.worstGap > 1e-6 ? "bad" : "good"}>${formatPercent(sum.worstGap, locale)}</dd></div>
        <div class="kpi"><dt>${m.results.summary.met}</dt><dd>${sum.unitsMet} / ${sum.units}</dd></div>
      </dl>
      <form class="save" @submit=${(e: Event) => this.save(e, m)}>
        <label for="proposal-name">${m.results.proposalName}</label>
        <input id="proposal-name" type="text" maxlength="60" .value=${this.name} placeholder=${defaultProposalName(s.proposals, m.results.proposalPrefix)}
          @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} />
        <button class="primary" type="submit" ?disabled=${!canSave}>${m.results.saveAs}</button>
        ${this.saveError ? html`<span class="bad" role="alert">${this.saveError}</span>` : nothing}
      </form>
      ${target ? html`
        <div class="row"><h3>${m.results.coverage}</h3>
          <label>${m.results.chartTarget}
            <select @change=${(e: Event) => store.setView({ chartTarget: (e.target as HTMLSelectElement).value })}>
              ${s.scenario.targets.map((t) => html`<option value=${t.id} ?selected=${t.id === target.id}>${targetName(s.scenario, t, locale)}</option>`)}
            </select></label></div>
        <cp-coverage-chart .data=${coverageData(s.scenario, r, target.id, locale)} per=${target.per} caption=${targetName(s.scenario, target, locale)}
          .messages=${m} locale=${locale}></cp-coverage-chart>
        <cp-zone-map .scenario=${s.scenario} .result=${r} target=${target.id} .messages=${m} locale=${locale}></cp-zone-map>` : nothing}
      <h3>${m.results.explanation}</h3>
      <cp-explanation .scenario=${s.scenario} .result=${r} ?final=${c.final} marginal=${marginalState(c, s.solve)} .messages=${m} locale=${locale}></cp-explanation>
      <h3>${m.results.budget}</h3>
      <cp-budget-use .lines=${r.budget} .messages=${m} locale=${locale}></cp-budget-use>
      <h3>${m.results.allocation}</h3>
      <cp-allocation-table .scenario=${s.scenario} .result=${r} .messages=${m} locale=${locale}></cp-allocation-table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-results": CpResults;
  }
}
