import type { InputIssue } from "../../models/index.js";
import { catalog, defaultKey, EXAMPLE_KEY, newWorkspace, openCatalogEntry } from "./catalog.js";
import type { Idb } from "./idb.js";
import { loadMeta, loadProposals, loadWorkspace } from "./persist.js";
import { readPrefs } from "./prefs.js";
import { decodeShare } from "./share.js";
import { initialState, Store } from "./store.js";
import type { IssueReport, LibraryEntry, Notice, Workspace } from "./types.js";

/** Opens a workspace by key: the stored edit of it when there is one, else the bundled scenario. */
export async function openByKey(db: Idb | null, key: string): Promise<{ ok: true; value: Workspace } | { ok: false; issues: readonly InputIssue[] }> {
  const stored = db ? await loadWorkspace(db, key).catch(() => null) : null;
  if (stored) return { ok: true, value: stored };
  return openCatalogEntry(key);
}

/**
 * Builds the store the app starts with: a scenario shared in the URL hash, else the workspace the user
 * was on (IndexedDB), else the default scenario. A damaged link or stored item is reported, never
 * silently replacing work; no database (`db` null: private mode, storage blocked) starts with
 * `storage: "unavailable"`, which the status line reports.
 */
export async function bootstrap(db: Idb | null, location: Pick<Location, "hash">): Promise<Store> {
  const prefs = readPrefs();
  const meta = db ? await loadMeta(db).catch(() => ({ current: null, compare: [], library: [] as LibraryEntry[] })) : { current: null, compare: [], library: [] };
  const proposals = db ? await loadProposals(db).catch(() => []) : [];
  let issues: IssueReport | null = null;
  let notice: Notice | null = null;
  let workspace: Workspace | null = null;

  const shared = await decodeShare(location.hash);
  if (shared?.ok) {
    const s = shared.value;
    workspace = newWorkspace(`shared:${s.region.id}`, s.region.name, s);
    notice = { key: "sharedOpened", detail: s.region.name.zh };
  } else if (shared) {
    issues = { source: "link", issues: shared.issues };
  }
  for (const key of workspace ? [] : [meta.current, defaultKey(), EXAMPLE_KEY]) {
    if (!key) continue;
    const r = await openByKey(db, key);
    if (r.ok) {
      workspace = r.value;
      break;
    }
    if (key !== meta.current) issues ??= { source: "storage", issues: r.issues };
  }
  if (!workspace) throw new Error(`no scenario could be opened (catalog: ${catalog.map((e) => e.key).join(", ")})`);
  const storage = db ? "ok" : "unavailable";
  return new Store(initialState(workspace, { ...prefs, proposals, compare: meta.compare, library: meta.library, issues, notice, storage }));
}
