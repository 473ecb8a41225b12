import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { Scenario } from "../../../models/index.js";
import { StoreController } from "../../app/store-controller.js";
import { formatMoney, formatNumber, formatPer, formatPercent, messagesFor, pick, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import { hasAllocation, marginalState, verdictOf } from "../../solve/verdict.js";
import { comparedProposals, comparisonOf } from "../compare/cp-compare.js";
import { targetFigure, targetName } from "../names.js";
import { chartTargetOf, coverageData } from "../results/coverage-data.js";
import { summarise } from "../results/summary.js";
import "../compare/cp-comparison.js";
import "../results/cp-allocation-table.js";
import "../results/cp-budget-use.js";
import "../results/cp-explanation.js";
import "../../charts/cp-coverage-chart.js";

/** Drawing width of charts on an A4 page (portrait, 12 mm margins). */
const A4_WIDTH = 680;

/** The printable A4 report of the current proposal or of the comparison, with charts, assumptions and sources. */
@customElement("cp-report")
export class CpReport extends LitElement {
  @property() mode: "proposal" | "comparison" = "proposal";
  private readonly sc = new StoreController(this, (s) => [s.solve.checked, s.scenario, s.locale, s.compare, s.proposals, s.view.chartTarget]);

  static override styles = [baseStyles, css`
    :host { display: block; color: #000; font-size: 10pt; }
    h1 { font-size: 16pt; margin: 0 0 2mm; }
    h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1px solid #000; padding-bottom: 1mm; break-after: avoid; }
    .meta { font-size: 9pt; color: #333; }
    section { break-inside: avoid-page; }
    table { font-size: 8.5pt; }
    th, td { padding: 2px 4px; }
    thead th { position: static; background: #eee; }
    .src { font-size: 8pt; color: #333; }
    dl dt { font-weight: 600; margin-top: 2mm; } dl dd { margin: 0; }
  `];

  private sources(s: Scenario, m: Messages, locale: Locale) {
    return html`<table><thead><tr><th>${m.indicator}</th><th class="num">${m.target}</th><th>${m.nature}</th><th>${m.source}</th></tr></thead>
      <tbody>${s.targets.map((t) => html`<tr><td>${targetName(s, t, locale)}<br /><span class="src">${m.editor.scope[t.scope]} · ${t.year} · ${m.editor.perPeople(formatPer(t.per, locale))}</span></td>
        <td class="num">${targetFigure(t, locale)}</td><td>${t.nature === "binding" ? m.binding : m.expected}</td>
        <td class="src">${t.source?.citation ?? m.none}${t.source?.phrase ? html`「${t.source.phrase}」` : nothing}</td></tr>`)}</tbody></table>
      <p class="src">${m.report.budgets}: ${m.results.capital} ${formatMoney(s.budgets.capital.total ?? Object.values(s.budgets.capital.byYear ?? {}).reduce((a, b) => a + b, 0), locale)}
        ${s.budgets.recurring ? html` · ${m.results.recurring} ${formatMoney(s.budgets.recurring.total ?? 0, locale)}` : nothing}
        ${s.budgets.capital.source?.citation ? html` · ${s.budgets.capital.source.citation}` : nothing}</p>`;
  }

  private notes(s: Scenario, m: Messages, locale: Locale) {
    return s.notes.length === 0 ? html`<p>${m.report.noNotes}</p>` : html`<dl>${s.notes.map((n) => html`<dt>${pick(n.title, locale)}</dt><dd>${pick(n.body, locale)}</dd>`)}</dl>`;
  }

  private proposal(m: Messages) {
    const s = this.sc.state;
    const locale = s.locale;
    const c = s.solve.checked;
    const scenario = s.scenario;
    const target = chartTargetOf(scenario, s.view.chartTarget);
    const v = c ? verdictOf(c) : null;
    const sum = c ? summarise(c.result) : null;
    return html`
      <h1>${m.report.title} · ${pick(scenario.region.name, locale)} ${scenario.region.planYear}</h1>
      <p class="meta">${scenario.region.plan ? pick(scenario.region.plan, locale) : ""} · ${m.report.printed(new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date()))}</p>
      ${c && v ? html`<section><h2>${m.solve.verdicts[v]}</h2><p>${m.solve.verdictNotes[v]}</p>
        ${sum ? html`<p>${m.results.summary.capital}: ${sum.capital ? `${formatMoney(sum.capital.used, locale)} / ${formatMoney(sum.capital.limit, locale)}` : "—"} ·
          ${m.results.summary.worst}: ${formatPercent(sum.worstGap, locale)} · ${m.results.summary.met}: ${formatNumber(sum.unitsMet, locale, 0)} / ${sum.units}</p>` : nothing}</section>` : nothing}
      ${c && hasAllocation(c) ? html`
        ${target ? html`<section><h2>${m.results.coverage} · ${targetName(scenario, target, locale)}</h2>
          <cp-coverage-chart .data=${coverageData(scenario, c.result, target.id, locale)} per=${target.per} caption=${targetName(scenario, target, locale)}
            .messages=${m} locale=${locale} fixedWidth=${A4_WIDTH}></cp-coverage-chart></section>` : nothing}
        <section><h2>${m.results.explanation}</h2><cp-explanation .scenario=${scenario} .result=${c.result} ?final=${c.final} marginal=${marginalState(c, s.solve)} .messages=${m} locale=${locale}></cp-explanation></section>
        <section><h2>${m.results.budget}</h2><cp-budget-use .lines=${c.result.budget} .messages=${m} locale=${locale}></cp-budget-use></section>
        <h2>${m.results.allocation}</h2><cp-allocation-table compact .scenario=${scenario} .result=${c.result} .messages=${m} locale=${locale}></cp-allocation-table>` : nothing}
      <h2>${m.report.assumptions}</h2>${this.notes(scenario, m, locale)}
      <h2>${m.report.sources}</h2>${this.sources(scenario, m, locale)}
    `;
  }

  private comparison(m: Messages) {
    const s = this.sc.state;
    const c = comparisonOf(s, m);
    const ref = comparedProposals(s)[0]?.scenario;
    return html`
      <h1>${m.report.comparisonTitle}${ref ? ` · ${pick(ref.region.name, s.locale)}` : ""}</h1>
      <p class="meta">${m.report.printed(new Intl.DateTimeFormat(s.locale, { dateStyle: "long" }).format(new Date()))}</p>
      ${c ? html`<cp-comparison .comparison=${c} .messages=${m} locale=${s.locale} chartWidth=${A4_WIDTH}></cp-comparison>` : html`<p>${m.compare.pick}</p>`}
      ${ref ? html`<h2>${m.report.assumptions}</h2>${this.notes(ref, m, s.locale)}<h2>${m.report.sources}</h2>${this.sources(ref, m, s.locale)}` : nothing}
    `;
  }

  override render() {
    if (!this.sc.store) return nothing;
    const m = messagesFor(this.sc.state.locale);
    return this.mode === "comparison" ? this.comparison(m) : this.proposal(m);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-report": CpReport;
  }
}
