import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { Facility, Scenario } from "../../../models/index.js";
import { cpEvent, type NumberChange } from "../../events.js";
import { formatNumber, pick, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import { zoneName } from "../names.js";
import "../../components/cp-number-field.js";

/** Facilities with their existing resources and limits (minimum, maximum, no growth) per resource. */
@customElement("cp-facility-list")
export class CpFacilityList extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  /** Facilities whose details are open; closed ones render no fields (a large region has hundreds). */
  @state() private open = new Set<string>();

  static override styles = [baseStyles, css`
    :host { display: block; }
    details { border: 1px solid var(--cp-line); border-radius: 6px; margin: 0 0 0.4rem; }
    summary { padding: 0.4rem 0.6rem; cursor: pointer; display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: baseline; }
    summary .name { font-weight: 600; }
    details[open] summary { border-bottom: 1px solid var(--cp-line); }
    .body { padding: 0.3rem 0.6rem 0.6rem; }
    cp-number-field { --cp-field-width: 5.5rem; }
  `];

  private edit(f: Facility, resource: string, bound: "min" | "max", e: CustomEvent<NumberChange>): void {
    e.stopPropagation();
    this.dispatchEvent(cpEvent("cp-edit", { kind: "facilityLimit", facility: f.id, resource, bound, value: e.detail.value }));
  }

  private row(f: Facility, resourceId: string) {
    const m = this.messages;
    const ed = m.editor;
    const s = this.scenario;
    const r = s.resources.find((x) => x.id === resourceId)!;
    const rname = pick(r.name, this.locale);
    const fname = pick(f.name, this.locale);
    const noGrowth = f.limits?.noGrowth?.includes(r.id) ?? false;
    return html`<tr>
      <th scope="row">${rname}</th>
      <td class="num">${formatNumber(f.existing[r.id] ?? 0, this.locale, 1)}</td>
      <td><cp-number-field hide-label nullable label=${`${fname} · ${rname} · ${ed.min}`} placeholder=${ed.noLimit} .value=${f.limits?.min?.[r.id] ?? null}
        locale=${this.locale} invalidText=${ed.invalidNumber} @cp-number=${(e: CustomEvent<NumberChange>) => this.edit(f, r.id, "min", e)}></cp-number-field></td>
      <td><cp-number-field hide-label nullable label=${`${fname} · ${rname} · ${ed.max}`} placeholder=${ed.noLimit} .value=${f.limits?.max?.[r.id] ?? null}
        locale=${this.locale} invalidText=${ed.invalidNumber} @cp-number=${(e: CustomEvent<NumberChange>) => this.edit(f, r.id, "max", e)}></cp-number-field></td>
      <td><input type="checkbox" aria-label=${`${fname} · ${rname} · ${ed.noGrowth}`} .checked=${noGrowth}
        @change=${(e: Event) => this.dispatchEvent(cpEvent("cp-edit", { kind: "facilityNoGrowth", facility: f.id, resource: r.id, value: (e.target as HTMLInputElement).checked }))} /></td>
    </tr>`;
  }

  override render() {
    const m = this.messages;
    const ed = m.editor;
    const s = this.scenario;
    const toggle = (id: string, e: Event) => {
      const next = new Set(this.open);
      if ((e.target as HTMLDetailsElement).open) next.add(id);
      else next.delete(id);
      this.open = next;
    };
    return html`${repeat(s.facilities, (f) => f.id, (f) => html`<details ?open=${this.open.has(f.id)} @toggle=${(e: Event) => toggle(f.id, e)}>
      <summary><span class="name">${pick(f.name, this.locale)}</span><span class="small muted">${m.tiers[f.tier]} · ${zoneName(s, f.zone, this.locale)}</span></summary>
      ${this.open.has(f.id) ? html`<div class="body scroll"><table>
        <caption class="visually-hidden">${ed.limitsOf(pick(f.name, this.locale))}</caption>
        <thead><tr><th scope="col">${ed.resource}</th><th class="num" scope="col">${ed.existing}</th><th scope="col">${ed.min}</th><th scope="col">${ed.max}</th><th scope="col">${ed.noGrowth}</th></tr></thead>
        <tbody>${s.resources.map((r) => this.row(f, r.id))}</tbody>
      </table></div>` : ""}</details>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-facility-list": CpFacilityList;
  }
}
