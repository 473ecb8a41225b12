import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";

const ROOT = join(import.meta.dirname, "..", "..");
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
/** The built app to serve: `dist/`, or `CP_DIST` (an absolute path) so that parallel builds do not collide. */
const DIST = process.env["CP_DIST"] ?? join(ROOT, "dist");

/** A built app served by `vite preview` on a free port, and a headless Debian Chromium to drive it. */
export type Harness = { readonly url: string; readonly browser: Browser; close(): Promise<void> };

/** Serves `dist/` (run `vite build` first) and launches Chromium headless. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST} is missing: run \`npx vite build\` first`);
  const server: PreviewServer = await preview({ root: ROOT, logLevel: "silent", build: { outDir: DIST }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** Opens a fresh page (own storage) at `h.url` + `suffix` and fails the test on any page error or console error. */
export async function openPage(h: Harness, errors: string[], suffix = ""): Promise<Page> {
  const context = await h.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  await page.goto(h.url + suffix);
  return page;
}
