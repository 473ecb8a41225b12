import { LitElement, css, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import type { SeedFile } from "../../../models/seed/index.js";
import type { PlanTable } from "../../../models/plan-table.js";
import { StoreController } from "../../app/store-controller.js";
import { formatNumber, messagesFor, pick, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import type { CheckedResult } from "../../solve/protocol.js";
import { hasAllocation, verdictOf } from "../../solve/verdict.js";
import { loadSeeds } from "../../state/seeds.js";
import { hasPlannedFigures, planTableOf, signedFigure } from "./plan-table-data.js";
import { subCentreReasons, type SubCentreSummary } from "./sub-centre-data.js";

/**
 * "规划表1对照 / Plan table 1 vs model": the plan's own per-facility beds (Yanjiang 表1) beside the
 * checked result's proposal under the plan's ratio, with differences, reasons, the people the planned
 * beds serve at the ratio, rows resting on estimated town populations marked 估, the findings, and the
 * choice of sub-centres with reasons. Loaded on demand by `<cp-app>` when the scenario has planned figures.
 */
@customElement("cp-plan-table")
export class CpPlanTable extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.solve, s.scenario, s.locale]);
  @state() private seeds: readonly SeedFile[] = [];

  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin-top: 1.5rem; border-top: 2px solid var(--cp-line); padding-top: 0.5rem; }
      .scroll { overflow: auto; border: 1px solid var(--cp-line); border-radius: 6px; }
      table { width: 100%; }
      td.reasons { min-width: 18rem; font-size: 0.86rem; }
      td.pos { color: var(--cp-accent-strong); font-weight: 600; }
      tfoot td, tfoot th { background: var(--cp-panel); font-weight: 600; }
      .est-mark { color: #8a4b08; font-size: 0.75rem; font-weight: 700; margin-left: 0.25rem; border: 1px dashed #b45309; padding: 0 0.2rem; }
      .legend { font-size: 0.85rem; }
      .stale { opacity: 0.55; }
      ul.findings li { margin: 0.25rem 0; }
      .warn { border-left: 4px solid var(--cp-bad); background: var(--cp-bad-soft); padding: 0.4rem 0.6rem; }
      li .tag { font-weight: 600; margin-right: 0.35rem; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    // The plan's own 2020 figures give a second population to compare with (what the CLI prints too).
    void loadSeeds().then((r) => (this.seeds = r.seeds)).catch(() => undefined);
  }

  override render() {
    if (!this.sc.store) return nothing;
    const s = this.sc.state;
    if (!hasPlannedFigures(s.scenario)) return nothing;
    const m = messagesFor(s.locale);
    const p = m.planTable;
    const c = s.solve.checked;
    return html`<section aria-labelledby="plan-table-h" id="plan-table">
      <h2 id="plan-table-h">${p.title}</h2>
      <p class="small">${p.intro(String(s.scenario.facilities.filter((f) => f.planned?.["beds"] !== undefined).length))}</p>
      ${!c ? html`<p role="status" class="muted">${p.waiting}</p>` : !hasAllocation(c) ? html`<p class="muted">${p.noAllocation}</p>` : this.renderChecked(c, m)}
    </section>`;
  }

  private renderChecked(c: CheckedResult, m: Messages) {
    const s = this.sc.state;
    const p = m.planTable;
    const built = planTableOf(s.scenario, c.result, this.seeds);
    if (!built.ok) return html`<p class="muted">${p.noTarget("beds")}</p>`;
    const stale = c.revision !== s.revision;
    return html`<div class=${stale ? "stale" : ""}>
      ${stale ? html`<p class="muted">${m.solve.outOfDate}</p>` : nothing}
      ${verdictOf(c) === "unmet" ? html`<p class="warn">${p.unmetNote}</p>` : nothing}
      ${this.renderTable(built.table, s.locale, m)}
      <h3>${p.findings}</h3>
      <ul class="findings">${built.table.findings.map((f) => html`<li>${pick(f, s.locale)}</li>`)}</ul>
      ${this.renderSubCentres(subCentreReasons(s.scenario, c.result), s.locale, m)}
    </div>`;
  }

  private renderTable(t: PlanTable, locale: Locale, m: Messages) {
    const p = m.planTable;
    const col = p.columns;
    const n = (v: number) => formatNumber(v, locale, 1);
    const people = (v: number) => formatNumber(Math.round(v), locale, 0);
    const ratio = `${formatNumber(t.target.ratio, locale, 2)}/${formatNumber(t.target.per, locale, 0)}`;
    const tot = t.totals;
    const anyEst = t.rows.some((r) => r.dependsOnEstimate);
    return html`
      ${anyEst ? html`<p class="legend" id="plan-est-note"><span class="est-mark">${p.estimated}</span> ${p.estimatedLegend}</p>` : nothing}
      <div class="scroll">
        <table id="plan-table-1">
          <caption>${p.caption(pick(t.target.name, locale), String(t.target.year), ratio)}</caption>
          <thead><tr>
            <th scope="col">${col.facility}</th><th scope="col">${col.tier}</th><th class="num" scope="col">${col.planned}</th>
            <th class="num" scope="col">${col.existing}</th><th class="num" scope="col">${col.model}</th><th class="num" scope="col">${col.difference}</th>
            <th class="num" scope="col">${col.served}</th><th scope="col">${col.reasons}</th>
          </tr></thead>
          <tbody>${t.rows.map((r) => html`<tr data-facility=${r.facility} data-estimated=${r.dependsOnEstimate ? "true" : "false"}>
            <th scope="row">${pick(r.name, locale)}${r.dependsOnEstimate ? html`<span class="est-mark" title=${p.estimatedTitle} aria-label=${p.estimatedTitle}>${p.estimated}</span>` : nothing}</th>
            <td>${m.tiers[r.tier]}</td>
            <td class="num">${n(r.planned)}</td><td class="num">${n(r.existing)}</td><td class="num">${n(r.model)}</td>
            <td class="num ${r.difference > 0.05 ? "pos" : ""}">${signedFigure(r.difference, n)}</td>
            <td class="num">${people(r.servedAtRatio)}</td>
            <td class="reasons">${r.reasons.map((x) => pick(x, locale)).join(locale === "zh-CN" ? "；" : "; ")}</td>
          </tr>`)}</tbody>
          <tfoot><tr>
            <th scope="row">${p.total}</th><td></td><td class="num">${n(tot.planned)}</td><td class="num">${n(tot.existing)}</td>
            <td class="num">${n(tot.model)}</td><td class="num">${signedFigure(tot.difference, n)}</td><td class="num">${people(tot.servedAtRatio)}</td><td></td>
          </tr></tfoot>
        </table>
      </div>`;
  }

  private renderSubCentres(sub: SubCentreSummary | null, locale: Locale, m: Messages) {
    if (!sub) return nothing;
    const p = m.planTable;
    return html`<h3>${p.subCentres}</h3>
      <p class="small">${p.subCentresIntro(pick(sub.count, locale), pick(sub.requirements, locale))}</p>
      ${sub.rows.length === 0 ? html`<p class="muted">${p.noCandidates}</p>` : html`<ul id="plan-sub-centres">${sub.rows.map((r) => html`<li data-chosen=${r.chosen ? "true" : "false"}>
        <span class="tag ${r.chosen ? "good" : "muted"}">${r.chosen ? p.chosen : p.notChosen}</span>${pick(r.name, locale)}${locale === "zh-CN" ? "：" : ": "}${pick(r.reason, locale)}</li>`)}</ul>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-plan-table": CpPlanTable;
  }
}
