import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { Scenario, SolverChoice } from "../../../models/index.js";
import type { BudgetCurve } from "../../../models/teach/types.js";
import { baseStyles } from "../../components/styles.js";
import { formatNumber, pick, type Locale, type Messages } from "../../i18n/index.js";
import type { PricesAnswer } from "../../teach/protocol.js";
import type { TeachClient } from "../../teach/teach-client.js";
import { teachStyles } from "./teach-styles.js";
import "../../charts/cp-budget-curve.js";

type Loaded<T> = { readonly state: "working" } | { readonly state: "done"; readonly value: T } | { readonly state: "failed"; readonly message: { zh: string; en: string } };

/** Shadow prices of the binding constraints with their ranges, and the capital budget curve. */
@customElement("cp-teach-sensitivity")
export class CpTeachSensitivity extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) client!: TeachClient;
  @property() solver: SolverChoice = "auto";
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private prices: Loaded<PricesAnswer> = { state: "working" };
  @state() private curve: Loaded<BudgetCurve | null> = { state: "working" };
  #asked = 0;

  static override styles = [baseStyles, teachStyles, css`
    #prices { overflow-x: auto; }
    cp-budget-curve { margin-top: 0.4rem; }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("scenario") || changed.has("solver")) this.load();
  }

  private load(): void {
    const asked = ++this.#asked;
    this.prices = { state: "working" };
    this.curve = { state: "working" };
    const ask = { scenario: this.scenario, solver: this.solver };
    void this.client.ask({ type: "prices", ...ask }).then((r) => {
      if (asked !== this.#asked) return;
      if (r.type === "prices") this.prices = { state: "done", value: r.answer };
      else if (r.type === "failed") this.prices = { state: "failed", message: r.message };
    });
    void this.client.ask({ type: "curve", ...ask }).then((r) => {
      if (asked !== this.#asked) return;
      if (r.type === "curve") this.curve = { state: "done", value: r.curve };
      else if (r.type === "failed") this.curve = { state: "failed", message: r.message };
    });
  }

  private n(v: number, digits = 4): string {
    if (!Number.isFinite(v)) return v > 0 ? "+∞" : "−∞";
    return formatNumber(v, this.locale, digits);
  }

  private pricesTable() {
    const t = this.messages.teach;
    const m = t.sensitivity;
    const p = this.prices;
    if (p.state === "working") return html`<p role="status">${t.working}</p>`;
    if (p.state === "failed") return html`<p role="alert" class="bad">${pick(p.message, this.locale)}</p>`;
    if (p.value.unpriced) return html`<p id="prices-unpriced" role="note">${pick(p.value.unpriced, this.locale)}</p>`;
    if (p.value.prices.length === 0) return html`<p id="prices-none">${m.none}</p>`;
    return html`<p class="muted small">${m.stageOf(p.value.stage)}</p>
      ${p.value.relaxed ? html`<p id="prices-relaxed" class="note">${m.relaxed}</p>` : nothing}
      <table id="prices">
        <thead><tr><th scope="col">${m.constraint}</th><th scope="col" class="num">${m.bound}</th><th scope="col" class="num">${m.price}</th><th scope="col">${m.range}</th><th scope="col">${m.method}</th></tr></thead>
        <tbody>${p.value.prices.map((x) => html`<tr data-row=${x.name}>
          <th scope="row">${pick(x.label, this.locale)}<br /><code class="small">${x.name}</code></th>
          <td class="num">${this.n(x.rhs)}</td>
          <td class="num">${this.n(x.price, 6)}</td>
          <td>[${this.n(x.from)}, ${this.n(x.to)}]</td>
          <td>${m.methods[x.method]}</td>
        </tr>`)}</tbody>
      </table>`;
  }

  private curveView() {
    const t = this.messages.teach;
    const m = t.sensitivity;
    const c = this.curve;
    if (c.state === "working") return html`<p role="status">${m.compute}</p>`;
    if (c.state === "failed") return html`<p role="alert" class="bad">${pick(c.message, this.locale)}</p>`;
    if (!c.value) return html`<p>${m.noBudget}</p>`;
    return html`<p class="muted small">${m.solves(formatNumber(c.value.solves, this.locale, 0))}${c.value.capped ? html` · ${m.capped}` : nothing}</p>
      <cp-budget-curve .curve=${c.value} .messages=${this.messages} locale=${this.locale}></cp-budget-curve>`;
  }

  override render() {
    const m = this.messages.teach.sensitivity;
    return html`
      <h3>${m.prices}</h3>
      <p class="note">${m.pricesNote}</p>
      ${this.pricesTable()}
      <h3>${m.curve}</h3>
      <p class="note">${m.curveNote}</p>
      ${this.curveView()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-teach-sensitivity": CpTeachSensitivity;
  }
}
