/** Running one benchmark child process with a time limit and a heap cap, and reading its JSON line. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export type Goals = { readonly binding: number; readonly equity: number; readonly expected: number; readonly cost: number };
/** What a child reported, or how it ended without reporting. */
export type ChildOutcome = { readonly ok: true; readonly json: Record<string, unknown> } | { readonly ok: false; readonly outcome: string };

/** Runs `node --max-old-space-size=HEAP --import tsx bench/SCRIPT args…`, killed after `limitS` seconds. */
export function runChild(root: string, script: string, args: readonly (string | number)[], limitS: number, heapMb: number): ChildOutcome {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, "--import", "tsx", join(root, "bench", script), ...args.map(String)], {
    encoding: "utf8",
    timeout: limitS * 1000,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 26,
  });
  if (child.error?.message.includes("ETIMEDOUT")) return { ok: false, outcome: `out of time (> ${limitS} s)` };
  if (/heap out of memory|Allocation failed|Invalid array length|Array buffer allocation failed/i.test(child.stderr ?? "")) return { ok: false, outcome: `out of memory (heap cap ${heapMb} MB)` };
  if (child.signal) return { ok: false, outcome: child.signal === "SIGKILL" ? "killed (SIGKILL: the system ran out of memory)" : `killed (${child.signal})` };
  if (child.status !== 0) return { ok: false, outcome: `failed (exit ${child.status}: ${(child.stderr ?? "").trim().split("\n").pop()?.slice(0, 120)})` };
  const json = JSON.parse(child.stdout.trim().split("\n").pop()!) as Record<string, unknown>;
  if (typeof json["failed"] === "string") return { ok: false, outcome: json["failed"] === "timeout" ? `out of time (> ${limitS} s)` : `failed (${json["failed"]})` };
  return { ok: true, json };
}

/** Whether a program is on the PATH. */
export function installed(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).status === 0;
}

/** Median, min and max of a list of times. */
export function spread(times: readonly number[]): { median: number; min: number; max: number } {
  const t = [...times].sort((a, b) => a - b);
  const n = t.length;
  return { median: n % 2 ? t[n >> 1]! : (t[n / 2 - 1]! + t[n / 2]!) / 2, min: t[0]!, max: t[n - 1]! };
}

/** Largest relative difference between two sets of goal values (docs/model.md tolerance form). */
export function maxRelDiff(a: Goals, b: Goals): number {
  return Math.max(...(["binding", "equity", "expected", "cost"] as const).map((g) => Math.abs(a[g] - b[g]) / Math.max(1, Math.abs(a[g]), Math.abs(b[g]))));
}
