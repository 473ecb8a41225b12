import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { AllocationResult, Scenario } from "../../../models/index.js";
import { formatNumber, formatPercent, formatUnits, pick, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import { facilityName, isWhole, resourceUnit, targetNameById, unitName } from "../names.js";
import { subCentreReasons } from "../plan-table/sub-centre-data.js";
import type { MarginalState } from "../../solve/verdict.js";

const SHOWN = 8;

/** Binding targets that cannot be met, named and sized (shown wherever a result is `unmet`). */
export function unmetRows(s: Scenario, r: AllocationResult, m: Messages, locale: Locale): string[] {
  return r.explanation.unmet.map((u) => {
    const t = s.targets.find((x) => x.id === u.target);
    const res = t?.resource ?? "";
    const qty = (n: number) => `${formatUnits(n, locale, isWhole(s, res))} ${resourceUnit(s, res, locale)}`.trim();
    return m.results.unmetRow(targetNameById(s, u.target, locale), unitName(s, u.unit, t?.scope ?? "zone", locale), qty(u.gap), qty(u.need));
  });
}

/** Why the allocation is what it is: what binds, what one more 万元 buys, what stays short. */
@customElement("cp-explanation")
export class CpExplanation extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) result!: AllocationResult;
  @property({ type: Boolean }) final = true;
  /** Whether the budget's marginal value is known, coming, or was cut off; unset: from `final` (known or pending). */
  @property() marginal: MarginalState | null = null;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul { margin: 0.2rem 0 0.6rem; padding-left: 1.2rem; }
      li { margin: 0.1rem 0; }
      .value { background: var(--cp-accent-soft); border-left: 4px solid var(--cp-accent); padding: 0.4rem 0.6rem; margin: 0.4rem 0; }
      .unmet { border-left: 4px solid var(--cp-bad); background: var(--cp-bad-soft); padding: 0.4rem 0.6rem; margin: 0.4rem 0; }
      h3 { font-size: 0.95rem; margin: 0.6rem 0 0.2rem; }
    `,
  ];

  private capitalSentence(): string {
    const m = this.messages.results;
    const state = this.marginal ?? (this.final ? "known" : "pending");
    if (state === "pending") return m.capitalValuePending;
    if (state === "timeout") return m.capitalValueTimeout;
    if (state === "stopped") return m.capitalValueStopped;
    const v = this.result.explanation.capitalValue;
    if (v === null || v <= 0) return m.capitalValueNone;
    return m.capitalValue(formatNumber(v * 100, this.locale, v * 100 >= 0.1 ? 3 : 5));
  }

  /** The chosen sub-centres with why each was chosen, then the candidates not chosen and why not. */
  private renderSubCentres() {
    const s = this.scenario;
    const r = this.result;
    const why = subCentreReasons(s, r);
    const sep = this.locale === "zh-CN" ? "：" : ": ";
    if (!why) return html`<h3>${this.messages.results.subCentres}</h3><ul>${r.subCentres.map((f) => html`<li>${facilityName(s, f, this.locale)}</li>`)}</ul>`;
    const row = (x: (typeof why.rows)[number]) => html`<li data-facility=${x.facility}>${pick(x.name, this.locale)}<span class="muted">${sep}${pick(x.reason, this.locale)}</span></li>`;
    const notChosen = why.rows.filter((x) => !x.chosen);
    return html`<h3>${this.messages.results.subCentres}</h3>
      <ul id="sub-centres">${why.rows.filter((x) => x.chosen).map(row)}</ul>
      ${notChosen.length > 0 ? html`<h3>${this.messages.planTable.notChosenTitle}</h3><ul id="sub-centres-not-chosen">${notChosen.map(row)}</ul>` : nothing}`;
  }

  override render() {
    const m = this.messages.results;
    const r = this.result;
    const s = this.scenario;
    const labels = [...new Set(r.explanation.binding.map((b) => pick(b.label, this.locale)))];
    const gaps = r.coverage
      .filter((c) => c.nature === "expected" && c.need > 0 && c.shortfall / c.need > 1e-4)
      .sort((a, b) => b.shortfall / b.need - a.shortfall / a.need);
    const unmet = unmetRows(s, r, this.messages, this.locale);
    return html`
      ${unmet.length > 0 ? html`<div class="unmet"><h3 class="bad">${m.unmetTitle}</h3><ul>${unmet.map((u) => html`<li>${u}</li>`)}</ul></div>` : nothing}
      <p class="value" id="capital-value" data-marginal=${this.marginal ?? (this.final ? "known" : "pending")}>${this.capitalSentence()}</p>
      <h3>${m.bindingConstraints}</h3>
      ${labels.length === 0 ? html`<p>${m.noBinding}</p>` : html`<ul>${labels.slice(0, SHOWN).map((l) => html`<li>${l}</li>`)}
        ${labels.length > SHOWN ? html`<li class="muted">${this.messages.issues.more(labels.length - SHOWN)}</li>` : nothing}</ul>`}
      <h3>${m.gaps}</h3>
      ${gaps.length === 0 ? html`<p class="good">${m.noGaps}</p>` : html`<ul>${gaps.slice(0, SHOWN).map((c) => html`<li>
        ${m.gapRow(`${unitName(s, c.unit, c.scope, this.locale)} · ${targetNameById(s, c.target, this.locale)}`, formatPercent(c.shortfall / c.need, this.locale))}</li>`)}
        ${gaps.length > SHOWN ? html`<li class="muted">${this.messages.issues.more(gaps.length - SHOWN)}</li>` : nothing}</ul>`}
      ${r.subCentres.length > 0 ? this.renderSubCentres() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-explanation": CpExplanation;
  }
}
