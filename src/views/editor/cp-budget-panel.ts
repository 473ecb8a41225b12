import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { Scenario, Target } from "../../../models/index.js";
import { cpEvent, type NumberChange } from "../../events.js";
import { formatMoney, formatNumber, formatPer, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import type { Edit } from "../../state/edits.js";
import { targetName } from "../names.js";
import "../../components/cp-slider-field.js";

/** How many targets get a slider on the budgets page. */
const MAIN_RATIOS = 8;

/** Budgets and the main ratios as sliders: the quickest "what if" controls. */
@customElement("cp-budget-panel")
export class CpBudgetPanel extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) original!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [baseStyles, css`
    :host { display: block; }
    fieldset { border: 1px solid var(--cp-line); border-radius: 6px; padding: 0.3rem 0.75rem 0.6rem; margin: 0 0 0.9rem; }
    legend { font-weight: 600; padding: 0 0.3rem; }
    .note { font-size: 0.8rem; color: var(--cp-muted); }
    .row { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; margin-top: 0.3rem; }
  `];

  private edit(e: Edit): void {
    this.dispatchEvent(cpEvent("cp-edit", e));
  }

  private onNumber(e: CustomEvent<NumberChange>, make: (v: number) => Edit): void {
    e.stopPropagation();
    if (e.detail.value !== null) this.edit(make(e.detail.value));
  }

  private money(v: number): string {
    return formatMoney(v, this.locale);
  }

  private ratioReference(t: Target, o: Target | undefined): string {
    const ed = this.messages.editor;
    const ref = o?.ratio ?? t.ratio;
    const src = t.source;
    if (src?.kind === "plan") return `${ed.planValue} ${formatNumber(ref, this.locale, 3)}${src.line ? ` · ${this.messages.lineNo(src.line)}` : ""}`;
    return `${ed.original} ${formatNumber(ref, this.locale, 3)}`;
  }

  override render() {
    const m = this.messages;
    const ed = m.editor;
    const s = this.scenario;
    const o = this.original;
    const c = s.budgets.capital;
    const rec = s.budgets.recurring;
    const slider = (label: string, value: number, reference: number, make: (v: number) => Edit) => html`
      <cp-slider-field label=${label} .value=${value} .reference=${reference} display=${this.money(value)} unit=${this.locale === "zh-CN" ? "万元" : "CNY 10k"} unit-scale="10000" unit-word="元"
        referenceLabel=${`${ed.original} ${this.money(reference)}`} invalidText=${ed.invalidNumber} locale=${this.locale}
        @cp-number=${(e: CustomEvent<NumberChange>) => this.onNumber(e, make)}></cp-slider-field>`;
    return html`
      <fieldset><legend>${m.results.capital}</legend>
        ${c.total !== undefined ? slider(ed.capitalTotal, c.total, o.budgets.capital.total ?? c.total, (value) => ({ kind: "capitalTotal", value })) : nothing}
        ${Object.entries(c.byYear ?? {}).map(([year, v]) => slider(ed.capitalYear(year), v, o.budgets.capital.byYear?.[year] ?? v, (value) => ({ kind: "capitalYear", year, value })))}
        ${c.byYear ? html`<p class="note">${ed.capitalByYearNote}</p>` : nothing}
        ${c.source?.note || c.source?.noteZh ? html`<p class="note" id="capital-source-note">${this.locale === "zh-CN" ? c.source.noteZh ?? c.source.note : c.source.note ?? c.source.noteZh}</p>` : nothing}
      </fieldset>
      <fieldset><legend>${m.results.recurring}</legend>
        ${rec
          ? html`${slider(ed.recurring, rec.total ?? 0, o.budgets.recurring?.total ?? rec.total ?? 0, (value) => ({ kind: "recurring", value }))}
              <div class="row"><span class="note">${ed.recurringBasis[rec.basis]}</span>
              <button @click=${() => this.edit({ kind: "recurring", value: null })}>${ed.removeRecurring}</button></div>`
          : html`<div class="row"><span>${ed.noRecurring}</span>
              <button @click=${() => this.edit({ kind: "recurring", value: Math.round((c.total ?? Object.values(c.byYear ?? {}).reduce((a, b) => a + b, 0)) / 10) })}>${ed.addRecurring}</button></div>`}
      </fieldset>
      ${s.targets.length === 0 ? nothing : html`<fieldset><legend>${ed.mainRatios}</legend>
        ${s.targets.slice(0, MAIN_RATIOS).map((t) => {
          const ot = o.targets.find((x) => x.id === t.id);
          return html`<cp-slider-field label=${targetName(s, t, this.locale)} .value=${t.ratio} .reference=${ot?.ratio ?? t.ratio}
            display=${`${formatNumber(t.ratio, this.locale, 3)} · ${ed.perPeople(formatPer(t.per, this.locale))}`} referenceLabel=${this.ratioReference(t, ot)}
            invalidText=${ed.invalidNumber} locale=${this.locale}
            @cp-number=${(e: CustomEvent<NumberChange>) => this.onNumber(e, (value) => ({ kind: "targetRatio", target: t.id, value }))}></cp-slider-field>`;
        })}</fieldset>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-budget-panel": CpBudgetPanel;
  }
}
