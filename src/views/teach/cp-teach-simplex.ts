import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { Goal, Scenario, SolverChoice } from "../../../models/index.js";
import type { SimplexStep, TeachRun } from "../../../models/teach/types.js";
import { baseStyles } from "../../components/styles.js";
import { pick, type Locale, type Messages } from "../../i18n/index.js";
import type { SimplexAnswer } from "../../teach/protocol.js";
import type { TeachClient } from "../../teach/teach-client.js";
import { agree, goalText, resultUnits } from "./goal-values.js";
import { teachStyles } from "./teach-styles.js";
import "./cp-tableau.js";

/** A step with the stage it belongs to (its goal, or the stage's name for a weighted or feasibility stage). */
type Flat = { readonly step: SimplexStep; readonly stage: string; readonly goal?: Goal };

function flatten(run: TeachRun): Flat[] {
  return run.stages.flatMap((st) => st.steps.map((step) => ({ step, stage: st.name, ...(st.goal ? { goal: st.goal } : {}) })));
}

/** The teaching simplex of the current model, pivot by pivot, ending beside the production solver's goal values. */
@customElement("cp-teach-simplex")
export class CpTeachSimplex extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) client!: TeachClient;
  @property() solver: SolverChoice = "auto";
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private answer: SimplexAnswer | null = null;
  @state() private failure: { zh: string; en: string } | null = null;
  @state() private at = 0;
  private steps: Flat[] = [];
  #asked = 0;

  static override styles = [baseStyles, teachStyles, css`
    .stepper { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0.5rem 0; }
    #step-label { font-weight: 600; font-variant-numeric: tabular-nums; }
    .why { margin: 0.3rem 0; }
    #simplex-result td, #simplex-result th { text-align: right; }
    #simplex-result th[scope="row"], #simplex-result thead th:first-child { text-align: left; }
    details { margin: 0.4rem 0; }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("scenario") || changed.has("solver")) void this.load();
  }

  private async load(): Promise<void> {
    const asked = ++this.#asked;
    this.answer = null;
    this.failure = null;
    const r = await this.client.ask({ type: "simplex", scenario: this.scenario, solver: this.solver });
    if (asked !== this.#asked) return;
    if (r.type === "simplex") {
      this.steps = r.answer.ok ? flatten(r.answer.run) : [];
      this.at = 0;
      this.answer = r.answer;
    } else if (r.type === "failed") this.failure = r.message;
  }

  private go(i: number): void {
    this.at = Math.max(0, Math.min(this.steps.length - 1, i));
  }

  private onKey(e: KeyboardEvent): void {
    const to = { ArrowRight: this.at + 1, ArrowLeft: this.at - 1, Home: 0, End: this.steps.length - 1, PageDown: this.at + 10, PageUp: this.at - 10 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.go(to);
  }

  private result(run: TeachRun, a: Extract<SimplexAnswer, { ok: true }>) {
    const m = this.messages.teach.simplex;
    if (run.status !== "optimal") return html`<h3>${m.result}</h3><p class="bad" id="simplex-status">${m.kinds[run.status]}</p>`;
    const goals = (Object.keys(run.goalValues) as Goal[]).filter((g) => run.goalValues[g] !== undefined);
    const prodOk = (a.production.status === "optimal" || a.production.status === "unmet") && a.production.violations === 0;
    return html`<h3>${m.result}</h3>
      <p id="simplex-checked" class=${a.violations === 0 ? "ok" : "fail"}>${m.checked(a.violations)}</p>
      ${prodOk ? nothing : html`<p class="bad">${m.productionStatus(a.production.status)}</p>`}
      <table id="simplex-result">
        <thead><tr><th scope="col">${m.goal}</th><th scope="col">${m.stepped}</th><th scope="col">${m.production} (${a.production.solver})</th><th scope="col"></th></tr></thead>
        <tbody>${goals.map((g) => {
          const stepped = resultUnits(this.scenario, g, run.goalValues[g]!);
          const prod = a.production.objective[g];
          const same = prodOk && agree(stepped, prod);
          return html`<tr data-goal=${g}>
            <th scope="row">${this.messages.goals[g].name}</th>
            <td class="stepped">${goalText(stepped)}</td>
            <td class="production">${prodOk ? goalText(prod) : "—"}</td>
            <td class=${same ? "ok" : "fail"}>${same ? m.agree : m.disagree}</td>
          </tr>`;
        })}</tbody>
      </table>`;
  }

  override render() {
    const t = this.messages.teach;
    const m = t.simplex;
    const L = this.locale;
    if (this.failure) return html`<p role="alert" class="bad">${pick(this.failure, L)}</p>`;
    const a = this.answer;
    if (!a) return html`<p role="status">${t.working}</p>`;
    if (!a.ok) {
      return html`<p role="alert" id="simplex-refused">${m.refused} ${pick(a.refused, L)}</p>
        <p>${m.tryLesson} <button id="to-lessons" @click=${() => this.dispatchEvent(new CustomEvent("cp-teach-section", { detail: "lesson", bubbles: true, composed: true }))}>${t.sections.lesson}</button></p>`;
    }
    const run = a.run;
    const cur = this.steps[this.at];
    if (!cur) return nothing;
    const s = cur.step;
    const last = this.steps.length - 1;
    // Variables frozen to hold a goal matter to the stages after it, not after the last one.
    const frozen = run.stages.slice(0, -1).flatMap((st) => st.frozen);
    return html`
      <details><summary>${m.standardForm}</summary><ul>${run.standardForm.map((n) => html`<li>${pick(n, L)}</li>`)}</ul></details>
      <div class="stepper" role="group" aria-label=${m.controls} tabindex="0" @keydown=${(e: KeyboardEvent) => this.onKey(e)}>
        <button id="step-first" ?disabled=${this.at === 0} @click=${() => this.go(0)}>${m.first}</button>
        <button id="step-prev" ?disabled=${this.at === 0} @click=${() => this.go(this.at - 1)}>${m.previous}</button>
        <button id="step-next" ?disabled=${this.at === last} @click=${() => this.go(this.at + 1)}>${m.next}</button>
        <button id="step-last" ?disabled=${this.at === last} @click=${() => this.go(last)}>${m.last}</button>
        <span id="step-label" role="status" aria-live="polite">${m.step(String(this.at + 1), String(this.steps.length))} · ${m.stage(cur.goal ? this.messages.goals[cur.goal].name : cur.stage)} · ${m.phase(s.phase)} · ${m.kinds[s.kind]}</span>
      </div>
      <p class="muted small">${m.keys}</p>
      <p class="why" id="step-note">${pick(s.note, L)}</p>
      <p class="why">${m.objective}: <strong id="step-objective">${goalText(s.objective)}</strong></p>
      ${s.entering ? html`<p class="why"><strong>${m.entering}:</strong> ${pick(s.entering.why, L)}</p>` : nothing}
      ${s.leaving ? html`<p class="why"><strong>${m.leaving}:</strong> ${pick(s.leaving.why, L)}</p>` : nothing}
      <cp-tableau .step=${s} .messages=${this.messages} locale=${L}></cp-tableau>
      ${frozen.length > 0 && this.at === last ? html`<p class="muted small">${m.frozen(frozen.join(", "))}</p>` : nothing}
      ${this.at === last ? this.result(run, a) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-teach-simplex": CpTeachSimplex;
  }
}
