import { LitElement, css, html, nothing } from "lit";
import { customElement } from "lit/decorators.js";
import { cpEvent, type Command } from "../events.js";
import { formatNumber, messagesFor, pick, type Messages } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import type { AppState } from "../state/types.js";
import { timeoutSays } from "../solve/verdict.js";
import { downloadBackup } from "./commands.js";
import { ignoredSentence } from "./import-table.js";
import { StoreController } from "./store-controller.js";

const SHOWN_ISSUES = 8;

/**
 * The status line: confirmations (polite); rejected input with its bilingual issues, autosave trouble
 * with the backup download, a solve stopped by its time limit, a model refused by the chosen solver (alert).
 */
@customElement("cp-status")
export class CpStatus extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.notice, s.issues, s.locale, s.storage, s.solve, s.timeLimitMs, s.solver]);

  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .notice { background: var(--cp-ok-soft); border: 1px solid var(--cp-ok); border-radius: 6px; padding: 0.4rem 0.75rem; margin: 0.4rem 0; display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
      .notice input { flex: 1 1 20rem; min-width: 0; font-size: 0.8rem; }
      .issues { background: var(--cp-bad-soft); border: 1px solid var(--cp-bad); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.4rem 0; }
      .issues h2 { font-size: 1rem; color: var(--cp-bad); margin: 0 0 0.3rem; }
      .issues ul { margin: 0 0 0.4rem; padding-left: 1.2rem; }
      code { font-size: 0.85rem; background: #fff; padding: 0 0.2rem; border-radius: 3px; }
      .other { display: block; color: var(--cp-muted); font-size: 0.85rem; }
      .row { display: flex; justify-content: space-between; align-items: start; gap: 1rem; }
      .issues p { margin: 0 0 0.3rem; }
      .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
    `,
  ];

  private send(c: Command): void {
    this.dispatchEvent(cpEvent("cp-command", c));
  }

  /** The same sentence in the other language, under the first (as the issues are shown). */
  private other(s: AppState, text: (o: Messages) => string) {
    const locale = s.locale === "zh-CN" ? "en" : "zh-CN";
    return html`<span class="other" lang=${locale}>${text(messagesFor(locale))}</span>`;
  }

  /** Autosave does not work: say why, that the page still works, and offer the backup download. */
  private storageAlert(s: AppState, m: Messages) {
    if (s.storage === "ok") return nothing;
    return html`<div class="issues" role="alert" id="storage-alert">
      <h2>${m.storage.title}</h2>
      <p>${m.storage[s.storage]}${this.other(s, (o) => o.storage[s.storage as Exclude<typeof s.storage, "ok">])}</p>
      <p>${m.storage.inMemory}</p>
      <div class="actions"><button class="primary" @click=${() => downloadBackup(this.sc.store!)}>${m.storage.backup}</button></div>
    </div>`;
  }

  /** After a table import: the columns ignored (header not recognised), with the headers expected, in both languages. */
  private importIgnored(s: AppState, m: Messages) {
    const ignored = s.notice?.ignored;
    if (!ignored || ignored.length === 0) return nothing;
    const other = s.locale === "zh-CN" ? "en" : "zh-CN";
    return html`<div class="issues" role="alert" id="import-ignored">
      <div class="row"><h2>${m.importIgnored.title}</h2><button @click=${() => this.sc.store!.notify(null)}>${m.importIgnored.dismiss}</button></div>
      ${ignored.map((ig) => html`<p data-sheet=${ig.sheet}>${ignoredSentence(m, s.locale, ig)}${this.other(s, (o) => ignoredSentence(o, other, ig))}</p>`)}
    </div>`;
  }

  /** A solve stopped by the time limit, or refused because the model is too large for the chosen solver. */
  private solveAlert(s: AppState, m: Messages) {
    const c = s.solve.checked;
    const current = c !== null && c.revision === s.revision;
    const useHighs = html`<button @click=${() => this.send({ command: "solver", solver: "highs" })}>${m.limits.useHighs}</button>`;
    if (s.solve.status === "timeout") {
      const seconds = formatNumber(s.timeLimitMs / 1000, s.locale, 0);
      const says = (x: Messages) => timeoutSays(x, seconds, current, c !== null);
      return html`<div class="issues" role="alert" id="solve-alert" data-kind="timeout">
        <h2>${m.solve.verdicts.timeout}</h2>
        <p>${says(m)}${this.other(s, says)}</p>
        <p>${m.limits.hint}</p>
        <div class="actions"><button @click=${() => this.send({ command: "retry" })}>${m.solve.retry}</button>${s.solver === "highs" ? nothing : useHighs}</div>
      </div>`;
    }
    if (current && s.solve.status === "done" && c.result.status === "error" && c.result.solver.reason === "refused") {
      // javascript-lp-solver refuses models too large for its dense tableau: HiGHS takes them; other refusals: the automatic choice.
      const other = s.solver === "jslp" ? useHighs : html`<button @click=${() => this.send({ command: "solver", solver: "auto" })}>${m.limits.useAuto}</button>`;
      return html`<div class="issues" role="alert" id="solve-alert" data-kind="refused">
        <h2>${m.limits.refused}</h2>
        ${c.result.message ? html`<p>${pick(c.result.message, s.locale)}<span class="other" lang=${s.locale === "zh-CN" ? "en" : "zh-CN"}>${pick(c.result.message, s.locale === "zh-CN" ? "en" : "zh-CN")}</span></p>` : nothing}
        <div class="actions">${other}</div>
      </div>`;
    }
    return nothing;
  }

  /** An issue's line: its path in code type, then the message (messages that already start with the path keep it once). */
  private line(path: string, text: string) {
    return text.startsWith(path) ? html`<code>${path}</code>${text.slice(path.length)}` : html`<code>${path}</code>: ${text}`;
  }

  override render() {
    if (!this.sc.store) return nothing;
    const s = this.sc.state;
    const { notice, issues, locale } = s;
    const m = messagesFor(locale);
    const zh = locale === "zh-CN";
    return html`
      <div role="status" aria-live="polite">
        ${notice
          ? html`<div class="notice"><span>${m.notices[notice.key](notice.detail ?? "")}</span>
              ${notice.key === "linkCopied" && notice.detail ? html`<input type="text" readonly aria-label=${m.toolbar.share} .value=${notice.detail} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />` : nothing}
              <button class="icon" aria-label=${m.issues.dismiss} @click=${() => this.sc.store!.notify(null)}>×</button></div>`
          : nothing}
      </div>
      ${issues
        ? html`<div class="issues" role="alert">
            <div class="row"><h2>${m.issues.title[issues.source]}</h2>
              <button @click=${() => this.sc.store!.dismissIssues()}>${m.issues.dismiss}</button></div>
            <ul>
              ${issues.issues.slice(0, SHOWN_ISSUES).map((i) => html`<li>${this.line(i.path, zh ? i.zh : i.en)}
                <span class="other" lang=${zh ? "en" : "zh-CN"}>${zh ? i.en : i.zh}</span></li>`)}
            </ul>
            ${issues.issues.length > SHOWN_ISSUES ? html`<p>${m.issues.more(issues.issues.length - SHOWN_ISSUES)}</p>` : nothing}
          </div>`
        : nothing}
      ${this.importIgnored(s, m)}
      ${this.storageAlert(s, m)}
      ${this.solveAlert(s, m)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-status": CpStatus;
  }
}
