import { readJsonFile } from "../../models/io/read-json.js";
import { parseScenario } from "../../models/scenario/index.js";
import type { InputIssue, Scenario } from "../../models/index.js";
import type { Command } from "../events.js";
import { newWorkspace } from "../state/catalog.js";
import { encodeShare } from "../state/share.js";
import type { Store } from "../state/store.js";
import { importTable } from "./import-table.js";

/** What commands act on besides the store. */
export type CommandContext = {
  readonly store: Store;
  readonly cancelSolve: () => void;
  readonly print: () => Promise<void>;
};


/** The `format` field of a backup file (the scenario, its original and the proposals, for when storage fails). */
export const BACKUP_FORMAT = "capacity-planner-backup";

/** Reads a scenario JSON file, or the scenario of a backup file: the validated scenario or bilingual issues. */
export async function readScenarioFile(file: Blob): Promise<{ ok: true; value: Scenario } | { ok: false; issues: readonly InputIssue[] }> {
  const read = readJsonFile(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return read;
  const data = read.value;
  const backup = typeof data === "object" && data !== null && (data as { format?: unknown }).format === BACKUP_FORMAT;
  return parseScenario(backup ? (data as { scenario?: unknown }).scenario : data);
}

/** The backup file: the current scenario (which the Open button reads again), the scenario as opened, and every saved proposal. */
export function backupOf(state: Store["state"], savedAt: string): { name: string; text: string } {
  const s = state.scenario;
  const backup = {
    format: BACKUP_FORMAT, version: 1, savedAt,
    workspace: { key: state.workspace.key, label: state.workspace.label },
    scenario: s, original: state.workspace.original,
    proposals: state.proposals.map((p) => ({ id: p.id, name: p.name, savedAt: p.savedAt, workspace: p.workspace, scenario: p.scenario, result: p.result })),
  };
  return { name: `${s.region.id}-${s.region.planYear}-backup.json`, text: `${JSON.stringify(backup, null, 2)}\n` };
}

/** Downloads the backup (the way out when the browser cannot store the work) and says so. */
export function downloadBackup(store: Store): void {
  const { name, text } = backupOf(store.state, new Date().toISOString());
  download(name, text, "application/json");
  store.notify({ key: "downloaded", detail: name });
}

/** The file name a scenario is saved under: `<region id>-<plan year>.json`. */
export function scenarioFileName(s: Scenario): string {
  return `${s.region.id}-${s.region.planYear}.json`;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Carries out a toolbar command. A file that does not validate changes nothing and shows its issues. */
export async function runCommand(c: Command, ctx: CommandContext): Promise<void> {
  const { store } = ctx;
  switch (c.command) {
    case "undo":
      store.undo();
      return;
    case "redo":
      store.redo();
      return;
    case "reset":
      store.resetToOriginal();
      return;
    case "retry":
      store.setSolver(store.state.solver);
      return;
    case "solver":
      store.setSolver(c.solver);
      return;
    case "cancelSolve":
      ctx.cancelSolve();
      return;
    case "print":
      await ctx.print();
      return;
    case "open": {
      const r = await readScenarioFile(c.file);
      if (!r.ok) return store.reject({ source: "file", issues: r.issues });
      const s = r.value;
      store.openWorkspace(newWorkspace(`file:${s.region.id}`, s.region.name, s), { key: "opened", detail: c.file.name });
      return;
    }
    case "import": {
      const r = await importTable(store.state.scenario, c.file);
      if (!r.ok) return store.reject({ source: "file", issues: r.issues });
      store.replaceScenario(r.value.scenario, { key: "opened", detail: c.file.name, ...(r.value.ignored.length > 0 ? { ignored: r.value.ignored } : {}) });
      return;
    }
    case "save": {
      const s = store.state.scenario;
      const name = scenarioFileName(s);
      download(name, `${JSON.stringify(s, null, 2)}\n`, "application/json");
      store.notify({ key: "downloaded", detail: name });
      return;
    }
    case "share": {
      const url = new URL(location.href);
      url.hash = await encodeShare(store.state.scenario);
      const link = url.toString();
      await navigator.clipboard?.writeText(link).catch(() => undefined);
      store.notify({ key: "linkCopied", detail: link });
      return;
    }
  }
}
