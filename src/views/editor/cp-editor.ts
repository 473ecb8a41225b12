import { LitElement, css, html } from "lit";
import { customElement } from "lit/decorators.js";
import { StoreController } from "../../app/store-controller.js";
import type { Edit } from "../../state/edits.js";
import type { EditorSection, IssueReport } from "../../state/types.js";
import { messagesFor, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import "./cp-budget-panel.js";
import "./cp-cost-table.js";
import "./cp-facility-list.js";
import "./cp-objective-panel.js";
import "./cp-population-table.js";
import "./cp-region-panel.js";
import "./cp-target-table.js";

const SECTIONS: readonly EditorSection[] = ["budgets", "targets", "population", "facilities", "costs", "objective", "region"];

/** The scenario editor: one section at a time; every edit goes to the store (validated there) and re-solves. */
@customElement("cp-editor")
export class CpEditor extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.scenario, s.workspace.original, s.locale, s.view.section]);

  static override styles = [baseStyles, css`
    :host { display: block; border: 1px solid var(--cp-line); border-radius: 8px; padding: 0.75rem 0.9rem; background: var(--cp-bg); }
    [role="tablist"] { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-bottom: 0.75rem; }
    [role="tab"] { border: 1px solid var(--cp-line); color: var(--cp-ink); border-radius: 999px; padding: 0.2rem 0.75rem; min-height: 1.9rem; font-size: 0.9rem; }
    [role="tab"][aria-selected="true"], [role="tab"][aria-selected="true"]:hover { background: var(--cp-accent); border-color: var(--cp-accent); color: #fff; }
  `];

  private onEdit = (e: CustomEvent<Edit>) => {
    e.stopPropagation();
    this.sc.store?.edit(e.detail);
  };

  private onReject = (e: CustomEvent<IssueReport>) => {
    e.stopPropagation();
    this.sc.store?.reject(e.detail);
  };

  private onTabKey(e: KeyboardEvent, i: number): void {
    const by = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    const next = SECTIONS[(i + by + SECTIONS.length) % SECTIONS.length]!;
    this.sc.store?.setView({ section: next });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#sec-${next}`)?.focus());
  }

  private section(section: EditorSection, m: Messages) {
    const s = this.sc.state;
    const common = { scenario: s.scenario, original: s.workspace.original, locale: s.locale };
    switch (section) {
      case "budgets":
        return html`<cp-budget-panel .scenario=${common.scenario} .original=${common.original} .messages=${m} locale=${common.locale}></cp-budget-panel>`;
      case "targets":
        return html`<cp-target-table .scenario=${common.scenario} .original=${common.original} .messages=${m} locale=${common.locale}></cp-target-table>`;
      case "population":
        return html`<cp-population-table .scenario=${common.scenario} .original=${common.original} .messages=${m} locale=${common.locale}></cp-population-table>`;
      case "facilities":
        return html`<cp-facility-list .scenario=${common.scenario} .messages=${m} locale=${common.locale}></cp-facility-list>`;
      case "costs":
        return html`<cp-cost-table .scenario=${common.scenario} .original=${common.original} .messages=${m} locale=${common.locale}></cp-cost-table>`;
      case "objective":
        return html`<cp-objective-panel .objective=${common.scenario.objective} .messages=${m} locale=${common.locale}></cp-objective-panel>`;
      case "region":
        return html`<cp-region-panel .scenario=${common.scenario} .messages=${m} locale=${common.locale}></cp-region-panel>`;
    }
  }

  override render() {
    if (!this.sc.store) return html``;
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    const current = s.view.section;
    return html`<section aria-labelledby="editor-h" @cp-edit=${this.onEdit} @cp-reject=${this.onReject}>
      <h2 id="editor-h">${m.editor.title}</h2>
      <div role="tablist" aria-label=${m.sections.label}>
        ${SECTIONS.map((sec, i) => html`<button role="tab" id=${`sec-${sec}`} aria-selected=${sec === current ? "true" : "false"} aria-controls="sec-panel"
          tabindex=${sec === current ? 0 : -1} @click=${() => this.sc.store!.setView({ section: sec })} @keydown=${(e: KeyboardEvent) => this.onTabKey(e, i)}>${m.sections[sec]}</button>`)}
      </div>
      <div role="tabpanel" id="sec-panel" aria-labelledby=${`sec-${current}`}>${this.section(current, m)}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-editor": CpEditor;
  }
}
