/**
 * How long the app's main thread works on each message of the solve worker (progress and results), on
 * Yanjiang 2025 with six budget edits: from the message's arrival to a task queued behind the app's handler
 * and its microtasks (Lit renders there) — or, with `--frame`, to the next animation frame. Needs a build:
 * `npx vite build && npx tsx bench/app-frame.ts [--frame]`.
 */
import { startHarness } from "../test/browser/harness.js";
import { revision, waitForNewResult, waitForResult } from "../test/browser/helpers.js";
const h = await startHarness();
const errors: string[] = [];
const mode = process.argv.includes("--frame") ? "frame" : "task";
const ctx = await h.browser.newContext({ locale: "zh-CN" });
await ctx.addInitScript((m) => {
  (window as unknown as { __mode: string }).__mode = m;
  const w = window as unknown as { __frames: number[] };
  w.__frames = [];
  const Orig = window.Worker;
  window.Worker = class extends Orig {
    constructor(url: string | URL, o?: WorkerOptions) {
      super(url, o);
      this.addEventListener("message", () => {
        const t = performance.now();
        // runs after the app's own listener (registered earlier) and its microtasks; the frame after them:
        if ((window as unknown as { __mode: string }).__mode === "frame") requestAnimationFrame(() => w.__frames.push(performance.now() - t));
        else {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__frames.push(performance.now() - t);
          ch.port2.postMessage(0);
        }
      });
    }
  } as typeof Worker;
}, mode);
const page = await ctx.newPage();
page.on("pageerror", (e) => errors.push(e.message));
await page.goto(h.url);
await waitForResult(page, 60_000);
const box = page.getByRole("textbox", { name: "资本预算（总额）" });
for (const v of ["40000", "38000", "36000", "34000", "32000", "30000"]) {
  const rev = await revision(page);
  await box.fill(v);
  await page.keyboard.press("Enter");
  await waitForNewResult(page, rev, 60_000);
}
const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
const sorted = [...frames].sort((a, b) => a - b);
console.log(mode === "frame" ? "ms from a worker message to the next frame:" : "ms of main-thread work per worker message (handler + microtasks):", "messages", frames.length, "median", sorted[Math.floor(sorted.length / 2)]?.toFixed(1), "max", sorted.at(-1)?.toFixed(1), "errors", errors.length);
await h.close();
