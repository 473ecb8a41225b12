import type { AllocationResult, InputIssue, Label, Scenario, SolverChoice } from "../../models/index.js";
import type { Violation } from "../../models/check/index.js";
import type { Locale } from "../i18n/messages.js";
import type { CheckedResult, SolvePhase } from "../solve/protocol.js";
import type { History } from "./history.js";

/** The app's top-level views. */
export type Tab = "plan" | "compare" | "plans" | "teach" | "uncertainty";
/** Sections of the scenario editor. */
export type EditorSection = "budgets" | "targets" | "population" | "facilities" | "costs" | "objective" | "region";

/** Where the user is: tab, editor section, the target the coverage charts show. */
export type ViewState = {
  readonly tab: Tab;
  readonly section: EditorSection;
  /** Target id shown in coverage charts (null: the first zone-scoped one). */
  readonly chartTarget: string | null;
};

/**
 * A scenario being worked on: the bundled or opened original, the current edit of it and its undo history.
 * `key` names it in IndexedDB: `bundled:<file>`, `example:three-towns`, `file:<region id>`, `shared:<region id>`.
 */
export type Workspace = {
  readonly key: string;
  readonly label: Label;
  readonly scenario: Scenario;
  readonly original: Scenario;
  readonly history: History;
};

/**
 * The solve of the current revision. `checked` is the latest checked result received (possibly of an
 * older revision, shown as out of date while the new one runs); `status` refers to `revision`.
 */
export type SolveState = {
  /** `timeout`: the time limit ran out (the worker said so, or it was stopped); `checked` keeps the last result, shown as out of date. */
  readonly status: "idle" | "pending" | "done" | "failed" | "cancelled" | "timeout";
  readonly revision: number;
  readonly phase: SolvePhase | null;
  /** `now()` when the current revision's solve started. */
  readonly startedAt: number;
  readonly checked: CheckedResult | null;
  readonly message?: string;
};

/** A saved proposal: a named, checked allocation and the scenario it answers. */
export type Proposal = {
  readonly id: string;
  readonly name: string;
  /** ISO time of saving. */
  readonly savedAt: string;
  readonly workspace: string;
  readonly scenario: Scenario;
  readonly result: AllocationResult;
  readonly violations: readonly Violation[];
};

/** A rejected edit, file, link or stored item: where it came from and the bilingual issues. */
export type IssueReport = {
  readonly source: "edit" | "file" | "link" | "storage" | "paste" | "network";
  readonly issues: readonly InputIssue[];
};

/** A short confirmation shown in the status line. */
export type Notice = {
  readonly key: "saved" | "opened" | "sharedOpened" | "linkCopied" | "downloaded" | "reset" | "updatedElsewhere" | "keptBoth";
  readonly detail?: string;
  /** After a table import: the sheets with columns whose header was not recognised (ignored), shown as a warning. */
  readonly ignored?: readonly IgnoredColumns[];
};

/** A sheet's columns ignored by a table import (header not recognised) and the headers the template expects there. */
export type IgnoredColumns = {
  readonly sheet: string;
  readonly kind: "zones" | "facilities";
  readonly columns: readonly { readonly letter: string; readonly header: string }[];
  readonly expected: readonly { readonly zh: string; readonly en: string }[];
};

/**
 * Whether autosave works: `unavailable` (IndexedDB missing or refused, e.g. private mode), `full` (a write
 * hit the quota), `failed` (another write error). Anything but `ok` is reported with the JSON download.
 */
export type StorageHealth = "ok" | "unavailable" | "full" | "failed";

/** Everything the app shows, replaced immutably on every change. */
export type AppState = {
  readonly workspace: Workspace;
  /** The current scenario (= workspace.scenario). */
  readonly scenario: Scenario;
  /** Increments on every committed scenario change; solves are keyed on it. */
  readonly revision: number;
  readonly solve: SolveState;
  readonly solver: SolverChoice;
  /** Wall-clock limit of every solve, ms (a preference, kept in localStorage). */
  readonly timeLimitMs: number;
  readonly storage: StorageHealth;
  readonly proposals: readonly Proposal[];
  /** Ids of the proposals compared, in order (2–4 shown). */
  readonly compare: readonly string[];
  readonly locale: Locale;
  readonly view: ViewState;
  readonly issues: IssueReport | null;
  readonly notice: Notice | null;
  /** Workspaces kept in IndexedDB besides the bundled ones (opened files, shared links). */
  readonly library: readonly LibraryEntry[];
};

/** A stored workspace's key and label (the scenario menu lists them). */
export type LibraryEntry = { readonly key: string; readonly label: Label };
