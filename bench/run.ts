/**
 * `npm run bench`: generated scenarios (seed 1) of each size solved by each path — the fast path,
 * HiGHS, javascript-lp-solver, and native CLP on exported LP files when `clp` is installed — each in
 * its own child process with a time limit and a heap cap; then the district re-solve and the initial
 * bundle size. Writes docs/benchmarks.md.
 *
 * Flags: --sizes 25,100,400,1600,3200  --paths fast,highs,jslp,clp  --repeats N (default 5 up to 100
 * towns and for the fast path, else 1)  --time-limit SECONDS (per child, default 300)  --heap-mb MB
 * (default 2048)  --no-resolve  --no-bundle  --out FILE (default docs/benchmarks.md).
 */
import { rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { measureBundle, type BundleReport } from "./bundle.js";
import { installed, runChild, spread, type Goals } from "./children.js";
import { writeReport, type ResolveRow, type Row } from "./report.js";

const ROOT = join(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const sizes = arg("--sizes", "25,100,400,1600,3200").split(",").map(Number);
const paths = arg("--paths", "fast,highs,jslp,clp").split(",");
const repeatsFlag = arg("--repeats", "");
const limitS = Number(arg("--time-limit", "300"));
const heapMb = Number(arg("--heap-mb", "2048"));
const SEED = 1;
const clp = installed("clp");
const started = Date.now();

const rows: Row[] = [];
for (const towns of sizes) {
  for (const path of paths) {
    if (path === "clp" && !clp) continue;
    const repeats = repeatsFlag ? Number(repeatsFlag) : towns <= 100 || path === "fast" ? 5 : 1;
    const r = path === "clp" ? runChild(ROOT, "clp-one.ts", [towns, SEED, limitS], limitS + 60, heapMb) : runChild(ROOT, "solve-one.ts", [towns, SEED, path, repeats], limitS, heapMb);
    if (!r.ok) {
      rows.push({ towns, path, outcome: r.outcome, repeats });
      console.log(towns, path, r.outcome);
      continue;
    }
    const t = spread(r.json["times"] as number[]);
    // Peak memory of one solve: repeats in one process also keep the garbage of the earlier ones.
    const single = path !== "clp" && repeats > 1 ? runChild(ROOT, "solve-one.ts", [towns, SEED, path, 1], limitS, heapMb) : r;
    const rss = (single.ok ? single.json : r.json)["maxRssMb"] as number;
    rows.push({ towns, path, outcome: String(r.json["status"]), repeats: path === "clp" ? 1 : repeats, ...t, rss, goals: r.json["objective"] as Goals, violations: r.json["violations"] as number });
    console.log(towns, path, r.json["status"], `${t.median.toFixed(0)} ms`, `${rss.toFixed(0)} MB`);
  }
}

const resolve: ResolveRow[] = [];
if (!argv.includes("--no-resolve")) {
  const cases: [string, string, string][] = [
    ["synthetic, 25 towns", "25", "fast"], ["synthetic, 25 towns", "25", "jslp"], ["synthetic, 25 towns", "25", "highs"],
    ["Yanjiang 2025", join(ROOT, "scenarios", "yanjiang-2025.json"), "auto"], ["Yanjiang 2025", join(ROOT, "scenarios", "yanjiang-2025.json"), "highs"],
  ];
  for (const [label, source, path] of cases) {
    const r = runChild(ROOT, "resolve-one.ts", [source, path, 50], limitS, heapMb);
    if (!r.ok) {
      resolve.push({ label, path, outcome: r.outcome });
      continue;
    }
    resolve.push({ label, path, outcome: String(r.json["status"]), solver: String(r.json["solver"]), solve: spread(r.json["solve"] as number[]), check: spread(r.json["check"] as number[]) });
    console.log(label, path, `${spread(r.json["solve"] as number[]).median.toFixed(2)} ms`);
  }
}

let bundle: BundleReport | null = null;
if (!argv.includes("--no-bundle")) {
  const dist = join(tmpdir(), `cp-bench-dist-${process.pid}`);
  bundle = measureBundle(ROOT, dist);
  rmSync(dist, { recursive: true, force: true });
}

const out = arg("--out", join(ROOT, "docs", "benchmarks.md"));
writeReport(out, {
  machine: `${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  command: argv.length > 0 ? `npm run bench -- ${argv.join(" ")}` : "npm run bench",
  minutes: (Date.now() - started) / 60_000,
  seed: SEED, limitS, heapMb, clp, rows, resolve, bundle,
});
console.log(`wrote ${out}`);
