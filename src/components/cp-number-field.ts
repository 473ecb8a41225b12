import { LitElement, css, html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { customElement, property, state } from "lit/decorators.js";
import { cpEvent } from "../events.js";
import { formatNumber, type Locale } from "../i18n/index.js";
import { readNumberText } from "../../models/io/number-text.js";
import { baseStyles } from "./styles.js";

let uid = 0;

/**
 * A labelled number input. Shows the value grouped for the locale; while focused, the raw figure.
 * Commits on Enter or leaving the field (`cp-number`, final). Text is read by `readNumberText`
 * (models/io/number-text.ts, the importers' parser): `12,345`, full-width digits, and `万`/`亿` converted
 * into the field's unit (`unitScale`: 4.6亿 in a 万元 field is 46,000), the conversion shown under the
 * field. Text that is not a number a person meant is marked invalid, with the field's name and why, and
 * not sent.
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
  /** The field's unit in plain units (10,000 for 万元), so that 万 and 亿 convert into it. */
  @property({ type: Number, attribute: "unit-scale" }) unitScale = 1;
  /** A unit word typed after the figure that the field understands (元, 人). */
  @property({ attribute: "unit-word" }) unitWord = "";
  @state() private editing: string | null = null;
  @state() private invalid = false;
  /** Why the text was refused (both languages), or the conversion of 万/亿 shown back. */
  @state() private problem: { zh: string; en: string } | null = null;
  @state() private converted: string | null = null;
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
      input[aria-invalid="true"] { border: 2px solid var(--cp-bad); background: #fff1f1; }
      .err { color: var(--cp-bad); font-size: 0.78rem; max-width: 16rem; }
      .note { color: var(--cp-muted); font-size: 0.78rem; }
    `,
  ];

  private shown(): string {
    if (this.editing !== null) return this.editing;
    if (this.value === null) return "";
    return this.plain ? String(this.value) : formatNumber(this.value, this.locale, this.digits);
  }

  private commit(input: HTMLInputElement): void {
    const text = input.value;
    // The raw figure the field itself showed on focus is the value, even where the parser would find it
    // ambiguous (a ratio of 2.125 is not "2,125").
    if (this.value !== null && text.trim() === String(this.value)) {
      this.invalid = false;
      this.problem = null;
      this.editing = null;
      delete input.dataset["dirty"];
      return;
    }
    const read = readNumberText(text, { unitScale: this.unitScale, magnitudes: !this.plain, ...(this.unitWord ? { unitWord: this.unitWord } : {}) });
    const empty = !read.ok && read.code === "empty";
    if (!read.ok && !(this.nullable && empty)) {
      this.invalid = true;
      this.problem = read.problem;
      this.converted = null;
      return;
    }
    const n = read.ok ? read.value : undefined;
    this.invalid = false;
    this.problem = null;
    this.converted = read.ok && read.converted ? `${text.trim()} = ${formatNumber(read.value, this.locale, this.digits)}${this.unit ? ` ${this.unit}` : ""}` : null;
    this.editing = null;
    delete input.dataset["dirty"];
    const value = n ?? null;
    if (value === this.value || value === this.sent) return;
    this.sent = value;
    this.dispatchEvent(cpEvent("cp-number", { value, final: true }));
  }

  /** The field's name, then why the text was refused: `资本预算（总额）：含有脚注或注释符号“①”…`. */
  private errorText(): string {
    const name = this.fullLabel || this.label;
    const why = this.problem ? (this.locale === "zh-CN" ? this.problem.zh : this.problem.en) : this.invalidText;
    if (!name) return why;
    return this.locale === "zh-CN" ? `${name}：${why}` : `${name}: ${why}`;
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
            this.converted = null;
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === "Enter") this.commit(e.target as HTMLInputElement);
            if (e.key === "Escape") {
              this.editing = null;
              this.invalid = false;
              this.problem = null;
              delete (e.target as HTMLInputElement).dataset["dirty"];
            }
          }}
          @blur=${(e: Event) => {
            this.commit(e.target as HTMLInputElement);
            if (!this.invalid) this.editing = null;
          }} />
        ${this.unit ? html`<span class="unit">${this.unit}</span>` : nothing}
      </span>
      ${this.invalid ? html`<span class="err" id=${`${this.fieldId}-err`} role="alert">${this.errorText()}</span>` : nothing}
      ${this.converted ? html`<span class="note" role="status">${this.converted}</span>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-number-field": CpNumberField;
  }
}
