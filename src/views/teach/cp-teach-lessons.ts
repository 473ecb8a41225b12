import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { Label } from "../../../models/index.js";
import { parseScenario } from "../../../models/scenario/index.js";
import { baseStyles } from "../../components/styles.js";
import { pick, type Locale, type Messages } from "../../i18n/index.js";
import { lessons } from "../../state/catalog.js";
import { teachStyles } from "./teach-styles.js";

/** A bundled lesson as listed: its key, title and what it is about (or why its file is invalid). */
type ListedLesson = { readonly key: string; readonly title: Label; readonly focus?: string; readonly invalid?: string };

async function listLessons(): Promise<ListedLesson[]> {
  return Promise.all(
    lessons.map(async (e) => {
      const parsed = parseScenario(await e.load());
      if (!parsed.ok) return { key: e.key, title: e.label, invalid: parsed.issues.map((i) => `${i.path}: ${i.en}`).join("; ") };
      const l = parsed.value.lesson;
      return l ? { key: e.key, title: l.title, ...(l.focus ? { focus: l.focus } : {}) } : { key: e.key, title: e.label };
    }),
  );
}

/**
 * The bundled lessons: opening one switches the app to its scenario (as picking a scenario does, through
 * a `cp-open-scenario` event that `<cp-app>` handles).
 */
@customElement("cp-teach-lessons")
export class CpTeachLessons extends LitElement {
  @property() current = "";
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private list: ListedLesson[] | null = null;

  static override styles = [baseStyles, teachStyles, css`
    ol { padding-left: 1.4rem; }
    li { margin: 0.35rem 0; }
    li[aria-current="true"] button { font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void listLessons().then((l) => (this.list = l));
  }

  private open(key: string): void {
    this.dispatchEvent(new CustomEvent("cp-open-scenario", { detail: key, bubbles: true, composed: true }));
  }

  override render() {
    const t = this.messages.teach;
    const m = t.lesson;
    const L = this.locale;
    return html`
      <h3>${m.list}</h3>
      ${this.list === null
        ? html`<p role="status">${this.messages.loading}</p>`
        : html`<ol id="lessons">${this.list.map((l) => html`<li aria-current=${l.key === this.current ? "true" : "false"} data-key=${l.key}>
            ${l.invalid
              ? html`<span class="bad">${pick(l.title, L)}: ${l.invalid}</span>`
              : html`<button class="open-lesson" data-key=${l.key} @click=${() => this.open(l.key)}>${pick(l.title, L)}</button>
                ${l.focus ? html` <span class="muted small">${t.sections[l.focus as "simplex" | "sensitivity" | "algebra"] ?? nothing}</span>` : nothing}`}
          </li>`)}</ol>`}
      <p class="note">${m.own}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-teach-lessons": CpTeachLessons;
  }
  interface GlobalEventHandlersEventMap {
    /** Open a scenario by its catalog key (a lesson), as the scenario menu does; handled by `<cp-app>`. */
    "cp-open-scenario": CustomEvent<string>;
  }
}
