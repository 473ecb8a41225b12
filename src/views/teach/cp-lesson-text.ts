import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { Lesson } from "../../../models/scenario/lesson.js";
import { baseStyles } from "../../components/styles.js";
import { pick, type Locale, type Messages } from "../../i18n/index.js";
import { teachStyles } from "./teach-styles.js";

/** A lesson's text: title, paragraphs, the question, and the answer behind a disclosure. */
@customElement("cp-lesson-text")
export class CpLessonText extends LitElement {
  @property({ attribute: false }) lesson!: Lesson;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [baseStyles, teachStyles, css`
    article { border: 1px solid var(--cp-line); border-left: 4px solid var(--cp-accent); border-radius: 6px; padding: 0.6rem 0.9rem; background: var(--cp-bg); }
    h3 { margin-top: 0; }
    .question { font-weight: 600; }
    details { margin-top: 0.4rem; }
    summary { cursor: pointer; color: var(--cp-accent); }
  `];

  override render() {
    const l = this.lesson;
    const m = this.messages.teach.lesson;
    const L = this.locale;
    return html`<article id="lesson-text" aria-labelledby="lesson-title">
      <h3 id="lesson-title">${pick(l.title, L)}</h3>
      ${l.paragraphs.map((p) => html`<p>${pick(p, L)}</p>`)}
      <p class="question"><strong>${m.question}</strong> · ${pick(l.question, L)}</p>
      ${l.answer ? html`<details id="lesson-answer"><summary>${m.answer}</summary><p>${pick(l.answer, L)}</p></details>` : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-lesson-text": CpLessonText;
  }
}
