import { LitElement, css, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import { StoreController } from "../../app/store-controller.js";
import { baseStyles } from "../../components/styles.js";
import { messagesFor } from "../../i18n/index.js";
import type { TeachSection } from "../../i18n/teach-messages.js";
import { TeachClient } from "../../teach/teach-client.js";
import { teachStyles } from "./teach-styles.js";
import "./cp-lesson-text.js";
import "./cp-teach-algebra.js";
import "./cp-teach-lessons.js";
import "./cp-teach-lp.js";
import "./cp-teach-simplex.js";
import "./cp-teach-sensitivity.js";

const SECTIONS: readonly TeachSection[] = ["lesson", "algebra", "lp", "simplex", "sensitivity"];

/**
 * The teaching tab: the current scenario's lesson text (when it carries one) and five sections — lessons,
 * the model in algebra, the LP file, the stepping simplex, sensitivity. Heavy work runs in the teaching
 * worker (`src/teach/teach.worker.ts`), one per job, started when a section first needs it.
 */
@customElement("cp-teach-tab")
export class CpTeachTab extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.locale, s.scenario, s.solver, s.workspace.key]);
  @state() private section: TeachSection = "lesson";
  private client: TeachClient | null = null;
  /** The workspace last shown: opening a lesson moves to the section it is about. */
  private shownKey: string | null = null;

  static override styles = [baseStyles, teachStyles, css`
    [role="tablist"] { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.75rem 0; }
    [role="tab"][aria-selected="true"], [role="tab"][aria-selected="true"]:hover:not(:disabled) { background: var(--cp-accent); color: #fff; }
    cp-lesson-text { margin-bottom: 0.5rem; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new TeachClient(() => new Worker(new URL("../../teach/teach.worker.ts", import.meta.url), { type: "module" }));
    this.addEventListener("cp-teach-section", this.onSection as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.client?.dispose();
    this.client = null;
    this.removeEventListener("cp-teach-section", this.onSection as EventListener);
  }

  protected override willUpdate(): void {
    if (!this.sc.store) return;
    const { workspace, scenario } = this.sc.state;
    if (this.shownKey !== null && this.shownKey !== workspace.key && scenario.lesson?.focus) this.section = scenario.lesson.focus;
    this.shownKey = workspace.key;
  }

  private onSection = (e: CustomEvent<TeachSection>) => {
    this.section = e.detail;
  };

  private onTabKey(e: KeyboardEvent): void {
    const i = SECTIONS.indexOf(this.section);
    const next = e.key === "ArrowRight" ? SECTIONS[(i + 1) % SECTIONS.length] : e.key === "ArrowLeft" ? SECTIONS[(i + SECTIONS.length - 1) % SECTIONS.length] : null;
    if (!next) return;
    e.preventDefault();
    this.section = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#teach-tab-${next}`)?.focus());
  }

  private panel() {
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    switch (this.section) {
      case "lesson":
        return html`<cp-teach-lessons current=${s.workspace.key} .messages=${m} locale=${s.locale}></cp-teach-lessons>`;
      case "algebra":
        return html`<cp-teach-algebra .scenario=${s.scenario} .messages=${m} locale=${s.locale}></cp-teach-algebra>`;
      case "lp":
        return html`<cp-teach-lp .scenario=${s.scenario} .client=${this.client} solver=${s.solver} .messages=${m} locale=${s.locale}></cp-teach-lp>`;
      case "simplex":
        return html`<cp-teach-simplex .scenario=${s.scenario} .client=${this.client} solver=${s.solver} .messages=${m} locale=${s.locale}></cp-teach-simplex>`;
      case "sensitivity":
        return html`<cp-teach-sensitivity .scenario=${s.scenario} .client=${this.client} solver=${s.solver} .messages=${m} locale=${s.locale}></cp-teach-sensitivity>`;
    }
  }

  override render() {
    if (!this.sc.store || !this.client) return nothing;
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    const t = m.teach;
    const lesson = s.scenario.lesson;
    return html`
      ${lesson ? html`<cp-lesson-text .lesson=${lesson} .messages=${m} locale=${s.locale}></cp-lesson-text>` : nothing}
      <div role="tablist" aria-label=${t.sections.label}>
        ${SECTIONS.map((x) => html`<button role="tab" id=${`teach-tab-${x}`} aria-controls="teach-panel" aria-selected=${x === this.section ? "true" : "false"}
          tabindex=${x === this.section ? 0 : -1} @click=${() => (this.section = x)} @keydown=${(e: KeyboardEvent) => this.onTabKey(e)}>${t.sections[x]}</button>`)}
      </div>
      <div role="tabpanel" id="teach-panel" aria-labelledby=${`teach-tab-${this.section}`}>
        ${this.section === "lesson" && !lesson ? html`<p class="muted">${t.lesson.none}</p>` : nothing}
        ${this.panel()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-teach-tab": CpTeachTab;
  }
}
