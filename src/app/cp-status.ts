import { LitElement, css, html, nothing } from "lit";
import { customElement } from "lit/decorators.js";
import { messagesFor } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import { StoreController } from "./store-controller.js";

const SHOWN_ISSUES = 8;

/** The status line: confirmations (polite) and rejected input with its bilingual issues (alert). */
@customElement("cp-status")
export class CpStatus extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.notice, s.issues, s.locale]);

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
    `,
  ];

  /** An issue's line: its path in code type, then the message (messages that already start with the path keep it once). */
  private line(path: string, text: string) {
    return text.startsWith(path) ? html`<code>${path}</code>${text.slice(path.length)}` : html`<code>${path}</code>: ${text}`;
  }

  override render() {
    if (!this.sc.store) return nothing;
    const { notice, issues, locale } = this.sc.state;
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
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-status": CpStatus;
  }
}
