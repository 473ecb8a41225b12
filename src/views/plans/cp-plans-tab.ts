import { LitElement, html } from "lit";
import { customElement, state } from "lit/decorators.js";
import type { SeedFile } from "../../../models/seed/index.js";
import { StoreController } from "../../app/store-controller.js";
import { messagesFor } from "../../i18n/index.js";
import { loadSeeds } from "../../state/seeds.js";
import "./cp-plan-view.js";

/** The plans tab: loads the seed files on first visit and shows them with their sources. */
@customElement("cp-plans-tab")
export class CpPlansTab extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.locale]);
  @state() private loaded: { seeds: SeedFile[]; invalid: string[] } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadSeeds().then((l) => (this.loaded = l));
  }

  override render() {
    if (!this.sc.store) return html``;
    const locale = this.sc.state.locale;
    const m = messagesFor(locale);
    if (!this.loaded) return html`<p role="status">${m.loading}</p>`;
    return html`
      ${this.loaded.invalid.map((f) => html`<p class="error" role="alert">${m.invalidSeed}: ${f}</p>`)}
      <h2>${m.plans}</h2>
      <cp-plan-view .seeds=${this.loaded.seeds} .messages=${m} locale=${locale}></cp-plan-view>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-plans-tab": CpPlansTab;
  }
}
