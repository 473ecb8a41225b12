import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import type { Scenario } from "../../../models/index.js";
import { cpEvent, type NumberChange } from "../../events.js";
import { pick, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import "../../components/cp-number-field.js";

/** The region's names, base and plan years, and the scenario's notes (its assumptions). */
@customElement("cp-region-panel")
export class CpRegionPanel extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [baseStyles, css`
    :host { display: block; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.6rem 1rem; margin-bottom: 1rem; }
    label { display: flex; flex-direction: column; gap: 0.15rem; font-size: 0.85rem; }
    dl { margin: 0; } dt { font-weight: 600; margin-top: 0.5rem; } dd { margin: 0.1rem 0 0; font-size: 0.9rem; }
  `];

  private name(lang: "zh" | "en", e: Event): void {
    const input = e.target as HTMLInputElement;
    delete input.dataset["dirty"];
    this.dispatchEvent(cpEvent("cp-edit", { kind: "regionName", lang, value: input.value.trim() }));
  }

  private year(field: "baseYear" | "planYear", e: CustomEvent<NumberChange>): void {
    e.stopPropagation();
    if (e.detail.value !== null) this.dispatchEvent(cpEvent("cp-edit", { kind: "regionYear", field, value: e.detail.value }));
  }

  override render() {
    const ed = this.messages.editor;
    const r = this.scenario.region;
    const dirty = (e: Event) => ((e.target as HTMLInputElement).dataset["dirty"] = "true");
    return html`
      <div class="grid">
        <label>${ed.regionNameZh}<input type="text" lang="zh-CN" .value=${live(r.name.zh)} @input=${dirty} @change=${(e: Event) => this.name("zh", e)} /></label>
        <label>${ed.regionNameEn}<input type="text" lang="en" .value=${live(r.name.en)} @input=${dirty} @change=${(e: Event) => this.name("en", e)} /></label>
        <cp-number-field label=${ed.baseYear} .value=${r.baseYear} plain locale=${this.locale} invalidText=${ed.invalidNumber} @cp-number=${(e: CustomEvent<NumberChange>) => this.year("baseYear", e)}></cp-number-field>
        <cp-number-field label=${ed.planYear} .value=${r.planYear} plain locale=${this.locale} invalidText=${ed.invalidNumber} @cp-number=${(e: CustomEvent<NumberChange>) => this.year("planYear", e)}></cp-number-field>
      </div>
      ${r.plan ? html`<p><strong>${this.messages.plan}:</strong> ${pick(r.plan, this.locale)}</p>` : nothing}
      <h3>${ed.notes}</h3>
      ${this.scenario.notes.length === 0 ? html`<p class="muted">${this.messages.report.noNotes}</p>` : html`<dl>
        ${this.scenario.notes.map((n) => html`<dt>${pick(n.title, this.locale)}</dt><dd>${pick(n.body, this.locale)}</dd>`)}</dl>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-region-panel": CpRegionPanel;
  }
}
