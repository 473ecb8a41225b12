import { LitElement, css, html, nothing } from "lit";
import { customElement } from "lit/decorators.js";
import { StoreController } from "../../app/store-controller.js";
import { messagesFor, pick, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import { MAX_COMPARE } from "../../state/store.js";
import type { AppState, Proposal } from "../../state/types.js";
import { verdictOf } from "../../solve/verdict.js";
import { targetName } from "../names.js";
import { chartTargetOf } from "../results/coverage-data.js";
import { compareProposals, type Comparison } from "./compare-model.js";
import "./cp-comparison.js";

/** The proposals compared, in the order chosen (only those that still exist). */
export function comparedProposals(s: AppState): Proposal[] {
  return s.compare.flatMap((id) => s.proposals.filter((p) => p.id === id));
}

/** Builds the comparison the compare view and the printed report show. */
export function comparisonOf(s: AppState, m: Messages): Comparison | null {
  const ps = comparedProposals(s);
  if (ps.length < 2) return null;
  return compareProposals(ps, s.view.chartTarget, s.locale, {
    capital: m.compare.capitalUsed, recurring: m.compare.recurringUsed, worst: m.compare.worstGap, short: m.compare.zonesShort, added: m.compare.addedOf,
  });
}

/** The comparison screen: saved proposals to pick from, and two to four of them side by side. */
@customElement("cp-compare")
export class CpCompare extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.proposals, s.compare, s.locale, s.view.chartTarget]);

  static override styles = [baseStyles, css`
    :host { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.25rem; align-items: start; }
    @media (min-width: 1100px) { :host { grid-template-columns: minmax(260px, 1fr) minmax(0, 3fr); } }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
    li { border: 1px solid var(--cp-line); border-radius: 6px; padding: 0.4rem 0.5rem; display: grid; grid-template-columns: auto 1fr auto; gap: 0.2rem 0.5rem; align-items: start; }
    li.on { border-color: var(--cp-accent); background: var(--cp-accent-soft); }
    li label { font-weight: 600; cursor: pointer; }
    li .meta { grid-column: 2; font-size: 0.8rem; color: var(--cp-muted); }
    .row { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
  `];

  private item(p: Proposal, s: AppState, m: Messages) {
    const store = this.sc.store!;
    const on = s.compare.includes(p.id);
    const full = !on && s.compare.length >= MAX_COMPARE;
    const v = verdictOf({ revision: 0, result: p.result, violations: p.violations, final: true });
    const saved = new Intl.DateTimeFormat(s.locale, { dateStyle: "short", timeStyle: "short" }).format(new Date(p.savedAt));
    return html`<li class=${on ? "on" : ""}>
      <input type="checkbox" id=${`cmp-${p.id}`} .checked=${on} ?disabled=${full} aria-label=${m.compare.include(p.name)} @change=${() => store.toggleCompare(p.id)} />
      <label for=${`cmp-${p.id}`}>${p.name}</label>
      <button class="icon" aria-label=${m.compare.remove(p.name)} @click=${() => store.removeProposal(p.id)}>×</button>
      <span class="meta">${pick(p.scenario.region.name, s.locale)} · ${m.compare.savedAt} ${saved} · <span class=${v === "plan" ? "good" : "bad"}>${m.solve.verdicts[v]}</span></span>
    </li>`;
  }

  override render() {
    if (!this.sc.store) return nothing;
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    const c = comparisonOf(s, m);
    const ref = comparedProposals(s)[0]?.scenario;
    const target = ref ? chartTargetOf(ref, s.view.chartTarget) : undefined;
    return html`
      <section aria-labelledby="proposals-h">
        <h2 id="proposals-h">${m.compare.proposals}</h2>
        ${s.proposals.length === 0 ? html`<p>${m.compare.empty}</p>` : html`<p class="small muted">${m.compare.pick}</p>
          <ul>${s.proposals.map((p) => this.item(p, s, m))}</ul>
          ${s.compare.length >= MAX_COMPARE ? html`<p class="small muted">${m.compare.maxReached}</p>` : nothing}`}
      </section>
      <section aria-labelledby="compare-h">
        <div class="row"><h2 id="compare-h">${m.compare.title}</h2>
          ${ref && target ? html`<label>${m.results.chartTarget}
            <select @change=${(e: Event) => this.sc.store!.setView({ chartTarget: (e.target as HTMLSelectElement).value })}>
              ${ref.targets.map((t) => html`<option value=${t.id} ?selected=${t.id === target.id}>${targetName(ref, t, s.locale)}</option>`)}
            </select></label>` : nothing}</div>
        ${c ? html`<cp-comparison .comparison=${c} .messages=${m} locale=${s.locale}></cp-comparison>` : html`<p>${m.compare.pick}</p>`}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-compare": CpCompare;
  }
}
