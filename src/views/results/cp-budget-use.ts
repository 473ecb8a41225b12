import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { BudgetLine } from "../../../models/index.js";
import { formatMoney, formatPercent, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";

/** Budget use: each limit with what the allocation spends of it, as a bar and in figures. */
@customElement("cp-budget-use")
export class CpBudgetUse extends LitElement {
  @property({ attribute: false }) lines: readonly BudgetLine[] = [];
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
      .head { display: flex; justify-content: space-between; gap: 1rem; font-size: 0.9rem; flex-wrap: wrap; }
      .track { height: 12px; background: var(--cp-panel); border: 1px solid var(--cp-line); border-radius: 3px; overflow: hidden; }
      .fill { height: 100%; background: var(--cp-accent); }
      .fill.full { background: var(--cp-warn); }
      .figures { font-variant-numeric: tabular-nums; }
    `,
  ];

  override render() {
    const m = this.messages.results;
    return html`<ul>
      ${this.lines.map((b) => {
        const share = b.limit > 0 ? b.used / b.limit : 0;
        const full = share > 1 - 1e-6;
        const name = b.kind === "recurring" ? m.recurring : b.year === null ? m.capital : m.capitalYear(b.year);
        return html`<li>
          <div class="head"><span>${name}</span>
            <span class="figures">${m.used} ${formatMoney(b.used, this.locale)} / ${m.limit} ${formatMoney(b.limit, this.locale)} (${formatPercent(share, this.locale)})</span></div>
          <div class="track" aria-hidden="true"><div class="fill ${full ? "full" : ""}" style="width:${Math.min(100, share * 100).toFixed(1)}%"></div></div>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-budget-use": CpBudgetUse;
  }
}
