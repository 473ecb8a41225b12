import type { Scenario } from "../../models/index.js";

/**
 * Undo/redo stacks of scenarios. Edits with the same `lastKey` within `COALESCE_MS` (a slider being
 * dragged, a number being typed) make one step.
 */
export type History = {
  readonly past: readonly Scenario[];
  readonly future: readonly Scenario[];
  readonly lastKey: string | null;
  readonly lastAt: number;
};

/** Steps kept. */
export const HISTORY_LIMIT = 100;
/** Edits of one control closer together than this are one undo step. */
export const COALESCE_MS = 1000;

/** An empty history. */
export const emptyHistory: History = { past: [], future: [], lastKey: null, lastAt: 0 };

/** Records that `previous` was replaced by an edit with coalescing key `key` at time `now`; clears redo. */
export function recordEdit(h: History, previous: Scenario, key: string | null, now: number): History {
  const coalesce = key !== null && key === h.lastKey && now - h.lastAt < COALESCE_MS && h.past.length > 0;
  const past = coalesce ? h.past : [...h.past, previous].slice(-HISTORY_LIMIT);
  return { past, future: [], lastKey: key, lastAt: now };
}

/** Undoes one step: the scenario to show and the new history, or null when there is nothing to undo. */
export function undo(h: History, current: Scenario): { scenario: Scenario; history: History } | null {
  const scenario = h.past.at(-1);
  if (!scenario) return null;
  return { scenario, history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastKey: null, lastAt: 0 } };
}

/** Redoes one step, or null when there is nothing to redo. */
export function redo(h: History, current: Scenario): { scenario: Scenario; history: History } | null {
  const scenario = h.future[0];
  if (!scenario) return null;
  return { scenario, history: { past: [...h.past, current].slice(-HISTORY_LIMIT), future: h.future.slice(1), lastKey: null, lastAt: 0 } };
}
