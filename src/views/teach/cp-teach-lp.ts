import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { Scenario, SolverChoice } from "../../../models/index.js";
import { baseStyles } from "../../components/styles.js";
import { formatNumber, pick, type Locale, type Messages } from "../../i18n/index.js";
import type { LpPhase } from "../../i18n/teach-messages.js";
import type { TeachClient } from "../../teach/teach-client.js";
import { teachStyles } from "./teach-styles.js";

const PHASES: readonly LpPhase[] = ["first", "weighted", "final"];

/** The CPLEX LP file of the current model: shown, copied, downloaded, with how to open it in a solver. */
@customElement("cp-teach-lp")
export class CpTeachLp extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) client!: TeachClient;
  @property() solver: SolverChoice = "auto";
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private phase: LpPhase = "first";
  @state() private text: string | null = null;
  @state() private failure: { zh: string; en: string } | null = null;
  @state() private copyState: "idle" | "copied" | "failed" = "idle";
  #asked = 0;

  static override styles = [baseStyles, teachStyles, css`
    pre { max-height: 28rem; overflow: auto; border: 1px solid var(--cp-line); border-radius: 6px; padding: 0.6rem; background: var(--cp-panel); white-space: pre; margin: 0.4rem 0; }
    label { display: inline-flex; gap: 0.4rem; align-items: center; }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("scenario") || changed.has("solver") || (changed as Map<PropertyKey, unknown>).has("phase")) void this.load();
  }

  private async load(): Promise<void> {
    const asked = ++this.#asked;
    this.text = null;
    this.failure = null;
    this.copyState = "idle";
    const r = await this.client.ask({ type: "lp", scenario: this.scenario, phase: this.phase, solver: this.solver });
    if (asked !== this.#asked) return;
    if (r.type === "lp") this.text = r.text;
    else if (r.type === "failed") this.failure = r.message;
  }

  private get fileName(): string {
    return `${this.scenario.region.id}${this.phase === "first" ? "" : `-${this.phase}`}.lp`;
  }

  private async copy(): Promise<void> {
    if (this.text === null) return;
    try {
      await navigator.clipboard.writeText(this.text);
      this.copyState = "copied";
    } catch {
      this.copyState = "failed";
    }
  }

  private download(): void {
    if (this.text === null) return;
    const url = URL.createObjectURL(new Blob([this.text], { type: "text/plain;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = this.fileName;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  override render() {
    const t = this.messages.teach;
    const m = t.lp;
    const lines = this.text === null ? 0 : this.text.split("\n").length - 1;
    return html`
      <div class="actions">
        <label>${m.phase}
          <select id="lp-phase" @change=${(e: Event) => (this.phase = (e.target as HTMLSelectElement).value as LpPhase)}>
            ${PHASES.map((p) => html`<option value=${p} ?selected=${p === this.phase}>${m.phases[p]}</option>`)}
          </select>
        </label>
        <button id="lp-copy" ?disabled=${this.text === null} @click=${() => void this.copy()}>${m.copy}</button>
        <button id="lp-download" ?disabled=${this.text === null} @click=${() => this.download()}>${m.download} ${this.fileName}</button>
        <span role="status">${this.copyState === "copied" ? m.copied : this.copyState === "failed" ? m.copyFailed : nothing}</span>
      </div>
      ${this.failure
        ? html`<p role="alert" class="bad">${pick(this.failure, this.locale)}</p>`
        : this.text === null
          ? html`<p role="status">${t.working}</p>`
          : html`<p class="muted small">${m.lines(formatNumber(lines, this.locale, 0))}</p>
              <pre id="lp-text" tabindex="0" aria-label=${m.file}>${this.text}</pre>`}
      <section class="note">
        <h3>${m.howTo}</h3>
        <p>${m.howToText}</p>
        <pre>highs ${this.fileName}
clp ${this.fileName}
glpsol --lp ${this.fileName}</pre>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-teach-lp": CpTeachLp;
  }
}
