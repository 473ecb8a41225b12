import type { InputIssue } from "../../models/index.js";
import { catalog, defaultKey, EXAMPLE_KEY, lessons, newWorkspace, openCatalogEntry } from "./catalog.js";
import type { Idb } from "./idb.js";
import { loadMeta, loadProposals, loadWorkspace } from "./persist.js";
import { readPrefs } from "./prefs.js";
import { decodeShare } from "./share.js";
import { initialState, Store } from "./store.js";
import type { IssueReport, LibraryEntry, Notice, Workspace } from "./types.js";

/**
 * Opens a workspace by key: the stored edit of it when there is one, else the bundled scenario. A bundled
 * file that cannot be fetched (offline, a 404 after a redeploy: its chunk is lazy) is an issue with code
 * `loadFailed`, never an exception that leaves the menu on a plan that is not open (issue 16.12).
 */
export async function openByKey(db: Idb | null, key: string): Promise<{ ok: true; value: Workspace } | { ok: false; issues: readonly InputIssue[] }> {
  const stored = db ? await loadWorkspace(db, key).catch(() => null) : null;
  if (stored) return { ok: true, value: stored };
  try {
    return await openCatalogEntry(key);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const label = [...catalog, ...lessons].find((c) => c.key === key)?.label.zh ?? key;
    return { ok: false, issues: [{ path: label, code: "loadFailed", zh: "情景文件未能从服务器加载（网络中断，或应用已更新而服务器上已没有该文件）", en: `the scenario file could not be loaded from the server (offline, or the app was updated and the file is gone: ${why})` }] };
  }
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
