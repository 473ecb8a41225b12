import { LitElement, css, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import { StoreController } from "../../app/store-controller.js";
import { baseStyles } from "../../components/styles.js";
import { formatNumber, messagesFor } from "../../i18n/index.js";
import { browserPool, workerCount } from "../../mc/mc-pool.js";
import { hasAllocation } from "../../solve/verdict.js";
import type { AppState } from "../../state/types.js";
import { MC_DEFAULTS, checkMcOptions, type McIssue, type McOptions } from "../../../models/montecarlo/spec.js";
import type { Scenario } from "../../../models/scenario/scenario.js";
import { runMonteCarlo, type McProgress, type McReport } from "../../../models/montecarlo/run.js";
import "./cp-uncertainty-report.js";

/** The form's fields (spread in percentage points, as the user types it). */
type Form = { spreadPct: number; correlation: number; draws: number; seed: number; robustOn: boolean; alpha: number; mode: McOptions["mode"] };

/** A finished run: the report, the store revision it answers and the workers it used. */
type Finished = { readonly report: McReport; readonly revision: number; readonly workspace: string; readonly workers: number };

/** The form before the user edits it: the scenario's own spread and correlation when it gives them. */
function defaultForm(s: Scenario): Form {
  const u = s.uncertainty;
  return { spreadPct: (u?.spread ?? MC_DEFAULTS.spread) * 100, correlation: u?.correlation ?? MC_DEFAULTS.correlation, draws: MC_DEFAULTS.draws, seed: MC_DEFAULTS.seed, robustOn: true, alpha: 0.9, mode: "evaluate" };
}

/** The last finished run and the edited form, kept while the tab is switched away (this module lives for the session). */
let kept: { finished: Finished | null; form: Form | null } = { finished: null, form: null };

/** The checked allocation of the current revision, or null when there is none to evaluate. */
function currentPlan(s: AppState) {
  const c = s.solve.checked;
  return c && c.revision === s.revision && c.final && c.violations.length === 0 && hasAllocation(c) ? c.result : null;
}

/**
 * The uncertainty tab: population growth drawn around the scenario's projection, the current checked
 * allocation evaluated against the draws (optionally every draw re-solved), and a robust allocation,
 * all run on a pool of Web Workers; cancel terminates them.
 */
@customElement("cp-uncertainty")
export class CpUncertainty extends LitElement {
  private readonly sc = new StoreController(this, (s) => [s.locale, s.revision, s.solve.checked, s.workspace.key]);
  @state() private edited: Form | null = kept.form;
  @state() private finished: Finished | null = kept.finished;
  @state() private progress: McProgress | null = null;
  @state() private outcome: "cancelled" | { failed: string } | null = null;
  private abort: AbortController | null = null;

  static override styles = [baseStyles, css`
    :host { display: block; }
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.6rem 1rem; align-items: end; margin: 0.6rem 0; }
    .field { display: grid; gap: 0.2rem; font-size: 0.88rem; }
    label.check { display: flex; align-items: center; gap: 0.4rem; }
    .actions { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; margin: 0.4rem 0 0.8rem; }
    progress { width: 14rem; }
    .issue { color: var(--cp-bad); font-size: 0.85rem; }
  `];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancel();
  }

  private get form(): Form {
    return this.edited ?? defaultForm(this.sc.state.scenario);
  }

  private options(): McOptions {
    const f = this.form;
    return { draws: f.draws, seed: f.seed, spread: f.spreadPct / 100, correlation: f.correlation, mode: f.mode, ...(f.robustOn ? { robust: f.alpha } : {}) };
  }

  private set<K extends keyof Form>(key: K, value: Form[K]): void {
    this.edited = { ...this.form, [key]: value };
    kept = { ...kept, form: this.edited };
  }

  private run(): void {
    const store = this.sc.store;
    if (!store || this.abort) return;
    const s = store.state;
    const base = currentPlan(s);
    const o = this.options();
    if (!base || checkMcOptions(o).length > 0) return;
    const abort = new AbortController();
    const workers = workerCount();
    const pool = browserPool(workers);
    this.abort = abort;
    this.outcome = null;
    this.progress = { stage: "evaluate", done: 0, total: o.draws };
    runMonteCarlo(s.scenario, o, { exec: pool.exec, base, solver: s.solver, signal: abort.signal, onProgress: (p) => (this.progress = p) })
      .then((out) => {
        if (out.ok) {
          this.finished = { report: out.report, revision: s.revision, workspace: s.workspace.key, workers };
          kept = { ...kept, finished: this.finished };
        } else this.outcome = { failed: s.locale === "zh-CN" ? out.zh : out.en };
      })
      .catch((e: unknown) => (this.outcome = abort.signal.aborted ? "cancelled" : { failed: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        pool.dispose();
        if (this.abort === abort) this.abort = null;
        this.progress = null;
      });
  }

  /** Puts the robust allocation's α-quantile populations into the scenario (undoable) and shows the plan tab, which solves it. */
  private adopt(scenario: Scenario): void {
    const store = this.sc.store;
    if (!store) return;
    store.replaceScenario(scenario);
    store.setView({ tab: "plan" });
  }

  private cancel(): void {
    this.abort?.abort();
  }

  private numberField(id: keyof Form, label: string, value: number, issues: readonly McIssue[], field: string, step = "any") {
    const i = issues.find((x) => x.field === field);
    const issue = i ? (this.sc.state.locale === "zh-CN" ? i.zh : i.en) : null;
    return html`<div class="field"><label for=${`mc-${id}`}>${label}</label>
      <input type="number" id=${`mc-${id}`} step=${step} .value=${String(value)} aria-invalid=${issue ? "true" : "false"} ?disabled=${this.abort !== null}
        @change=${(e: Event) => this.set(id, Number((e.target as HTMLInputElement).value) as never)} />
      ${issue ? html`<span class="issue" role="alert">${issue}</span>` : nothing}</div>`;
  }

  override render() {
    if (!this.sc.store) return nothing;
    const s = this.sc.state;
    const m = messagesFor(s.locale);
    const u = m.uncertainty;
    const f = this.form;
    const issues = checkMcOptions(this.options());
    const base = currentPlan(s);
    const running = this.abort !== null;
    const p = this.progress;
    const fin = this.finished && this.finished.workspace === s.workspace.key ? this.finished : null;
    return html`
      <h2>${u.title}</h2>
      <p class="small muted">${u.intro}</p>
      ${s.scenario.uncertainty?.variants ? html`<p class="small" id="mc-variants">${u.variantsNote(String(Object.keys(s.scenario.uncertainty.variants).length))}</p>` : nothing}
      <form @submit=${(e: Event) => (e.preventDefault(), this.run())}>
        ${this.numberField("spreadPct", u.spread, f.spreadPct, issues, "spread")}
        ${this.numberField("correlation", u.correlation, f.correlation, issues, "correlation")}
        ${this.numberField("draws", u.draws, f.draws, issues, "draws", "1")}
        ${this.numberField("seed", u.seed, f.seed, issues, "seed", "1")}
        <div class="field"><label for="mc-mode">${u.mode}</label>
          <select id="mc-mode" ?disabled=${running} @change=${(e: Event) => this.set("mode", (e.target as HTMLSelectElement).value as McOptions["mode"])}>
            ${(["evaluate", "resolve"] as const).map((k) => html`<option value=${k} ?selected=${f.mode === k}>${u.modes[k]}</option>`)}
          </select></div>
        <label class="check"><input type="checkbox" id="mc-robust" .checked=${f.robustOn} ?disabled=${running} @change=${(e: Event) => this.set("robustOn", (e.target as HTMLInputElement).checked)} />${u.robust}</label>
        ${f.robustOn ? this.numberField("alpha", u.alpha, f.alpha, issues, "robust") : nothing}
      </form>
      <div class="actions">
        <button class="primary" id="mc-run" ?disabled=${running || !base || issues.length > 0} @click=${() => this.run()}>${u.run}</button>
        <button id="mc-cancel" ?disabled=${!running} @click=${() => this.cancel()}>${u.cancel}</button>
        ${p ? html`<progress max=${p.total} .value=${p.done} aria-label=${u.running(formatNumber(p.done, s.locale, 0), formatNumber(p.total, s.locale, 0))}></progress><span role="status">${u.running(formatNumber(p.done, s.locale, 0), formatNumber(p.total, s.locale, 0))}</span>` : nothing}
        ${!running && this.outcome === "cancelled" ? html`<span role="status" class="muted">${u.cancelled}</span>` : nothing}
        ${!running && this.outcome && this.outcome !== "cancelled" ? html`<span role="alert" class="bad">${u.failed(this.outcome.failed)}</span>` : nothing}
      </div>
      ${!base && !running ? html`<p class="muted" role="status">${u.needPlan}</p>` : nothing}
      ${fin ? html`${fin.revision !== s.revision ? html`<p class="muted">${u.stale}</p>` : nothing}
        <cp-uncertainty-report @cp-adopt-robust=${(e: CustomEvent<Scenario>) => this.adopt(e.detail)} .report=${fin.report} .scenario=${s.scenario} .workers=${fin.workers} .messages=${m} locale=${s.locale}></cp-uncertainty-report>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-uncertainty": CpUncertainty;
  }
}
