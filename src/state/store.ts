import type { Scenario, SolverChoice } from "../../models/index.js";
import type { Locale } from "../i18n/messages.js";
import type { CheckedResult, SolvePhase } from "../solve/protocol.js";
import { applyEdit } from "./actions.js";
import { coalesceKey, type Edit } from "./edits.js";
import { emptyHistory, recordEdit, redo, undo } from "./history.js";
import { DEFAULT_TIME_LIMIT_MS } from "./prefs.js";
import { makeProposal, type ProposalError } from "./proposals.js";
import type { AppState, IssueReport, LibraryEntry, Notice, Proposal, SolveState, StorageHealth, ViewState, Workspace } from "./types.js";

/** Listener of store changes. */
export type Listener = (state: AppState, previous: AppState) => void;

/** The most proposals compared at once. */
export const MAX_COMPARE = 4;

function withEntry(library: readonly LibraryEntry[], w: Workspace): readonly LibraryEntry[] {
  return library.some((e) => e.key === w.key) || w.key.startsWith("bundled:") || w.key.startsWith("example:") ? library : [...library, { key: w.key, label: w.label }];
}

const idleSolve = (revision: number): SolveState => ({ status: "idle", revision, phase: null, startedAt: 0, checked: null });

/** The initial state for a workspace. */
export function initialState(
  workspace: Workspace,
  o: {
    locale: Locale; view: ViewState; proposals?: readonly Proposal[]; compare?: readonly string[]; library?: readonly LibraryEntry[]; issues?: IssueReport | null; notice?: Notice | null;
    timeLimitMs?: number; storage?: StorageHealth;
  },
): AppState {
  const proposals = o.proposals ?? [];
  return {
    workspace, scenario: workspace.scenario, revision: 1, solve: idleSolve(1), solver: "auto", timeLimitMs: o.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, storage: o.storage ?? "ok", proposals,
    compare: (o.compare ?? []).filter((id) => proposals.some((p) => p.id === id)).slice(0, MAX_COMPARE),
    locale: o.locale, view: o.view, issues: o.issues ?? null, notice: o.notice ?? null, library: withEntry(o.library ?? [], workspace),
  };
}

/**
 * The app store: one immutable `AppState` snapshot, replaced by actions; no Lit, no DOM (tested in Node).
 * Solve actions carry the revision they answer and are ignored when it is not the current one.
 */
export class Store {
  #state: AppState;
  readonly #listeners = new Set<Listener>();
  readonly #now: () => number;

  constructor(state: AppState, now: () => number = () => Date.now()) {
    this.#state = state;
    this.#now = now;
  }

