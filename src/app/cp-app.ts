import { provide } from "@lit/context";
import { LitElement, css, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import type { Command } from "../events.js";
import { messagesFor, pick } from "../i18n/index.js";
import { SolveClient } from "../solve/solve-client.js";
import { SolveController } from "../solve/solve-controller.js";
import { bootstrap, openByKey } from "../state/bootstrap.js";
import { catalog, lessons } from "../state/catalog.js";
import { storeContext } from "../state/context.js";
import { Idb } from "../state/idb.js";
import { attachPersistence } from "../state/persist.js";
import { attachPrefs } from "../state/prefs.js";
import type { Store } from "../state/store.js";
import type { Tab } from "../state/types.js";
import { baseStyles } from "../components/styles.js";
import { runCommand } from "./commands.js";
import { isUndoKey } from "./keys.js";
import "./cp-status.js";
import "./cp-toolbar.js";
import "../views/editor/cp-editor.js";
import "../views/results/cp-results.js";

const TABS: readonly Tab[] = ["plan", "compare", "plans", "teach", "uncertainty"];

/** Views not on the first screen, fetched when first shown (keeps them out of the first-load bundle). */
const LAZY = {
  compare: () => import("../views/compare/cp-compare.js"),
  plans: () => import("../views/plans/cp-plans-tab.js"),
  teach: () => import("../views/teach/cp-teach-tab.js"),
  uncertainty: () => import("../views/uncertainty/cp-uncertainty.js"),
  report: () => import("../views/report/cp-report.js"),
  planTable: () => import("../views/plan-table/cp-plan-table.js"),
} as const;
type LazyPart = keyof typeof LAZY;

/** The application root: creates the store, provides it, solves on every revision, lays out the views. */
@customElement("cp-app")
export class CpApp extends LitElement {
  @provide({ context: storeContext }) @state() private store: Store | undefined;
  @state() private printing = false;
  @state() private failure: string | null = null;
  /** Lazy parts whose code did not load (offline, or gone from the server after an update): said in place, with a retry. */
  @state() private lazyFailed: ReadonlySet<LazyPart> = new Set();
  private db: Idb | null = null;
  private solver: SolveController | undefined;

  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: 1480px; margin: 0 auto; padding: 0 1rem 2rem; }
      header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; border-bottom: 2px solid var(--cp-accent); padding: 0.4rem 0; }
      h1 { font-size: 1.4rem; margin: 0; }
      p.sub { color: var(--cp-muted); margin: 0.1rem 0 0; font-size: 0.9rem; }
      .scenario { display: flex; align-items: center; gap: 0.4rem; flex-wrap: wrap; }
      .scenario select { max-width: 22rem; }
      [role="tablist"] { display: flex; gap: 0.25rem; margin: 0.75rem 0 0.5rem; border-bottom: 1px solid var(--cp-line); }
      [role="tab"] { border: 1px solid transparent; border-bottom: none; border-radius: 6px 6px 0 0; background: none; color: var(--cp-muted); padding: 0.45rem 1rem; margin-bottom: -1px; }
      [role="tab"][aria-selected="true"], [role="tab"][aria-selected="true"]:hover { color: var(--cp-ink); border-color: var(--cp-line); background: var(--cp-bg); font-weight: 600; }
      .workspace { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.25rem; align-items: start; }
      @media (min-width: 1100px) {
        .workspace { grid-template-columns: minmax(360px, 5fr) minmax(0, 7fr); }
        cp-editor { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto; }
      }
      cp-report { display: none; }
      @media print {
        :host { max-width: none; padding: 0; }
        header, cp-toolbar, cp-status, [role="tablist"], [role="tabpanel"] { display: none !important; }
        cp-report { display: block; }
      }
    `,
  ];

  /** Inside a frame (marked by public/frame-guard.js where no header forbade it): the app refuses to render. */
  private readonly framed = document.documentElement.hasAttribute("data-framed");

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.framed) return;
    void this.start();
    addEventListener("keydown", this.onKey);
    addEventListener("beforeprint", this.onBeforePrint);
    addEventListener("afterprint", this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener("keydown", this.onKey);
    removeEventListener("beforeprint", this.onBeforePrint);
    removeEventListener("afterprint", this.onAfterPrint);
  }

  private async start(): Promise<void> {
    try {
      this.db = await Idb.open();
      const store = await bootstrap(this.db, location);
      if (location.hash) history.replaceState(null, "", location.pathname + location.search);
      attachPrefs(store);
      if (this.db) attachPersistence(store, this.db);
      store.subscribe((s, prev) => {
        if (s.locale !== prev.locale || s.view !== prev.view || s.library !== prev.library || s.workspace.key !== prev.workspace.key) this.requestUpdate();
      });
      this.store = store;
      const client = new SolveClient(() => new Worker(new URL("../solve/solve.worker.ts", import.meta.url), { type: "module" }));
      this.solver = new SolveController(this, store, client);
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
    }
  }

  private onKey = (e: KeyboardEvent) => {
    const key = isUndoKey(e);
    if (!key || !this.store) return;
    e.preventDefault();
    void this.command({ command: key });
  };

  private onBeforePrint = () => {
    void this.loadLazy("report");
    this.printing = true;
  };

  /** Loads a lazy part; false (and the part marked as failed, which its place then says) when its code does not load. */
  private loadLazy(part: LazyPart): Promise<boolean> {
    return LAZY[part]().then(
      () => {
        if (this.lazyFailed.has(part)) this.lazyFailed = new Set([...this.lazyFailed].filter((p) => p !== part));
        return true;
      },
      () => {
        if (!this.lazyFailed.has(part)) this.lazyFailed = new Set([...this.lazyFailed, part]);
        return false;
      },
    );
  }

  private lazyAlert(part: LazyPart, what: string) {
    const m = messagesFor(this.store?.state.locale ?? "zh-CN");
    return html`<p role="alert" class="bad">${m.lazyFailed(what)} <button @click=${() => void this.loadLazy(part)}>${m.retryLoad}</button></p>`;
  }

  private onAfterPrint = () => {
    this.printing = false;
  };

  private async command(c: Command): Promise<void> {
    if (!this.store) return;
    await runCommand(c, {
      store: this.store,
      cancelSolve: () => this.solver?.cancel(),
      print: async () => {
        if (!(await this.loadLazy("report"))) {
          const [zh, en] = [messagesFor("zh-CN"), messagesFor("en")];
          this.store?.reject({ source: "network", issues: [{ path: "report", code: "loadFailed", zh: zh.lazyFailed(zh.toolbar.print), en: en.lazyFailed(en.toolbar.print) }] });
          return;
        }
        this.printing = true;
        await this.updateComplete;
        await this.renderRoot.querySelector("cp-report")?.updateComplete;
        print();
      },
    });
  }

  /**
   * Switches to a scenario. When it cannot be opened the menu goes back to the scenario still open, and
   * a scenario file that did not load says which one stays open (edits go there, issue 16.12).
   */
  private async openScenario(key: string): Promise<void> {
    const store = this.store;
    if (!store || key === store.state.workspace.key) return;
    const from = store.state.workspace;
    const r = await openByKey(this.db, key);
    if (r.ok) {
      store.openWorkspace(r.value, { key: "opened", detail: pick(r.value.label, store.state.locale) });
      return;
    }
    const menu = this.renderRoot.querySelector<HTMLSelectElement>("#scenario");
    if (menu) menu.value = store.state.workspace.key;
    if (!r.issues.some((i) => i.code === "loadFailed")) {
      store.reject({ source: "storage", issues: r.issues });
      return;
    }
    const to = [...catalog, ...lessons, ...store.state.library].find((e) => e.key === key)?.label ?? { zh: key, en: key };
    const [zh, en] = [messagesFor("zh-CN"), messagesFor("en")];
    const stillOn = { path: to.zh, code: "stillOn", zh: zh.stillOn(from.label.zh, to.zh), en: en.stillOn(from.label.en, to.en) };
    store.reject({ source: "network", issues: [stillOn, ...r.issues] });
  }

  private onTabKey(e: KeyboardEvent, tab: Tab): void {
    const i = TABS.indexOf(tab);
    const next = e.key === "ArrowRight" ? TABS[(i + 1) % TABS.length] : e.key === "ArrowLeft" ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (!next) return;
    e.preventDefault();
    this.store?.setView({ tab: next });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  override render() {
    if (this.framed) {
      const [zh, en] = [messagesFor("zh-CN"), messagesFor("en")];
      return html`<p role="alert" class="bad">${zh.framed} <span lang="en">${en.framed}</span>
        <a href=${location.href} target="_blank" rel="noopener noreferrer">${zh.openAlone} / <span lang="en">${en.openAlone}</span></a></p>`;
    }
    const store = this.store;
    if (!store) {
      const m = messagesFor(document.documentElement.lang === "en" ? "en" : "zh-CN");
      return this.failure ? html`<p role="alert" class="bad">${this.failure}</p>` : html`<p role="status">${m.loading}</p>`;
    }
    const s = store.state;
    const m = messagesFor(s.locale);
    const tab = s.view.tab;
    if (tab !== "plan" && !this.lazyFailed.has(tab)) void this.loadLazy(tab);
    // The plan's own per-facility figures (Yanjiang 表1) beside the model: a section under the plan tab, loaded on demand.
    const planned = tab === "plan" && s.scenario.facilities.some((f) => f.planned !== undefined);
    if (planned && !this.lazyFailed.has("planTable")) void this.loadLazy("planTable");
    return html`
      <header>
        <div><h1>${m.appTitle}</h1><p class="sub">${m.appSubtitle}</p></div>
        <div class="scenario">
          <label for="scenario">${m.scenario}</label>
          <select id="scenario" @change=${(e: Event) => void this.openScenario((e.target as HTMLSelectElement).value)}>
            <optgroup label=${m.bundled}>
              ${catalog.map((c) => html`<option value=${c.key} ?selected=${c.key === s.workspace.key}>${pick(c.label, s.locale)}</option>`)}
            </optgroup>
            ${s.library.length === 0 ? nothing : html`<optgroup label=${m.kept}>
              ${s.library.map((c) => html`<option value=${c.key} ?selected=${c.key === s.workspace.key}>${pick(c.label, s.locale)}</option>`)}
            </optgroup>`}
          </select>
          <button id="lang" lang=${s.locale === "zh-CN" ? "en" : "zh-CN"} aria-label=${`${m.language}: ${m.switchTo}`} @click=${() => store.setLocale(s.locale === "zh-CN" ? "en" : "zh-CN")}>${m.switchTo}</button>
        </div>
      </header>
      <cp-toolbar @cp-command=${(e: CustomEvent<Command>) => void this.command(e.detail)}></cp-toolbar>
      <cp-status @cp-command=${(e: CustomEvent<Command>) => void this.command(e.detail)}></cp-status>
      <div role="tablist" aria-label=${m.tabs.label}>
        ${TABS.map((t) => html`<button role="tab" id=${`tab-${t}`} aria-controls=${`panel-${t}`} aria-selected=${t === tab ? "true" : "false"} tabindex=${t === tab ? 0 : -1}
          @click=${() => store.setView({ tab: t })} @keydown=${(e: KeyboardEvent) => this.onTabKey(e, t)}>${m.tabs[t]}</button>`)}
      </div>
      <div role="tabpanel" id=${`panel-${tab}`} aria-labelledby=${`tab-${tab}`} @cp-open-scenario=${(e: CustomEvent<string>) => void this.openScenario(e.detail)}>
        ${tab === "plan"
          ? html`<div class="workspace"><cp-editor></cp-editor><cp-results @cp-command=${(e: CustomEvent<Command>) => void this.command(e.detail)}></cp-results></div>
            ${planned ? (this.lazyFailed.has("planTable") ? this.lazyAlert("planTable", m.planTable.title) : html`<cp-plan-table></cp-plan-table>`) : nothing}`
          : this.lazyFailed.has(tab) ? this.lazyAlert(tab, m.tabs[tab])
          : tab === "compare" ? html`<cp-compare></cp-compare>` : tab === "plans" ? html`<cp-plans-tab></cp-plans-tab>` : tab === "teach" ? html`<cp-teach-tab></cp-teach-tab>` : html`<cp-uncertainty></cp-uncertainty>`}
      </div>
      ${this.printing ? html`<cp-report mode=${tab === "compare" ? "comparison" : "proposal"}></cp-report>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-app": CpApp;
  }
}
