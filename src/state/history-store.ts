import { parseScenario } from "../../models/scenario/index.js";
import type { Scenario } from "../../models/index.js";
import { emptyHistory, type History } from "./history.js";
import type { Idb } from "./idb.js";
import type { Workspace } from "./types.js";

/** Undo steps kept across a reload (each side). */
export const PERSISTED_STEPS = 40;

type StoredList = { readonly past: readonly string[]; readonly future: readonly string[] };
const listKey = (workspace: string) => `history:${workspace}`;

/**
 * The undo history in IndexedDB. Each scenario of a history is written once, as a snapshot of its
 * own (`snapshots`, by id); a workspace's history is a short list of ids (`meta`, `history:<key>`).
 * So an edit writes one scenario, not the whole history, and a reload finds the undo steps.
 */
export class HistoryStore {
  readonly #ids = new WeakMap<Scenario, string>();
  readonly #written = new Set<string>();
  readonly #refs = new Map<string, Set<string>>();
  #n = 0;

  constructor(private readonly db: Idb) {}

  #idOf(s: Scenario): string {
    let id = this.#ids.get(s);
    if (!id) {
      id = `${Date.now().toString(36)}-${(this.#n++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      this.#ids.set(s, id);
    }
    return id;
  }

  /** Reads a workspace's history, validating every snapshot (IndexedDB is a boundary); damaged steps are dropped. */
  async load(workspace: string): Promise<History> {
    const list = await this.db.get<StoredList>("meta", listKey(workspace));
    if (!list || !Array.isArray(list.past) || !Array.isArray(list.future)) return emptyHistory;
    const read = async (ids: readonly string[]) => {
      const out: Scenario[] = [];
      for (const id of ids) {
        const r = parseScenario(await this.db.get("snapshots", id));
        if (!r.ok) continue;
        this.#ids.set(r.value, id);
        this.#written.add(id);
        out.push(r.value);
      }
      return out;
    };
    this.#refs.set(workspace, new Set([...list.past, ...list.future]));
    return { ...emptyHistory, past: await read(list.past), future: await read(list.future) };
  }

  /** Writes the snapshots a workspace's history gained, its list of ids, and drops the snapshots it no longer uses. */
  async save(w: Workspace): Promise<void> {
    const past = w.history.past.slice(-PERSISTED_STEPS);
    const future = w.history.future.slice(0, PERSISTED_STEPS);
    const ids = { past: past.map((s) => this.#idOf(s)), future: future.map((s) => this.#idOf(s)) };
    const all = [...past, ...future];
    for (const s of all) {
      const id = this.#idOf(s);
      if (this.#written.has(id)) continue;
      this.#written.add(id);
      await this.db.put("snapshots", s, id).catch((e: unknown) => {
        this.#written.delete(id);
        throw e;
      });
    }
    await this.db.put("meta", ids, listKey(w.key));
    const now = new Set([...ids.past, ...ids.future]);
    for (const id of this.#refs.get(w.key) ?? []) {
      if (now.has(id)) continue;
      await this.db.delete("snapshots", id);
      this.#written.delete(id);
    }
    this.#refs.set(w.key, now);
  }

  /** Deletes snapshots no stored history refers to (left by a page closed mid-write). */
  async sweep(): Promise<void> {
    const keys = await this.db.getAllKeys("meta");
    const used = new Set<string>();
    for (const k of keys) {
      if (typeof k !== "string" || !k.startsWith("history:")) continue;
      const list = await this.db.get<StoredList>("meta", k);
      for (const id of [...(list?.past ?? []), ...(list?.future ?? [])]) used.add(id);
    }
    for (const id of await this.db.getAllKeys("snapshots")) {
      if (typeof id === "string" && !used.has(id) && !this.#written.has(id)) await this.db.delete("snapshots", id);
    }
  }
}

const stores = new WeakMap<Idb, HistoryStore>();

/** The history store of a database (one per database, so snapshot ids are shared by loading and saving). */
export function historyStoreOf(db: Idb): HistoryStore {
  let h = stores.get(db);
  if (!h) stores.set(db, (h = new HistoryStore(db)));
  return h;
}
