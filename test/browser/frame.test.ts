import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, describe, it } from "node:test";
import type { Frame, Page } from "playwright-core";
import { startHarness, type Harness } from "./harness.js";
import { waitForResult } from "./helpers.js";

/**
 * A page of another origin (another port of the loopback: a page Chromium sees as public may not frame a
 * local server at all) that frames the app: clickjacking.
 */
let attacker: Server;
let ATTACKER = "";

async function framedBy(h: Harness, strip: boolean): Promise<{ page: Page; frame: () => Frame | undefined }> {
  const context = await h.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  if (strip) {
    // A server that sends no headers (a plain static server, or the files opened from disk): only the page's own guard is left.
    await page.route(`${h.url}`, async (route) => {
      const response = await route.fetch();
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([k]) => !/content-security-policy|x-frame-options/i.test(k)));
      await route.fulfill({ response, headers });
    });
  }
  await page.goto(ATTACKER);
  return { page, frame: () => page.frames().find((f) => f.url().startsWith(h.url)) };
}

/** Issue 16.15: the app is never shown inside another site's frame. */
describe("framing (clickjacking)", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
    attacker = createServer((_, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<!doctype html><title>x</title><iframe id="victim" src="${h.url}" width="1200" height="800"></iframe>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    const address = attacker.address();
    ATTACKER = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  });
  after(async () => {
    await h.close();
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  });

  it("the server sends a Content-Security-Policy with frame-ancestors 'none' and X-Frame-Options: DENY; the worker's policy allows WebAssembly", async () => {
    const page = await (await h.browser.newContext()).newPage();
    const response = await page.goto(h.url);
    const headers = response!.headers();
    assert.match(headers["content-security-policy"] ?? "", /frame-ancestors 'none'/);
    assert.doesNotMatch(headers["content-security-policy"] ?? "", /unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    assert.equal(headers["x-frame-options"], "DENY");
    assert.equal(headers["x-content-type-options"], "nosniff");
    await waitForResult(page);
    const worker = await page.evaluate(async () => {
      const url = [...performance.getEntriesByType("resource")].map((e) => e.name).find((n) => /solve\.worker/.test(n));
      return url ? (await fetch(url)).headers.get("content-security-policy") : null;
    });
    assert.match(worker ?? "", /script-src 'self' 'wasm-unsafe-eval'/);
    await page.context().close();
  });

  it("a cross-origin page cannot frame the app: the browser blocks it by the headers", async () => {
    const { page, frame } = await framedBy(h, false);
    await page.waitForTimeout(1500);
    const f = frame();
    const rendered = f ? await f.locator("cp-app h1").count().catch(() => 0) : 0;
    assert.equal(rendered, 0, "no app inside the frame");
    await page.context().close();
  });

  it("without the headers (a bare static server, file://) the page's own guard refuses to render inside a frame", async () => {
    const { page, frame } = await framedBy(h, true);
    await page.waitForFunction((url) => [...document.querySelectorAll("iframe")].some((i) => i.src.startsWith(url)), h.url);
    let f = frame();
    for (let i = 0; i < 50 && !f; i++) {
      await page.waitForTimeout(100);
      f = frame();
    }
    assert.ok(f, "the frame loaded (no headers to block it)");
    const refusal = f.locator("cp-app [role=alert]");
    await refusal.waitFor();
    assert.match((await refusal.textContent()) ?? "", /不能在其他网页的框架中显示.*cannot be shown inside another page's frame/s);
    assert.equal(await f.locator("cp-app h1").count(), 0, "no editor, no buttons to click");
    assert.equal(await f.locator("cp-editor").count(), 0);
    await page.context().close();
  });
});
