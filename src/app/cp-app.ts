import { LitElement, css, html } from "lit";
import { customElement, state } from "lit/decorators.js";
import { messagesFor, type Locale } from "../i18n/index.js";
import { loadSeeds } from "../state/seeds.js";
import "../views/plans/cp-plan-view.js";

const LOCALE_KEY = "cp.locale";

/** The application root: header with the language switch, and the views. */
@customElement("cp-app")
export class CpApp extends LitElement {
  @state() private locale: Locale = (localStorage.getItem(LOCALE_KEY) as Locale | null) ?? "zh-CN";
  private readonly loaded = loadSeeds();

  static override styles = css`
    :host { display: block; max-width: 1200px; margin: 0 auto; padding: 0 1rem 2rem; }
    header { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; border-bottom: 2px solid var(--cp-accent); }
    h1 { font-size: 1.4rem; margin: 0.8rem 0 0.2rem; }
    p.sub { color: var(--cp-muted); margin: 0 0 0.6rem; }
    button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid var(--cp-accent); background: white; color: var(--cp-accent); border-radius: 4px; cursor: pointer; }
    .error { color: var(--cp-warn); }
  `;

  private toggleLocale(): void {
    this.locale = this.locale === "zh-CN" ? "en" : "zh-CN";
    localStorage.setItem(LOCALE_KEY, this.locale);
    document.documentElement.lang = this.locale;
  }

  override render() {
    const m = messagesFor(this.locale);
    return html`
      <header>
        <div><h1>${m.appTitle}</h1><p class="sub">${m.appSubtitle}</p></div>
        <button id="lang" aria-label=${m.language} @click=${this.toggleLocale}>${m.switchTo}</button>
      </header>
      ${this.loaded.invalid.map((f) => html`<p class="error" role="alert">${m.invalidSeed}: ${f}</p>`)}
      <h2>${m.plans}</h2>
      <cp-plan-view .seeds=${this.loaded.seeds} .messages=${m} locale=${this.locale}></cp-plan-view>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-app": CpApp;
  }
}
