import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { Goal, Objective } from "../../../models/index.js";
import { cpEvent, type NumberChange } from "../../events.js";
import type { Locale, Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import "../../components/cp-number-field.js";

const GOALS: readonly Goal[] = ["binding", "equity", "expected", "cost"];

/** Which goal leads: the order of goals (lexicographic) or their weights. */
@customElement("cp-objective-panel")
export class CpObjectivePanel extends LitElement {
  @property({ attribute: false }) objective!: Objective;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [baseStyles, css`
    :host { display: block; }
    fieldset { border: 1px solid var(--cp-line); border-radius: 6px; padding: 0.4rem 0.75rem 0.6rem; margin: 0 0 0.8rem; }
    legend { font-weight: 600; padding: 0 0.3rem; }
    ol { margin: 0.3rem 0; padding-left: 1.5rem; }
    li { display: flex; align-items: center; gap: 0.5rem; padding: 0.2rem 0; }
    li .goal { flex: 1; }
    label.radio { display: block; padding: 0.15rem 0; }
  `];

  private move(i: number, by: -1 | 1): void {
    const order = [...this.objective.order];
    const j = i + by;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j]!, order[i]!];
    this.dispatchEvent(cpEvent("cp-edit", { kind: "objectiveOrder", value: order }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`#goal-${order[j]}-${by < 0 ? "up" : "down"}`)?.focus());
  }

  override render() {
    const m = this.messages;
    const ed = m.editor;
    const o = this.objective;
    return html`
      <fieldset><legend>${ed.mode}</legend>
        ${(["lexicographic", "weighted"] as const).map((mode) => html`<label class="radio"><input type="radio" name="mode" .checked=${o.mode === mode}
          @change=${() => this.dispatchEvent(cpEvent("cp-edit", { kind: "objectiveMode", value: mode }))} /> ${ed.modes[mode]}</label>`)}
      </fieldset>
      ${o.mode === "lexicographic" ? html`<fieldset><legend>${ed.order}</legend>
        <p class="small muted">${ed.orderNote}</p>
        <ol>${o.order.map((g, i) => html`<li><span class="goal"><strong>${m.goals[g].name}</strong> <span class="small muted">${m.goals[g].note}</span></span>
          <button class="icon" id=${`goal-${g}-up`} aria-label=${ed.moveUp(m.goals[g].name)} ?disabled=${i === 0} @click=${() => this.move(i, -1)}>↑</button>
          <button class="icon" id=${`goal-${g}-down`} aria-label=${ed.moveDown(m.goals[g].name)} ?disabled=${i === o.order.length - 1} @click=${() => this.move(i, 1)}>↓</button></li>`)}</ol>
      </fieldset>` : nothing}
      ${o.mode === "weighted" ? html`<fieldset><legend>${ed.weights}</legend>
        ${GOALS.map((g) => html`<p><cp-number-field label=${ed.weightOf(m.goals[g].name)} .value=${o.weights[g]} locale=${this.locale} invalidText=${ed.invalidNumber}
          @cp-number=${(e: CustomEvent<NumberChange>) => {
            e.stopPropagation();
            if (e.detail.value !== null) this.dispatchEvent(cpEvent("cp-edit", { kind: "objectiveWeight", goal: g, value: e.detail.value }));
          }}></cp-number-field></p>`)}
      </fieldset>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-objective-panel": CpObjectivePanel;
  }
}
