import { LitElement, css, html } from "lit";
import { customElement } from "lit/decorators.js";
import type { SolverChoice } from "../../models/index.js";
import { cpEvent, type Command } from "../events.js";
import { messagesFor } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import { clampTimeLimitS, TIME_LIMIT_S } from "../state/prefs.js";
import { StoreController } from "./store-controller.js";
import { downloadTemplate, exportableResult, exportResult, type TemplateKind } from "./export-files.js";

/** The actions bar: undo/redo, reset, open/save/import files, share, print, and the solver choice. */
@customElement("cp-toolbar")
export class CpToolbar extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.workspace.history, s.scenario, s.locale, s.solver, s.timeLimitMs, s.solve, s.revision]);

  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin: 0.5rem 0; }
      [role="toolbar"] { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      .sep { width: 1px; align-self: stretch; background: var(--cp-line); margin: 0 0.25rem; }
      label.solver { margin-left: auto; display: flex; gap: 0.35rem; align-items: center; }
      input[type="file"] { display: none; }
      label.limit { display: flex; gap: 0.35rem; align-items: center; }
      label.limit input { width: 4.5rem; }
      details.menu { position: relative; }
      details.menu > summary { cursor: pointer; padding: 0.3rem 0.6rem; border: 1px solid var(--cp-line); border-radius: 4px; list-style: none; }
      details.menu > div { position: absolute; z-index: 5; top: 100%; left: 0; display: grid; gap: 0.25rem; padding: 0.4rem; background: var(--cp-bg); border: 1px solid var(--cp-line); border-radius: 6px; min-width: 14rem; }
    `,
  ];

  private send(c: Command): void {
    this.dispatchEvent(cpEvent("cp-command", c));
  }

  private pickFile(id: string): void {
    this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.click();
  }

  private onFile(e: Event, command: "open" | "import"): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) this.send({ command, file });
  }

  /** A new time limit (whole seconds, clamped to the allowed range; a non-number restores the current one). */
  private onTimeLimit(input: HTMLInputElement): void {
    const store = this.sc.store!;
    const seconds = clampTimeLimitS(input.valueAsNumber);
    if (seconds !== null) store.setTimeLimit(seconds * 1000);
    input.value = String(store.state.timeLimitMs / 1000);
  }

  private templateLabel(k: TemplateKind, m: ReturnType<typeof messagesFor>): string {
    const x = m.planTable.exports;
    return k === "xlsx" ? x.templateXlsx : k === "zones" ? x.templateZonesCsv : x.templateFacilitiesCsv;
  }

  private template(e: Event, k: TemplateKind): void {
    (e.target as HTMLElement).closest("details")?.removeAttribute("open");
    void downloadTemplate(this.sc.store!, k);
  }

  override render() {
    if (!this.sc.store) return html``;
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    const t = m.toolbar;
    const h = s.workspace.history;
    const exportable = exportableResult(s) !== null;
    return html`
      <div role="toolbar" aria-label=${t.label}>
        <button aria-keyshortcuts="Control+Z" ?disabled=${h.past.length === 0} @click=${() => this.send({ command: "undo" })}>↶ ${t.undo}</button>
        <button aria-keyshortcuts="Control+Y" ?disabled=${h.future.length === 0} @click=${() => this.send({ command: "redo" })}>↷ ${t.redo}</button>
        <button ?disabled=${s.scenario === s.workspace.original} @click=${() => this.send({ command: "reset" })}>${t.reset}</button>
        <span class="sep" aria-hidden="true"></span>
        <button @click=${() => this.pickFile("open-file")}>${t.open}</button>
        <input id="open-file" type="file" accept=".json,application/json" aria-label=${t.open} @change=${(e: Event) => this.onFile(e, "open")} />
        <button @click=${() => this.send({ command: "save" })}>${t.save}</button>
        <button @click=${() => this.pickFile("import-file")}>${t.importTable}</button>
        <input id="import-file" type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" aria-label=${t.importTable} @change=${(e: Event) => this.onFile(e, "import")} />
        <details class="menu" id="template-menu"><summary>${m.planTable.exports.template}</summary><div>
          ${(["xlsx", "zones", "facilities"] as const).map((k) => html`<button id=${`template-${k}`} @click=${(e: Event) => this.template(e, k)}>${this.templateLabel(k, m)}</button>`)}
        </div></details>
        <button id="export-xlsx" title=${exportable ? m.planTable.exports.resultTitle : m.planTable.exports.notReady} ?disabled=${!exportable}
          @click=${() => void exportResult(this.sc.store!, "xlsx")}>${m.planTable.exports.resultXlsx}</button>
        <button id="export-csv" title=${exportable ? m.planTable.exports.resultTitle : m.planTable.exports.notReady} ?disabled=${!exportable}
          @click=${() => void exportResult(this.sc.store!, "csv")}>${m.planTable.exports.resultCsv}</button>
        <button @click=${() => this.send({ command: "share" })}>${t.share}</button>
        <button @click=${() => this.send({ command: "print" })}>${t.print}</button>
        <label class="solver">${t.solver}
          <select @change=${(e: Event) => this.send({ command: "solver", solver: (e.target as HTMLSelectElement).value as SolverChoice })}>
            <option value="auto" ?selected=${s.solver === "auto"}>${t.solverAuto}</option>
            <option value="jslp" ?selected=${s.solver === "jslp"}>javascript-lp-solver</option>
            <option value="highs" ?selected=${s.solver === "highs"}>HiGHS</option>
            <option value="fast" ?selected=${s.solver === "fast"}>${t.solverFast}</option>
          </select>
        </label>
        <label class="limit" title=${m.limits.note}>${m.limits.label}
          <input type="number" inputmode="numeric" min=${TIME_LIMIT_S.min} max=${TIME_LIMIT_S.max} step="1" .value=${String(s.timeLimitMs / 1000)}
            @change=${(e: Event) => this.onTimeLimit(e.target as HTMLInputElement)} />
        </label>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-toolbar": CpToolbar;
  }
}
