import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { live } from "lit/directives/live.js";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { Scenario } from "../../../models/index.js";
import { cpEvent } from "../../events.js";
import { formatNumber, formatPeople, pick, type Locale, type Messages } from "../../i18n/index.js";
import { readNumberText } from "../../../models/io/number-text.js";
import { baseStyles } from "../../components/styles.js";
import { isBlock, pastePopulation } from "../../state/paste.js";
import { saveFile, templateFile } from "../../app/export-files.js";

/**
 * Resident population by zone and year: editable cells (Enter commits and moves down), a block pasted
 * from a spreadsheet fills from the cell it lands in, estimated figures are marked.
 */
@customElement("cp-population-table")
export class CpPopulationTable extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) original!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  private years: string[] = [];
  /** Cells whose text was refused: what was typed (kept, to be corrected) and the message naming the cell. */
  @state() private refused = new Map<string, { text: string; message: string }>();
  /** The last 万/亿 conversion, shown back under its cell: `3.2万 = 32,000 人`. */
  @state() private converted: { cell: string; text: string } | null = null;

  static override styles = [baseStyles, css`
    :host { display: block; }
    .scroll { max-height: 34rem; overflow: auto; border: 1px solid var(--cp-line); border-radius: 6px; }
    input { width: 7.5rem; text-align: right; font-variant-numeric: tabular-nums; }
    input.changed { background: var(--cp-changed); }
    td.est input { border-style: dashed; border-color: #b45309; background: #fffaf0; }
    td input[aria-invalid="true"], td.est input[aria-invalid="true"] { border: 2px solid var(--cp-bad); background: var(--cp-bad-soft); }
    .err { display: block; color: var(--cp-bad); font-size: 0.78rem; text-align: left; max-width: 14rem; white-space: normal; }
    .conv { display: block; color: var(--cp-muted); font-size: 0.78rem; }
    .est-mark { color: #8a4b08; font-size: 0.75rem; font-weight: 700; margin-left: 0.2rem; }
    .legend { font-size: 0.82rem; margin: 0.3rem 0 0.5rem; }
    .legend .est-mark { border: 1px dashed #b45309; padding: 0 0.25rem; }
    .legend .template { display: block; margin-top: 0.25rem; }
    .legend button { font-size: 0.8rem; padding: 0.1rem 0.4rem; }
    tfoot td { font-weight: 600; background: var(--cp-panel); }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("scenario")) this.years = [...new Set(this.scenario.zones.flatMap((z) => Object.keys(z.population)))].sort();
  }

  /**
   * Reads the cell with the importers' parser (`readNumberText`); refused text stays in the cell, marked
   * invalid with a message naming the town and year, and nothing is sent.
   */
  private commit(input: HTMLInputElement, zone: string, year: string, current: number | undefined): boolean {
    const cell = input.id;
    const read = readNumberText(input.value, { unitWord: "人", min: 0 });
    const refused = new Map(this.refused);
    if (!read.ok) {
      const name = this.scenario.zones.find((z) => z.id === zone);
      const field = this.messages.editor.populationOf(name ? pick(name.name, this.locale) : zone, year);
      const why = this.locale === "zh-CN" ? read.problem.zh : read.problem.en;
      const got = input.value.trim();
      const message = this.locale === "zh-CN" ? `${field}：${why}，实际为“${got}”` : `${field}: ${why}, got "${got}"`;
      refused.set(cell, { text: input.value, message });
      this.refused = refused;
      this.converted = null;
      return false;
    }
    refused.delete(cell);
    this.refused = refused;
    delete input.dataset["dirty"];
    const value = read.value;
    this.converted = read.converted ? { cell, text: `${input.value.trim()} = ${formatNumber(value, this.locale, 0)} ${this.messages.editor.people}` } : null;
    if (value !== current) this.dispatchEvent(cpEvent("cp-edit", { kind: "population", cells: [{ zone, year, value }] }));
    return true;
  }

  private forget(cell: string): void {
    if (!this.refused.has(cell)) return;
    const refused = new Map(this.refused);
    refused.delete(cell);
    this.refused = refused;
  }

  private onPaste(e: ClipboardEvent, row: number, col: number): void {
    const text = e.clipboardData?.getData("text/plain") ?? "";
    if (!isBlock(text)) return;
    e.preventDefault();
    const r = pastePopulation(text, this.scenario.zones.map((z) => z.id), this.years, row, col);
    if (r.ok) this.dispatchEvent(cpEvent("cp-edit", { kind: "population", cells: r.cells }));
    else this.dispatchEvent(cpEvent("cp-reject", { source: "paste", issues: r.issues }));
  }

  private onKey(e: KeyboardEvent, row: number, col: number, zone: string, year: string, current: number | undefined): void {
    const input = e.target as HTMLInputElement;
    if (e.key === "Escape") {
      input.value = current === undefined ? "" : String(current);
      delete input.dataset["dirty"];
      this.forget(input.id);
      return;
    }
    if (e.key !== "Enter") return;
    e.preventDefault();
    if (this.commit(input, zone, year, current)) this.renderRoot.querySelector<HTMLInputElement>(`#pop-${row + (e.shiftKey ? -1 : 1)}-${col}`)?.focus();
  }

  /** Downloads the import template filled with this scenario (its estimated figures marked 估算), to be replaced and imported. */
  private async template(kind: "xlsx" | "zones"): Promise<void> {
    const f = await templateFile(this.scenario, kind);
    saveFile(f);
  }

  override render() {
    const m = this.messages;
    const ed = m.editor;
    const s = this.scenario;
    const anyEstimated = s.zones.some((z) => Object.values(z.populationStatus ?? {}).includes("estimated"));
    return html`
      <p class="small muted">${ed.pasteHint}</p>
      ${anyEstimated ? html`<p class="legend" id="est-note"><span class="est-mark">${ed.estimated}</span> ${ed.estimatedNote}
        <span class="template">${m.planTable.exports.templateNote}
          <button id="est-template-xlsx" @click=${() => void this.template("xlsx")}>${m.planTable.exports.templateXlsx}</button>
          <button id="est-template-csv" @click=${() => void this.template("zones")}>${m.planTable.exports.templateZonesCsv}</button></span></p>` : nothing}
      <div class="scroll">
        <table>
          <caption class="visually-hidden">${m.sections.population}</caption>
          <thead><tr><th scope="col">${ed.zone}</th>${this.years.map((y) => html`<th class="num" scope="col">${y}</th>`)}</tr></thead>
          <tbody>${repeat(s.zones, (z) => z.id, (z, row) => {
            const oz = this.original.zones.find((x) => x.id === z.id);
            const name = pick(z.name, this.locale);
            return html`<tr><th scope="row">${name}</th>${this.years.map((year, col) => {
              const v = z.population[year];
              const est = z.populationStatus?.[year] === "estimated";
              const id = `pop-${row}-${col}`;
              const refused = this.refused.get(id);
              const describedBy = [refused ? `${id}-err` : "", est ? "est-note" : ""].filter(Boolean).join(" ");
              return html`<td class="num ${est ? "est" : ""}">
                <input id=${id} type="text" inputmode="numeric" autocomplete="off" aria-label=${ed.populationOf(name, year)}
                  aria-invalid=${refused ? "true" : "false"} aria-describedby=${describedBy || nothing} class=${oz && oz.population[year] !== v ? "changed" : ""}
                  .value=${live(refused ? refused.text : v === undefined ? "" : String(v))}
                  @input=${(e: Event) => ((e.target as HTMLInputElement).dataset["dirty"] = "true")}
                  @change=${(e: Event) => this.commit(e.target as HTMLInputElement, z.id, year, v)}
                  @keydown=${(e: KeyboardEvent) => this.onKey(e, row, col, z.id, year, v)}
                  @paste=${(e: ClipboardEvent) => this.onPaste(e, row, col)} />${est ? html`<span class="est-mark" title=${ed.estimatedNote}>${ed.estimated}</span>` : nothing}
                ${refused ? html`<span class="err" id=${`${id}-err`} role="alert">${refused.message}</span>` : nothing}
                ${this.converted?.cell === id ? html`<span class="conv" role="status">${this.converted.text}</span>` : nothing}</td>`;
            })}</tr>`;
          })}</tbody>
          <tfoot><tr><td>${ed.total}</td>${this.years.map((y) => html`<td class="num">${formatPeople(s.zones.reduce((a, z) => a + (z.population[y] ?? 0), 0), this.locale)}</td>`)}</tr></tfoot>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-population-table": CpPopulationTable;
  }
}
