import { LabelSchema, parseScenario } from "../../models/scenario/index.js";
import { AllocationResultSchema } from "../../models/result-schema.js";
import type { Label, Scenario } from "../../models/index.js";
import { historyStoreOf } from "./history-store.js";
import { storageFailureOf, type Idb } from "./idb.js";
import { clearJournal, readJournal, writeJournal } from "./journal.js";
import { keepBoth, openTabChannel, takeTheirs, type TabChannel } from "./tab-sync.js";
import type { Store } from "./store.js";
import type { AppState, LibraryEntry, Proposal, Workspace } from "./types.js";

/**
 * A workspace as stored: the scenarios as plain JSON, and a version counted up by every save (issue
 * 16.2: two tabs on one scenario — a save that finds a newer version than the one its edits started
 * from keeps both instead of overwriting). Its undo history is kept apart (see `HistoryStore`).
 */
type StoredWorkspace = { key: string; label: Label; scenario: unknown; original: unknown; savedAt: string; version?: number };
type StoredProposal = Omit<Proposal, "scenario" | "result"> & { scenario: unknown; result: unknown };

const META_CURRENT = "current";
const META_COMPARE = "compare";

/** This page's view of the store: the version of each workspace record it last read or wrote. */
const knownVersions = new Map<string, number>();
/** Workspaces exactly as stored (just read or just written): nothing of theirs is waiting to be saved. */
const storedWorkspaces = new WeakSet<Workspace>();

/** The scenario before the last edit, which a journal carries into the history it restores. */
const sameScenario = (a: Scenario | undefined, b: Scenario) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads a stored workspace, validating every scenario in it (IndexedDB is a boundary); null when absent
 * or invalid. An edit whose write had not landed when the page went away (its journal, `journal.ts`) is
 * preferred to the record it was meant to replace.
 */
export async function loadWorkspace(db: Idb, key: string): Promise<Workspace | null> {
  const w = await db.get<StoredWorkspace>("workspaces", key);
  const version = typeof w?.version === "number" ? w.version : 0;
  knownVersions.set(key, version);
  const journal = readJournal(key);
  if (journal && journal.version === version) {
    const stored = await historyStoreOf(db).load(key);
    const past = journal.previous && !sameScenario(stored.past.at(-1), journal.previous) ? [...stored.past, journal.previous] : stored.past;
    return { key, label: journal.label, scenario: journal.scenario, original: journal.original, history: { ...stored, past, future: [] } };
  }
  if (journal) clearJournal(key);
  if (!w) return null;
  const scenario = parseScenario(w.scenario);
  const original = parseScenario(w.original);
  const label = LabelSchema.safeParse(w.label);
  if (!scenario.ok || !label.success) return null;
  const history = await historyStoreOf(db).load(key);
  const loaded: Workspace = { key, label: label.data, scenario: scenario.value, original: original.ok ? original.value : scenario.value, history };
  storedWorkspaces.add(loaded);
  return loaded;
}

/** The key of the workspace the user was on, the comparison selection, and the stored workspaces. */
export async function loadMeta(db: Idb): Promise<{ current: string | null; compare: string[]; library: LibraryEntry[] }> {
  const [current, compare, all] = await Promise.all([db.get<string>("meta", META_CURRENT), db.get<string[]>("meta", META_COMPARE), db.getAll<StoredWorkspace>("workspaces")]);
  const library = all.flatMap((w) => {
    const label = LabelSchema.safeParse(w.label);
    return typeof w.key === "string" && label.success ? [{ key: w.key, label: label.data }] : [];
  });
  return { current: typeof current === "string" ? current : null, compare: Array.isArray(compare) ? compare.filter((c) => typeof c === "string") : [], library };
}

/**
 * Reads the saved proposals; each scenario and result is validated and the result re-checked by the
 * independent checker (loaded only when there is something to check). Damaged ones are dropped.
 */
