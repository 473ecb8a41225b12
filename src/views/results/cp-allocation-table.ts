import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { AllocationResult, Scenario } from "../../../models/index.js";
import { formatUnits, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import { facilityName, isWhole, resourceName, resourceUnit } from "../names.js";
import { allocationTable, type AllocationCell, type AllocationTable } from "./allocation-rows.js";

/** The allocation by facility and resource: existing, added, total (leaf: properties down). */
@customElement("cp-allocation-table")
export class CpAllocationTable extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) result!: AllocationResult;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  /** One column per resource (total, with the addition in brackets) and no controls: the printed report. */
  @property({ type: Boolean }) compact = false;
  @state() private onlyGains = false;
  private table: AllocationTable = { resources: [], rows: [], totals: [] };

  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .scroll { max-height: 32rem; overflow: auto; border: 1px solid var(--cp-line); border-radius: 6px; }
      th.group { text-align: center; border-left: 2px solid var(--cp-line); }
      td.first, th.first { border-left: 2px solid var(--cp-line); }
      td.added, span.added { color: var(--cp-accent-strong); font-weight: 600; }
      td.total { font-weight: 600; }
      tr.none td { color: var(--cp-muted); }
      tfoot td { background: var(--cp-panel); font-weight: 600; position: sticky; bottom: 0; }
      th[scope="row"] { font-weight: normal; min-width: 9rem; }
      .controls { display: flex; gap: 1rem; align-items: center; margin-bottom: 0.4rem; font-size: 0.9rem; }
      :host([compact]) .scroll { max-height: none; overflow: visible; border: none; }
      :host([compact]) table { font-size: 8pt; }
      :host([compact]) th, :host([compact]) td { padding: 2px 3px; }
      @media print { .scroll { max-height: none; overflow: visible; } thead th, tfoot td { position: static; } }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("scenario") || changed.has("result")) this.table = allocationTable(this.scenario, this.result);
  }

  private num(n: number, resource: string): string {
    return formatUnits(n, this.locale, isWhole(this.scenario, resource));
  }

  /** An addition that shows as a figure (not one that rounds to 0). */
  private gains(c: AllocationCell, resource: string): boolean {
    return c.added > 1e-9 && this.num(c.added, resource) !== this.num(0, resource);
  }

  private cells(c: AllocationCell, resource: string) {
    const byYear = c.byYear.length > 1 ? c.byYear.map(([y, v]) => `${y}: ${this.num(v, resource)}`).join(", ") : undefined;
    return html`<td class="num first">${this.num(c.existing, resource)}</td>
      <td class="num ${this.gains(c, resource) ? "added" : ""}" title=${byYear ?? nothing}>${this.gains(c, resource) ? `+${this.num(c.added, resource)}` : "0"}</td>
      <td class="num total">${this.num(c.total, resource)}</td>`;
  }

  private compactCell(c: AllocationCell, resource: string) {
    return html`<td class="num">${this.num(c.total, resource)}${this.gains(c, resource) ? html` <span class="added">(+${this.num(c.added, resource)})</span>` : ""}</td>`;
  }

  private renderCompact() {
    const m = this.messages;
    const t = this.table;
    return html`<div class="scroll"><table>
      <caption class="visually-hidden">${m.results.allocation}</caption>
      <thead><tr><th scope="col">${m.results.facility}</th>${t.resources.map((r) => html`<th class="num" scope="col">${m.results.withUnit(resourceName(this.scenario, r, this.locale), resourceUnit(this.scenario, r, this.locale))}</th>`)}</tr></thead>
      <tbody>${t.rows.map((r) => html`<tr><th scope="row">${facilityName(this.scenario, r.facility, this.locale)}</th>${r.cells.map((c, i) => this.compactCell(c, t.resources[i]!))}</tr>`)}</tbody>
      <tfoot><tr><td>${m.results.allFacilities}</td>${t.totals.map((c, i) => this.compactCell(c, t.resources[i]!))}</tr></tfoot>
    </table></div>`;
  }

  override render() {
    if (this.compact) return this.renderCompact();
    const m = this.messages;
    const t = this.table;
    const rows = this.onlyGains ? t.rows.filter((r) => r.gains) : t.rows;
    const name = (id: string) => m.results.withUnit(resourceName(this.scenario, id, this.locale), resourceUnit(this.scenario, id, this.locale));
    return html`
      <div class="controls">
        <label><input type="checkbox" .checked=${this.onlyGains} @change=${(e: Event) => (this.onlyGains = (e.target as HTMLInputElement).checked)} />
          ${m.results.onlyGains}</label>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label=${m.results.allocation}>
        <table>
          <caption class="visually-hidden">${m.results.allocation}</caption>
          <thead>
            <tr><th rowspan="2" scope="col">${m.results.facility}</th>
              ${t.resources.map((r) => html`<th colspan="3" scope="colgroup" class="group">${name(r)}</th>`)}</tr>
            <tr>${t.resources.map(() => html`<th class="num first" scope="col">${m.results.existing}</th><th class="num" scope="col">${m.results.added}</th><th class="num" scope="col">${m.results.total}</th>`)}</tr>
          </thead>
          <tbody>
            ${repeat(rows, (r) => r.facility, (r) => html`<tr class=${r.gains ? "" : "none"}>
              <th scope="row">${facilityName(this.scenario, r.facility, this.locale)}<br /><span class="small muted">${this.tier(r.facility)}</span></th>
              ${r.cells.map((c, i) => this.cells(c, t.resources[i]!))}</tr>`)}
          </tbody>
          <tfoot><tr><td>${m.results.allFacilities}</td>${t.totals.map((c, i) => this.cells(c, t.resources[i]!))}</tr></tfoot>
        </table>
      </div>
    `;
  }

  private tier(id: string): string {
    const f = this.scenario.facilities.find((x) => x.id === id);
    const sub = this.result.subCentres.includes(id) ? ` · ${this.messages.results.subCentres}` : "";
    return f ? `${this.messages.tiers[f.tier]}${sub}` : "";
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-allocation-table": CpAllocationTable;
  }
}
