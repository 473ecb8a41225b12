import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { Scenario } from "../../../models/index.js";
import { buildModel, type AllocationModel } from "../../../models/lp/build.js";
import { describeModel, familyRows, type ConstraintFamily, type ConstraintSummary, type ModelAlgebra, type RowPage } from "../../../models/teach/algebra.js";
import { baseStyles } from "../../components/styles.js";
import { formatNumber, pick, type Locale, type Messages } from "../../i18n/index.js";
import { renderMath } from "./math-render.js";
import { teachStyles } from "./teach-styles.js";

/** Rows shown per page of a family. */
const PAGE = 20;

/** The current scenario's model in words and formulas: variables, constraint families (click for rows), objective. */
@customElement("cp-teach-algebra")
export class CpTeachAlgebra extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private open: ConstraintFamily | null = null;
  @state() private offset = 0;
  private am: AllocationModel | null = null;
  private algebra: ModelAlgebra | null = null;
  private page: RowPage | null = null;

  static override styles = [baseStyles, teachStyles, css`
    .family { border: 1px solid var(--cp-line); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
    .family h4 { margin: 0 0 0.3rem; display: flex; gap: 0.6rem; align-items: baseline; flex-wrap: wrap; }
    .family.empty { opacity: 0.75; }
    .rows { overflow-x: auto; }
    .rows td.math { min-width: 20rem; }
    ol.stages li { margin: 0.4rem 0; }
    .skipped { color: var(--cp-muted); }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("scenario")) {
      this.am = buildModel(this.scenario);
      this.algebra = describeModel(this.scenario, this.am);
      if (this.open && !this.algebra.constraints.some((c) => c.family === this.open && c.count > 0 && c.family !== "noGrowth")) this.open = null;
    }
    this.page = this.am && this.open ? familyRows(this.scenario, this.am, this.open, this.offset, PAGE) : null;
  }

  private toggle(f: ConstraintFamily): void {
    this.offset = 0;
    this.open = this.open === f ? null : f;
  }

  private fmt(n: number): string {
    return formatNumber(n, this.locale, 0);
  }

  private rows(c: ConstraintSummary) {
    const m = this.messages.teach.algebra;
    const p = this.page;
    if (!p || this.open !== c.family) return nothing;
    const to = Math.min(p.total, p.offset + p.rows.length);
    return html`<div class="rows" id=${`rows-${c.family}`}>
      <table>
        <caption>${m.rowsTitle(m.constraintNames[c.family])} · ${m.page(this.fmt(p.offset + 1), this.fmt(to), this.fmt(p.total))}</caption>
        <thead><tr><th scope="col">${m.row}</th><th scope="col">${m.meaning}</th><th scope="col">${m.terms}</th></tr></thead>
        <tbody>${p.rows.map((r) => html`<tr>
          <th scope="row"><code>${r.name}</code></th>
          <td>${pick(r.label, this.locale)}</td>
          <td class="math" title=${r.terms.map((t) => `${t.variable}: ${pick(t.meaning, this.locale)}`).join("\n")}>${renderMath(r.math)}</td>
        </tr>`)}</tbody>
      </table>
      ${p.total > PAGE ? html`<div class="pager">
        <button ?disabled=${p.offset === 0} @click=${() => (this.offset = Math.max(0, p.offset - PAGE))}>${m.previous}</button>
        <button ?disabled=${to >= p.total} @click=${() => (this.offset = p.offset + PAGE)}>${m.next}</button>
      </div>` : nothing}
    </div>`;
  }

  override render() {
    const a = this.algebra;
    if (!a) return nothing;
    const m = this.messages.teach.algebra;
    const L = this.locale;
    return html`
      <p>${m.size(this.fmt(a.rows), this.fmt(a.columns))}</p>
      <h3>${m.variables}</h3>
      <table class="vars">
        <thead><tr><th scope="col">${m.family}</th><th scope="col">${m.formula}</th><th scope="col" class="num">${m.count}</th><th scope="col">${m.meaning}</th></tr></thead>
        <tbody>${a.variables.map((v) => html`<tr data-family=${v.family}>
          <th scope="row">${m.variableNames[v.family]}</th>
          <td>${v.formula.math.map((f) => renderMath(f, "inline"))}</td>
          <td class="num">${this.fmt(v.count)}${v.integer > 0 ? html`<br /><small>${m.integer(this.fmt(v.integer))}</small>` : nothing}</td>
          <td>${pick(v.formula.meaning, L)}</td>
        </tr>`)}</tbody>
      </table>
      <h3>${m.constraints}</h3>
      ${a.constraints.map((c) => {
        const clickable = c.count > 0 && c.family !== "noGrowth";
        return html`<section class=${`family ${c.count === 0 ? "empty" : ""}`} data-family=${c.family}>
          <h4><span>${m.constraintNames[c.family]}</span><small>${m.count}: ${this.fmt(c.count)}</small></h4>
          ${c.formula.math.map((f) => renderMath(f))}
          <p>${pick(c.formula.meaning, L)}</p>
          ${clickable
            ? html`<button class="show-rows" aria-expanded=${this.open === c.family ? "true" : "false"} aria-controls=${`rows-${c.family}`} @click=${() => this.toggle(c.family)}>
                ${this.open === c.family ? m.hideRows : m.showRows(this.fmt(c.count))}</button>`
            : c.family === "noGrowth" ? nothing : html`<p class="muted">${m.noRows}</p>`}
          ${this.rows(c)}
        </section>`;
      })}
      <h3>${m.objective}</h3>
      <p>${a.objective.mode === "weighted" ? m.weighted : m.lexicographic}</p>
      ${a.objective.weighted ? renderMath(a.objective.weighted) : nothing}
      <ol class="stages">${a.objective.stages.map((g, i) => html`<li class=${g.skipped ? "skipped" : ""} data-goal=${g.goal}>
        <strong>${a.objective.mode === "weighted" ? pick(g.formula.title, L) : `${m.stage(String(i + 1))} ${pick(g.formula.title, L)}`}</strong>
        ${g.weight !== undefined ? html` · ${m.weight} ${formatNumber(g.weight, L, 4)}` : nothing}
        ${g.skipped ? html` · ${m.skipped}` : nothing}
        ${g.formula.math.map((f) => renderMath(f))}
        <span>${pick(g.formula.meaning, L)}</span>
      </li>`)}</ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-teach-algebra": CpTeachAlgebra;
  }
}