export async function loadProposals(db: Idb): Promise<Proposal[]> {
  const stored = await db.getAll<StoredProposal>("proposals");
  if (stored.length === 0) return [];
  const { checkResult } = await import("../../models/check/index.js");
  return stored
    .flatMap((p) => {
      const scenario = parseScenario(p.scenario);
      const result = AllocationResultSchema.safeParse(p.result);
      if (!scenario.ok || !result.success || typeof p.id !== "string" || typeof p.name !== "string") return [];
      return [{ ...p, scenario: scenario.value, result: result.data, violations: checkResult(scenario.value, result.data) }];
    })
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

function storedWorkspace(w: Workspace, version: number): StoredWorkspace {
  return { key: w.key, label: w.label, scenario: w.scenario, original: w.original, savedAt: new Date().toISOString(), version };
}


/**
 * Autosaves the store to IndexedDB on every change of the workspace, the proposals or the comparison.
 * Writes of one item are coalesced (the latest wins, 30 ms) and flushed when the page is hidden. They do
 * not wait for the solve (which runs in the worker), so a page that dies mid-solve has its edits stored.
 * A failed write (quota, closed database) is reported through `store.setStorage`; the next batch that
 * succeeds clears the report.
 *
 * Nothing is lost to a reload or a second tab (issue 16.2, 16.3): a workspace is written only over the
 * version its edits started from (`Idb.update`), else both are kept (`keepBoth`); each save is told to the
 * other tabs, and a tab with no edits of its own shows the newer version (`takeTheirs`); a workspace whose
 * write has not landed when the page is hidden or unloaded is journaled synchronously (`journal.ts`).
 */
export function attachPersistence(store: Store, db: Idb): () => void {
  /** Jobs waiting, by delay then by item (the latest job for an item replaces the earlier one). */
  const pending = new Map<number, Map<string, () => Promise<void>>>();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const run = (delay: number) => {
    clearTimeout(timers.get(delay));
    timers.delete(delay);
    const jobs = [...(pending.get(delay)?.values() ?? [])];
    pending.delete(delay);
    void Promise.allSettled(jobs.map((job) => job())).then((results) => {
      const failed = results.find((r) => r.status === "rejected");
      if (failed) {
        console.warn("autosave failed", failed.reason);
        store.setStorage(storageFailureOf(failed.reason));
      } else if (jobs.length > 0) store.setStorage("ok");
    });
  };
  const flush = () => [...pending.keys()].forEach(run);
  const schedule = (id: string, job: () => Promise<void>, delay = 30) => {
    const jobs = pending.get(delay) ?? new Map<string, () => Promise<void>>();
    jobs.set(id, job);
    pending.set(delay, jobs);
    if (!timers.has(delay)) timers.set(delay, setTimeout(() => run(delay), delay));
  };
  const histories = historyStoreOf(db);
  const channel: TabChannel = openTabChannel();
  /** The latest workspace of each key whose write is waiting or under way. */
  const unsaved = new Map<string, Workspace>();
  /** Keys whose history changed since it was last written. */
  const historyDirty = new Set<string>();
  /** Keys this tab left for a copy of its own after another tab saved them: nothing more is written there. */
  const forked = new Set<string>();
  /** Keys journaled when the page was hidden: a write that lands re-journals what is still unsaved. */
  const journaled = new Set<string>();
  const journal = (w: Workspace) => {
    if (writeJournal({ key: w.key, label: w.label, scenario: w.scenario, original: w.original, previous: w.history.past.at(-1) ?? null, version: knownVersions.get(w.key) ?? 0 })) journaled.add(w.key);
  };

  const writeWorkspace = async (w: Workspace) => {
    if (forked.has(w.key)) return;
    const base = knownVersions.get(w.key) ?? 0;
    let newer = false;
    const written = await db.update<StoredWorkspace>("workspaces", w.key, (current) => {
      const version = typeof current?.version === "number" ? current.version : 0;
      newer = version > base;
      return newer ? undefined : storedWorkspace(w, version + 1);
    });
    if (newer || !written) {
      forked.add(w.key);
      unsaved.delete(w.key);
      keepBoth(store, w);
      return;
    }
    knownVersions.set(w.key, written.version ?? base + 1);
    storedWorkspaces.add(w);
    const later = unsaved.get(w.key);
    if (later === w) unsaved.delete(w.key);
    if (journaled.has(w.key)) {
      if (later && later !== w) journal(later);
      else {
        clearJournal(w.key);
        journaled.delete(w.key);
      }
    }
    channel.post(w.key, written.version ?? base + 1);
    if (historyDirty.delete(w.key)) await histories.save(w);
  };
  const saveWorkspace = (w: Workspace, prev?: Workspace) => {
    if (storedWorkspaces.has(w)) return;
    unsaved.set(w.key, w);
    // A slider drag changes the scenario on every step but the history only on the first.
    const h = w.history;
    const p = prev?.history;
    if (!p || h.past !== p.past || h.future.length !== p.future.length || h.future.some((s, i) => s !== p.future[i])) historyDirty.add(w.key);
    schedule(`w:${w.key}`, () => writeWorkspace(w));
  };
  const onChange = (s: AppState, prev: AppState) => {
    if (s.workspace !== prev.workspace) {
      if (s.workspace.key !== prev.workspace.key) {
        flush();
        forked.delete(s.workspace.key);
        schedule("current", () => db.put("meta", s.workspace.key, META_CURRENT));
      }
      saveWorkspace(s.workspace, s.workspace.key === prev.workspace.key ? prev.workspace : undefined);
    }
    if (s.compare !== prev.compare) schedule("compare", () => db.put("meta", [...s.compare], META_COMPARE));
    if (s.proposals !== prev.proposals) {
      const now = new Set(s.proposals.map((p) => p.id));
      for (const p of s.proposals) if (!prev.proposals.includes(p)) schedule(`p:${p.id}`, () => db.put("proposals", p));
      for (const p of prev.proposals) if (!now.has(p.id)) schedule(`p:${p.id}`, () => db.delete("proposals", p.id));
    }
  };
  channel.listen((key, version) => {
    const current = store.state.workspace;
    // Edits of this tab wait to be saved: their save finds the newer version and keeps both.
    if (current.key !== key || version <= (knownVersions.get(key) ?? 0) || !storedWorkspaces.has(current)) return;
    void loadWorkspace(db, key).then((loaded) => {
      if (loaded && store.state.workspace === current) takeTheirs(store, loaded);
    }, () => undefined);
  });
  const onHide = () => {
    unsaved.forEach(journal);
    flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") onHide();
  };
  const unsubscribe = store.subscribe(onChange);
  document.addEventListener("visibilitychange", onVisibility);
  addEventListener("pagehide", onHide);
  schedule("current", () => db.put("meta", store.state.workspace.key, META_CURRENT));
  saveWorkspace(store.state.workspace);
  void histories.sweep().catch(() => undefined);
  return () => {
    unsubscribe();
    channel.close();
    document.removeEventListener("visibilitychange", onVisibility);
    removeEventListener("pagehide", onHide);
  };
}
