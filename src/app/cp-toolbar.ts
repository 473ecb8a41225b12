import { LitElement, css, html } from "lit";
import { customElement } from "lit/decorators.js";
import type { SolverChoice } from "../../models/index.js";
import { cpEvent, type Command } from "../events.js";
import { messagesFor } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import { clampTimeLimitS, TIME_LIMIT_S } from "../state/prefs.js";
import { StoreController } from "./store-controller.js";

/** The actions bar: undo/redo, reset, open/save/import files, share, print, and the solver choice. */
@customElement("cp-toolbar")
export class CpToolbar extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.workspace.history, s.scenario, s.locale, s.solver, s.timeLimitMs]);

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

  override render() {
    if (!this.sc.store) return html``;
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    const t = m.toolbar;
    const h = s.workspace.history;
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
