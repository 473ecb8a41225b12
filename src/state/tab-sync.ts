import { pick } from "../i18n/index.js";
import type { Store } from "./store.js";
import type { Workspace } from "./types.js";

/** One message between tabs of the app: a workspace was saved at a version. */
type Saved = { readonly type: "saved"; readonly key: string; readonly version: number; readonly from: string };

/** This page among the app's tabs (a fork of a workspace is named after it). */
const TAB = (globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)).slice(0, 8);

/** Tells the app's other tabs of each save, and hears theirs (BroadcastChannel; a no-op where there is none). */
export type TabChannel = {
  readonly post: (key: string, version: number) => void;
  readonly listen: (heard: (key: string, version: number) => void) => void;
  readonly close: () => void;
};

/** Opens the channel `capacity-planner` shared by the app's tabs of one origin. */
export function openTabChannel(): TabChannel {
  if (typeof BroadcastChannel === "undefined") return { post: () => undefined, listen: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel("capacity-planner");
  return {
    post: (key, version) => channel.postMessage({ type: "saved", key, version, from: TAB } satisfies Saved),
    listen: (heard) => {
      channel.onmessage = (e: MessageEvent<Saved>) => {
        const m = e.data;
        if (m?.type === "saved" && m.from !== TAB && typeof m.key === "string" && typeof m.version === "number") heard(m.key, m.version);
      };
    },
    close: () => channel.close(),
  };
}

/**
 * Keeps both versions when this tab's edits were made against an older save than the one stored (another
 * tab saved in between, issue 16.2): this tab's workspace — its scenario and undo history — goes on under
 * a key and label of its own (`… (this tab's edits)`), the stored one stays as the other tab left it, and a
 * notice says so. Nothing is overwritten.
 */
export function keepBoth(store: Store, w: Workspace): void {
  const current = store.state.workspace;
  const mine = current.key === w.key ? current : w;
  const label = { zh: `${w.label.zh}（本标签页的修改）`, en: `${w.label.en} (this tab's edits)` };
  store.openWorkspace({ ...mine, key: `copy:${w.key}~${TAB}`, label }, { key: "keptBoth", detail: pick(label, store.state.locale) });
}

/** Shows a workspace another tab saved, in this tab that had no edits of its own on it. */
export function takeTheirs(store: Store, loaded: Workspace): void {
  store.openWorkspace(loaded, { key: "updatedElsewhere", detail: pick(loaded.label, store.state.locale) });
}
