import { LitElement, css, html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { customElement, property, state } from "lit/decorators.js";
import { cpEvent } from "../events.js";
import { formatNumber, type Locale } from "../i18n/index.js";
import { parseNumberText } from "./number-text.js";
import { baseStyles } from "./styles.js";

let uid = 0;

/**
 * A labelled number input. Shows the value grouped for the locale; while focused, the raw figure.
 * Commits on Enter or leaving the field (`cp-number`, final) — `1.2万` and `12,345` are understood.
 * Text that is not a number is marked invalid and not sent.
 */
@customElement("cp-number-field")
export class CpNumberField extends LitElement {
  @property() label = "";
  /** Accessible name when the visible label needs context (a table row's name); defaults to `label`. */
  @property() fullLabel = "";
  @property({ type: Boolean, attribute: "hide-label" }) hideLabel = false;
  @property({ attribute: false }) value: number | null = null;
  @property({ type: Boolean }) nullable = false;
  @property() unit = "";
  @property() placeholder = "";
  @property() invalidText = "";
  @property() locale: Locale = "zh-CN";
  @property({ type: Number }) digits = 4;
  @property({ type: Boolean }) changed = false;
  /** Show the figure without grouping (years). */
  @property({ type: Boolean }) plain = false;
  @state() private editing: string | null = null;
  @state() private invalid = false;
  private readonly fieldId = `nf${++uid}`;
  /** The last value sent, so Enter then blur does not send it twice before the new value arrives. */
  private sent: number | null | undefined;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("value")) this.sent = undefined;
  }

  static override styles = [
    baseStyles,
    css`
      :host { display: inline-flex; flex-direction: column; gap: 0.15rem; min-width: 0; }
      .wrap { display: inline-flex; align-items: center; gap: 0.3rem; }
      input { width: var(--cp-field-width, 7.5rem); text-align: right; font-variant-numeric: tabular-nums; }
      input.changed { background: var(--cp-changed); }
      label { font-size: 0.85rem; }
      .unit { font-size: 0.82rem; color: var(--cp-muted); white-space: nowrap; }
      .err { color: var(--cp-bad); font-size: 0.78rem; }
    `,
  ];

  private shown(): string {
    if (this.editing !== null) return this.editing;
    if (this.value === null) return "";
    return this.plain ? String(this.value) : formatNumber(this.value, this.locale, this.digits);
  }

  private commit(input: HTMLInputElement): void {
    const text = input.value;
    const n = parseNumberText(text);
    if (n === undefined && !(this.nullable && text.trim() === "")) {
      this.invalid = true;
      return;
    }
    this.invalid = false;
    this.editing = null;
    delete input.dataset["dirty"];
    const value = n ?? null;
    if (value === this.value || value === this.sent) return;
    this.sent = value;
    this.dispatchEvent(cpEvent("cp-number", { value, final: true }));
  }

  override render() {
    return html`
      ${this.hideLabel ? nothing : html`<label for=${this.fieldId}>${this.label}</label>`}
      <span class="wrap">
        <input id=${this.fieldId} type="text" inputmode="decimal" autocomplete="off" class=${this.changed ? "changed" : ""}
          aria-label=${this.fullLabel || (this.hideLabel ? this.label : nothing)} aria-invalid=${this.invalid ? "true" : "false"}
          aria-describedby=${this.invalid ? `${this.fieldId}-err` : nothing} placeholder=${this.placeholder || nothing}
          .value=${live(this.shown())}
          @focus=${(e: Event) => {
            // Set the raw figure now, not at the next render, so that the selection made here survives.
            const input = e.target as HTMLInputElement;
            this.editing = input.value = this.value === null ? "" : String(this.value);
            input.select();
          }}
          @input=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            this.editing = input.value;
            input.dataset["dirty"] = "true";
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === "Enter") this.commit(e.target as HTMLInputElement);
            if (e.key === "Escape") {
              this.editing = null;
              this.invalid = false;
              delete (e.target as HTMLInputElement).dataset["dirty"];
            }
          }}
          @blur=${(e: Event) => {
            this.commit(e.target as HTMLInputElement);
            if (!this.invalid) this.editing = null;
          }} />
        ${this.unit ? html`<span class="unit">${this.unit}</span>` : nothing}
      </span>
      ${this.invalid ? html`<span class="err" id=${`${this.fieldId}-err`} role="alert">${this.invalidText}</span>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-number-field": CpNumberField;
  }
}
