import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { SimplexStep } from "../../../models/teach/types.js";
import { baseStyles } from "../../components/styles.js";
import { pick, type Locale, type Messages } from "../../i18n/index.js";
import { cellText } from "./goal-values.js";
import { teachStyles } from "./teach-styles.js";

/**
 * One step's tableau: basic variable, right-hand side, the ratio test, then a column per variable (so
 * that the choice of the leaving row stays in view however wide the tableau); the objective row of
 * reduced costs underneath. The entering column, leaving row and pivot are marked.
 */
@customElement("cp-tableau")
export class CpTableau extends LitElement {
  @property({ attribute: false }) step!: SimplexStep;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [baseStyles, teachStyles, css`
    .wrap { overflow: auto; max-height: 32rem; border: 1px solid var(--cp-line); border-radius: 6px; }
    table { font-size: 0.8rem; width: auto; }
    th, td { padding: 0.2rem 0.4rem; text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; border-right: 1px solid var(--cp-line); }
    th.basis, td.basis { text-align: left; position: sticky; left: 0; background: var(--cp-bg); z-index: 1; }
    thead th { font-weight: 600; }
    .enter { background: #e8f1fb; }
    .leave td, .leave th { background: #fdf3e1; }
    td.pivot { background: #f6c453; color: #1f1f1f; font-weight: 700; outline: 2px solid #9a6700; outline-offset: -2px; }
    .blocked { color: var(--cp-muted); text-decoration: line-through; }
    tr.objective td, tr.objective th { border-top: 2px solid var(--cp-ink); font-weight: 600; }
    td.ratio.min { font-weight: 700; color: var(--cp-bad); }
    td.rhs, td.ratio { background: var(--cp-panel); }
    .legend { display: flex; gap: 0.5rem; font-size: 0.8rem; margin: 0.3rem 0; }
    .legend span { padding: 0.05rem 0.4rem; border-radius: 3px; }
    .legend .leave-key { background: #fdf3e1; }
    .legend .pivot-key { background: #f6c453; color: #1f1f1f; font-weight: 700; }
    .kind { font-weight: 400; color: var(--cp-muted); font-size: 0.72rem; display: block; }
  `];

  override render() {
    const m = this.messages.teach.simplex;
    const s = this.step;
    const t = s.tableau;
    const enter = s.entering?.var ?? -1;
    const leave = s.leaving?.row ?? -1;
    const ratios = new Map((s.ratios ?? []).map((r) => [r.row, r]));
    return html`${s.entering ? html`<p class="legend" aria-hidden="true"><span class="enter">${m.entering}</span>
        ${s.leaving ? html`<span class="leave-key">${m.leaving}</span><span class="pivot-key">${m.pivot}</span>` : nothing}</p>` : nothing}
      <div class="wrap" role="region" aria-label=${m.tableau} tabindex="0">
      <table class="tableau" data-step=${s.index}>
        <thead><tr>
          <th scope="col" class="basis">${m.basis}</th>
          <th scope="col">${m.rhs}</th>
          ${s.ratios ? html`<th scope="col" title=${m.ratioTest}>${m.ratio}</th>` : nothing}
          ${t.vars.map((v, j) => html`<th scope="col" class=${`${j === enter ? "enter" : ""} ${t.blocked[j] ? "blocked" : ""}`} title=${pick(v.label, this.locale)} data-var=${j}>
            ${v.name}<span class="kind">${m.varKinds[v.kind]}</span></th>`)}
        </tr></thead>
        <tbody>
          ${t.cells.map((row, i) => {
            const r = ratios.get(i);
            return html`<tr class=${i === leave ? "leave" : ""} data-row=${i}>
              <th scope="row" class="basis" title=${pick(t.rows[i]!.label, this.locale)}>${t.vars[t.basis[i]!]!.name}</th>
              <td class="rhs">${cellText(t.rhs[i]!)}</td>
              ${s.ratios ? html`<td class=${`ratio ${i === leave ? "min" : ""}`} title=${r?.skipped ? pick(r.skipped, this.locale) : ""}>${r?.ratio == null ? "—" : cellText(r.ratio)}</td>` : nothing}
              ${row.map((v, j) => html`<td class=${`${j === enter ? "enter" : ""} ${i === leave && j === enter ? "pivot" : ""}`}>${cellText(v)}</td>`)}
            </tr>`;
          })}
          <tr class="objective">
            <th scope="row" class="basis">${m.reducedCost}</th>
            <td class="rhs" title=${m.objective}>${cellText(t.objective)}</td>
            ${s.ratios ? html`<td></td>` : nothing}
            ${t.reducedCosts.map((v, j) => html`<td class=${j === enter ? "enter" : ""}>${cellText(v)}</td>`)}
          </tr>
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-tableau": CpTableau;
  }
}
