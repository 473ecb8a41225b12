import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { Scenario } from "../../../models/index.js";
import { cpEvent, type NumberChange } from "../../events.js";
import { pick, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import "../../components/cp-number-field.js";

/** Unit costs of each resource: capital per unit added, running cost per unit and year. */
@customElement("cp-cost-table")
export class CpCostTable extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) original!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [baseStyles, css`
    :host { display: block; }
    cp-number-field { --cp-field-width: 6rem; }
    .note { font-size: 0.78rem; color: var(--cp-muted); max-width: 20rem; }
  `];

  private edit(resource: string, field: "capitalCost" | "runningCost", e: CustomEvent<NumberChange>): void {
    e.stopPropagation();
    if (e.detail.value !== null) this.dispatchEvent(cpEvent("cp-edit", { kind: "resourceCost", resource, field, value: e.detail.value }));
  }

  override render() {
    const m = this.messages;
    const ed = m.editor;
    return html`<div class="scroll"><table>
      <caption class="visually-hidden">${m.sections.costs}</caption>
      <thead><tr><th scope="col">${ed.resource}</th><th scope="col">${ed.capitalCost}</th><th scope="col">${ed.runningCost}</th><th scope="col">${ed.wholeUnits}</th></tr></thead>
      <tbody>${this.scenario.resources.map((r) => {
        const o = this.original.resources.find((x) => x.id === r.id);
        const name = pick(r.name, this.locale);
        return html`<tr>
          <th scope="row">${name} <span class="small muted">(${pick(r.unit, this.locale)})</span>
            ${r.costSource?.citation ? html`<div class="note">${r.costSource.citation}</div>` : ""}</th>
          <td><cp-number-field hide-label label=${`${name} · ${ed.capitalCost}`} .value=${r.capitalCost} ?changed=${o?.capitalCost !== r.capitalCost}
            unit=${ed.perUnit} unit-scale="10000" unit-word="元" locale=${this.locale} invalidText=${ed.invalidNumber} @cp-number=${(e: CustomEvent<NumberChange>) => this.edit(r.id, "capitalCost", e)}></cp-number-field></td>
          <td><cp-number-field hide-label label=${`${name} · ${ed.runningCost}`} .value=${r.runningCost} ?changed=${o?.runningCost !== r.runningCost}
            unit=${ed.perUnitYear} unit-scale="10000" unit-word="元" locale=${this.locale} invalidText=${ed.invalidNumber} @cp-number=${(e: CustomEvent<NumberChange>) => this.edit(r.id, "runningCost", e)}></cp-number-field></td>
          <td>${r.wholeUnits ? "✓" : "—"}</td></tr>`;
      })}</tbody></table></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-cost-table": CpCostTable;
  }
}
