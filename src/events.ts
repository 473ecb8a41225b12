import type { Edit } from "./state/edits.js";
import type { IssueReport } from "./state/types.js";

/** Detail of `cp-number`: the value a number field or slider now holds (null: cleared). */
export type NumberChange = { readonly value: number | null; readonly final: boolean };

/** A toolbar command; `file` accompanies the commands that open one. */
export type Command =
  | { readonly command: "undo" | "redo" | "reset" | "save" | "share" | "print" | "retry" | "cancelSolve" }
  | { readonly command: "open" | "import"; readonly file: File }
  | { readonly command: "solver"; readonly solver: "auto" | "jslp" | "highs" | "fast" };

declare global {
  interface GlobalEventHandlersEventMap {
    /** An edit intent from an editor leaf; the container commits it through the store. */
    "cp-edit": CustomEvent<Edit>;
    /** A number field or slider changed (`final`: committed with Enter/blur, not mid-drag). */
    "cp-number": CustomEvent<NumberChange>;
    /** The coverage charts should show another target (its id). */
    "cp-chart-target": CustomEvent<string>;
    /** Input a leaf could not use (a paste that is not numbers): shown by the store's issue box. */
    "cp-reject": CustomEvent<IssueReport>;
    /** A toolbar command, handled by `<cp-app>`. */
    "cp-command": CustomEvent<Command>;
  }
}

/** Creates a bubbling, composed `cp-*` event (crosses shadow roots up to the container). */
export function cpEvent<K extends "cp-edit" | "cp-number" | "cp-chart-target" | "cp-command" | "cp-reject">(
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
