import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { cpEvent } from "../events.js";
import type { Locale } from "../i18n/index.js";
import { sliderRange } from "./slider-range.js";
import { baseStyles } from "./styles.js";
import "./cp-number-field.js";

let uid = 0;

/**
 * A slider with a number field for one figure (a budget, a ratio). Dragging sends `cp-number` with
 * `final: false` on every step (the scenario re-solves live); releasing, and the number field, send
 * `final: true`. The reference figure (the plan's or the original) is marked on the track.
 */
@customElement("cp-slider-field")
export class CpSliderField extends LitElement {
  @property() label = "";
  @property({ attribute: false }) value = 0;
  @property({ attribute: false }) reference = 0;
  @property() referenceLabel = "";
  @property() display = "";
  @property() unit = "";
  /** Passed to the number field: the unit in plain units (10,000 for 万元) and the unit word (元). */
  @property({ type: Number, attribute: "unit-scale" }) unitScale = 1;
  @property({ attribute: "unit-word" }) unitWord = "";
  @property() invalidText = "";
  @property() locale: Locale = "zh-CN";
  private readonly fieldId = `sl${++uid}`;

  static override styles = [
    baseStyles,
    css`
      :host { display: grid; grid-template-columns: 1fr auto; gap: 0.1rem 0.75rem; align-items: center; padding: 0.35rem 0; }
      label { font-size: 0.9rem; font-weight: 600; }
      .shown { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
      input[type="range"] { width: 100%; accent-color: var(--cp-accent); margin: 0; }
      .ref { font-size: 0.78rem; color: var(--cp-muted); grid-column: 1; }
      cp-number-field { grid-row: 2 / span 2; grid-column: 2; --cp-field-width: 7rem; }
    `,
  ];

  private send(e: Event, final: boolean): void {
    const value = Number((e.target as HTMLInputElement).value);
    if (Number.isFinite(value)) this.dispatchEvent(cpEvent("cp-number", { value, final }));
  }

  override render() {
    const r = sliderRange(this.reference, this.value);
    return html`
      <label for=${this.fieldId}>${this.label}</label>
      <span class="shown" aria-hidden="true">${this.display}</span>
      <input id=${this.fieldId} type="range" min=${r.min} max=${r.max} step=${r.step} .value=${String(this.value)}
        list=${`${this.fieldId}-ref`} aria-valuetext=${this.display || nothing}
        @input=${(e: Event) => this.send(e, false)} @change=${(e: Event) => this.send(e, true)} />
      <datalist id=${`${this.fieldId}-ref`}><option value=${this.reference}></option></datalist>
      <cp-number-field hide-label label=${this.label} .value=${this.value} unit=${this.unit} .unitScale=${this.unitScale} unit-word=${this.unitWord} invalidText=${this.invalidText}
        locale=${this.locale} ?changed=${Math.abs(this.value - this.reference) > 1e-12}></cp-number-field>
      ${this.referenceLabel ? html`<span class="ref">${this.referenceLabel}</span>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-slider-field": CpSliderField;
  }
}