  /** The current snapshot. */
  get state(): AppState {
    return this.#state;
  }

  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe(fn: Listener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #set(patch: Partial<AppState>): void {
    const previous = this.#state;
    this.#state = { ...previous, ...patch };
    for (const fn of this.#listeners) fn(this.#state, previous);
  }

  #commit(scenario: Scenario, history: Workspace["history"], notice: Notice | null = null): void {
    const revision = this.#state.revision + 1;
    const workspace = { ...this.#state.workspace, scenario, history };
    this.#set({ workspace, scenario, revision, issues: null, notice, solve: { ...this.#state.solve, status: "idle", revision, phase: null } });
  }

  /** Applies an edit; an edit that makes the scenario invalid is refused and its issues shown. Returns whether it was committed. */
  edit(e: Edit): boolean {
    const s = this.#state;
    const r = applyEdit(s.scenario, e);
    if (!r.ok) {
      this.#set({ issues: { source: "edit", issues: r.issues } });
      return false;
    }
    this.#commit(r.value, recordEdit(s.workspace.history, s.scenario, coalesceKey(e), this.#now()));
    return true;
  }

  /** Replaces the scenario (a file opened into the current workspace) as one undoable step. */
  replaceScenario(scenario: Scenario, notice: Notice | null = null): void {
    this.#commit(scenario, recordEdit(this.#state.workspace.history, this.#state.scenario, null, this.#now()), notice);
  }

  /** Switches to another workspace (another bundled scenario, an opened file, a shared link). */
  openWorkspace(workspace: Workspace, notice: Notice | null = null): void {
    const revision = this.#state.revision + 1;
    this.#set({ workspace, scenario: workspace.scenario, revision, issues: null, notice, solve: idleSolve(revision), library: withEntry(this.#state.library, workspace) });
  }

  /** Goes back to the scenario as opened (undoable). */
  resetToOriginal(): void {
    if (this.#state.scenario === this.#state.workspace.original) return;
    this.replaceScenario(this.#state.workspace.original, { key: "reset" });
  }

  undo(): boolean {
    const r = undo(this.#state.workspace.history, this.#state.scenario);
    if (r) this.#commit(r.scenario, r.history);
    return r !== null;
  }

  redo(): boolean {
    const r = redo(this.#state.workspace.history, this.#state.scenario);
    if (r) this.#commit(r.scenario, r.history);
    return r !== null;
  }

  /** Shows issues of something rejected at a boundary (a file, a link, a paste). */
  reject(report: IssueReport): void {
    this.#set({ issues: report, notice: null });
  }

  dismissIssues(): void {
    this.#set({ issues: null });
  }

  notify(notice: Notice | null): void {
    this.#set({ notice });
  }

  setLocale(locale: Locale): void {
    this.#set({ locale });
  }

  setView(patch: Partial<ViewState>): void {
    this.#set({ view: { ...this.#state.view, ...patch } });
  }

  /** Chooses the solver; the scenario is solved again with it. */
  setSolver(solver: SolverChoice): void {
    const revision = this.#state.revision + 1;
    this.#set({ solver, revision, solve: { ...this.#state.solve, status: "idle", revision, phase: null } });
  }

  /** Sets the time limit of solves; a solve that ran out of time is run again with it. */
  setTimeLimit(ms: number): void {
    if (ms === this.#state.timeLimitMs) return;
    if (this.#state.solve.status !== "timeout") return this.#set({ timeLimitMs: ms });
    const revision = this.#state.revision + 1;
    this.#set({ timeLimitMs: ms, revision, solve: { ...this.#state.solve, status: "idle", revision, phase: null } });
  }

  /** Autosave works again, or stopped working (reported with the JSON download). */
  setStorage(storage: StorageHealth): void {
    if (storage !== this.#state.storage) this.#set({ storage });
  }

  solveStarted(revision: number): void {
    if (revision !== this.#state.revision) return;
    this.#set({ solve: { ...this.#state.solve, status: "pending", revision, phase: "queued", startedAt: this.#now() } });
  }

  solveProgress(revision: number, phase: SolvePhase): void {
    const s = this.#state.solve;
    if (revision !== this.#state.revision || s.status !== "pending") return;
    this.#set({ solve: { ...s, phase } });
  }

  /**
   * A checked result arrived; a final one ends the solve. A `timeout` result ends it as timed out and
   * keeps the last result (shown as out of date) instead of replacing it by nothing.
   */
  solveResult(checked: CheckedResult): void {
    const s = this.#state.solve;
    if (checked.revision !== this.#state.revision || s.status !== "pending") return;
    if (checked.result.status === "timeout" && checked.violations.length === 0) return this.solveTimedOut(checked.revision);
    this.#set({ solve: { ...s, checked, ...(checked.final ? { status: "done", phase: null } : {}) } });
  }

  solveFailed(revision: number, message: string): void {
    if (revision !== this.#state.revision) return;
    this.#set({ solve: { ...this.#state.solve, status: "failed", phase: null, message } });
  }

  /** The time limit ran out (the worker reported it, or the client stopped the worker). */
  solveTimedOut(revision: number): void {
    if (revision !== this.#state.revision) return;
    this.#set({ solve: { ...this.#state.solve, status: "timeout", phase: null } });
  }

  solveCancelled(revision: number): void {
    if (revision !== this.#state.revision) return;
    this.#set({ solve: { ...this.#state.solve, status: "cancelled", phase: null } });
  }

  /** Saves the current result as a named proposal; refused (with the reason) unless it is current and has an allocation. */
  saveProposal(name: string): ProposalError | null {
    const s = this.#state;
    const r = makeProposal(s, name, new Date(this.#now()).toISOString());
    if (!r.ok) return r.error;
    const compare = s.compare.length < MAX_COMPARE ? [...s.compare, r.proposal.id] : s.compare;
    this.#set({ proposals: [...s.proposals, r.proposal], compare, notice: { key: "saved", detail: r.proposal.name } });
    return null;
  }

  removeProposal(id: string): void {
    const s = this.#state;
    this.#set({ proposals: s.proposals.filter((p) => p.id !== id), compare: s.compare.filter((c) => c !== id) });
  }

  /** Adds a proposal to the comparison (at most four) or removes it. */
  toggleCompare(id: string): void {
    const s = this.#state;
    if (s.compare.includes(id)) this.#set({ compare: s.compare.filter((c) => c !== id) });
    else if (s.compare.length < MAX_COMPARE && s.proposals.some((p) => p.id === id)) this.#set({ compare: [...s.compare, id] });
  }
}

export { emptyHistory };
