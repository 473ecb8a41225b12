import { LabelSchema, parseScenario } from "../../models/scenario/index.js";
import type { Label, Scenario } from "../../models/index.js";

/**
 * A workspace whose IndexedDB write had not landed when the page was hidden or unloaded (issue 16.3:
 * Enter, then F5, lost the edit — a write started in `pagehide` is aborted with the page). localStorage
 * is written synchronously, so the journal survives the reload; the next load prefers it to the stored
 * record it was meant to replace (`version`: the record's version when the edit was made).
 */
export type JournalEntry = {
  readonly key: string;
  readonly label: Label;
  readonly scenario: Scenario;
  readonly original: Scenario;
  /** The scenario before the last edit (the newest undo step), which the stored history may lack. */
  readonly previous: Scenario | null;
  readonly version: number;
};

const PREFIX = "cp.journal:";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Writes the journal of a workspace, synchronously; false when localStorage refuses it (blocked, full). */
export function writeJournal(entry: JournalEntry): boolean {
  try {
    storage()?.setItem(PREFIX + entry.key, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Drops the journal of a workspace (its write landed). */
export function clearJournal(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Storage blocked: there is no journal to clear.
  }
}

/** The journal of a workspace, validated (localStorage is a boundary); null when absent or damaged. */
export function readJournal(key: string): JournalEntry | null {
  let raw: unknown;
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const j = raw as Record<string, unknown>;
  const scenario = parseScenario(j["scenario"]);
  const original = parseScenario(j["original"]);
  const previous = j["previous"] === null ? null : parseScenario(j["previous"]);
  const label = LabelSchema.safeParse(j["label"]);
  if (!scenario.ok || !original.ok || !label.success || typeof j["version"] !== "number" || j["key"] !== key) return null;
  return { key, label: label.data, scenario: scenario.value, original: original.value, previous: previous?.ok ? previous.value : null, version: j["version"] };
}
