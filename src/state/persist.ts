import { LabelSchema, parseScenario } from "../../models/scenario/index.js";
import { AllocationResultSchema } from "../../models/result-schema.js";
import type { Label } from "../../models/index.js";
import { historyStoreOf } from "./history-store.js";
import { storageFailureOf, type Idb } from "./idb.js";
import type { Store } from "./store.js";
import type { AppState, LibraryEntry, Proposal, Workspace } from "./types.js";

/** A workspace as stored: the scenarios as plain JSON. Its undo history is kept apart (see `HistoryStore`). */
type StoredWorkspace = { key: string; label: Label; scenario: unknown; original: unknown; savedAt: string };
type StoredProposal = Omit<Proposal, "scenario" | "result"> & { scenario: unknown; result: unknown };

const META_CURRENT = "current";
const META_COMPARE = "compare";

/** Reads a stored workspace, validating every scenario in it (IndexedDB is a boundary); null when absent or invalid. */
export async function loadWorkspace(db: Idb, key: string): Promise<Workspace | null> {
  const w = await db.get<StoredWorkspace>("workspaces", key);
  if (!w) return null;
  const scenario = parseScenario(w.scenario);
  const original = parseScenario(w.original);
  const label = LabelSchema.safeParse(w.label);
  if (!scenario.ok || !label.success) return null;
  const history = await historyStoreOf(db).load(key);
  return { key, label: label.data, scenario: scenario.value, original: original.ok ? original.value : scenario.value, history };
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

function storedWorkspace(w: Workspace): StoredWorkspace {
  return { key: w.key, label: w.label, scenario: w.scenario, original: w.original, savedAt: new Date().toISOString() };
}


/**
 * Autosaves the store to IndexedDB on every change of the workspace, the proposals or the comparison.
 * Writes of one item are coalesced (the latest wins, 30 ms) and flushed when the page is hidden. They do
 * not wait for the solve (which runs in the worker), so a page that dies mid-solve has its edits stored.
 * A failed write (quota, closed database) is reported through `store.setStorage`; the next batch that
 * succeeds clears the report.
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
  const saveWorkspace = (w: Workspace, prev?: Workspace) => {
    schedule(`w:${w.key}`, () => db.put("workspaces", storedWorkspace(w)));
    // A slider drag changes the scenario on every step but the history only on the first.
    const h = w.history;
    const p = prev?.history;
    if (!p || h.past !== p.past || h.future.length !== p.future.length || h.future.some((s, i) => s !== p.future[i])) schedule(`h:${w.key}`, () => histories.save(w));
  };
  const onChange = (s: AppState, prev: AppState) => {
    if (s.workspace !== prev.workspace) {
      if (s.workspace.key !== prev.workspace.key) {
        flush();
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
  const onHide = () => {
    if (document.visibilityState === "hidden") flush();
  };
  const unsubscribe = store.subscribe(onChange);
  document.addEventListener("visibilitychange", onHide);
  addEventListener("pagehide", flush);
  schedule("current", () => db.put("meta", store.state.workspace.key, META_CURRENT));
  saveWorkspace(store.state.workspace);
  void histories.sweep().catch(() => undefined);
  return () => {
    unsubscribe();
    document.removeEventListener("visibilitychange", onHide);
    removeEventListener("pagehide", flush);
  };
}
