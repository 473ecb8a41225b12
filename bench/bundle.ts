/**
 * Initial bundle size: builds the app into a scratch directory (never into `dist/`, which others use)
 * and gzips what `index.html` loads at first — its module scripts, stylesheets and modulepreloads —
 * listing every other chunk (loaded later, by a dynamic import or by `new Worker`) and the WebAssembly
 * separately.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export type BundleFile = { readonly file: string; readonly bytes: number; readonly gzip: number };
export type BundleReport = { readonly initial: readonly BundleFile[]; readonly later: readonly BundleFile[]; readonly wasm: readonly BundleFile[] };

function sizeOf(dir: string, file: string): BundleFile {
  const data = readFileSync(join(dir, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** Builds with `npx vite build --outDir DIR --emptyOutDir` and measures; throws when the build fails. */
export function measureBundle(root: string, outDir: string): BundleReport {
  const build = spawnSync("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr.slice(-2000)}`);
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const refs = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/<script/.test(tag) || /rel="(?:stylesheet|modulepreload)"/.test(tag)) refs.add(m[1]!);
  }
  const assets = readdirSync(join(outDir, "assets")).filter((f) => !f.endsWith(".map"));
  const initial = [...refs].filter((f) => !f.startsWith("data:")).map((f) => sizeOf(outDir, f));
  const initialNames = new Set(initial.map((f) => f.file));
  const later = assets.map((f) => `assets/${f}`).filter((f) => !initialNames.has(f) && /\.(js|css)$/.test(f)).map((f) => sizeOf(outDir, f));
  const wasm = assets.filter((f) => f.endsWith(".wasm")).map((f) => sizeOf(outDir, `assets/${f}`));
  return { initial, later: later.sort((a, b) => b.gzip - a.gzip), wasm };
}
