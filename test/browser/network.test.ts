import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = process.env["CP_DIST"] ?? join(ROOT, "dist");
const THREE_TOWNS = join(ROOT, "test", "cases", "three-towns.json");

/**
 * Counts `securitypolicyviolation` events of the page (installed before any script of the app runs).
 * Page scripts are strings: tsx would wrap functions in a helper the page does not have.
 */
const COUNT_CSP = `window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber + " " + e.sample));`;
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Every element of the page, through every open shadow root: tag and attribute names. */
const DEEP_ELEMENTS = `(() => {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      out.push({ tag: el.localName, attrs: el.getAttributeNames() });
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return out;
})()`;

describe("safe page", () => {
  let h: Harness;
  let dir: string;
  before(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), "cp-safe-"));
  });
  after(async () => {
    await h.close();
  });

  it("the built page has a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts, no inline script, no eval() or new Function in the bundle", () => {
    const index = readFileSync(join(DIST, "index.html"), "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(index)?.[1];
    assert.ok(csp, "a CSP meta element");
    const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    assert.deepEqual(directives.get("script-src"), ["'self'"]);
    assert.deepEqual(directives.get("default-src"), ["'self'"]);
    assert.deepEqual(directives.get("connect-src"), ["'self'"]);
    assert.deepEqual(directives.get("object-src"), ["'none'"]);
    assert.doesNotMatch(csp, /unsafe-eval/);
    const scripts = [...index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs!, /\bsrc="\/(assets\/[^"]+|zod-jitless|frame-guard)\.js"/, "every script is a file of the app");
      assert.equal(body!.trim(), "", "no inline script");
    }
    assert.doesNotMatch(index.replace(/<!--[\s\S]*?-->/g, ""), /\son[a-z]+\s*=/i, "no inline event handler");
    for (const f of readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"))) {
      const js = readFileSync(join(DIST, "assets", f), "utf8");
      assert.doesNotMatch(js, /\bnew Function\s*\(|(?<![\w.$])eval\s*\(/, `${f} evaluates strings as code`);
    }
  });

  it("renders names from an opened file as text only: no element, no script run, in the page, the comparison or the report", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await waitForResult(page);
    const img = '<img src=x onerror="window.__pwned=1">';
    const script = "<script>window.__pwned=2</script>";
    const s = JSON.parse(readFileSync(THREE_TOWNS, "utf8"));
    s.region.name = { zh: `${script}示例`, en: img };
    s.zones[0].name = { zh: img, en: img };
    s.zones[1].name = { zh: script, en: script };
    s.facilities[0].name = { zh: `<svg onload="window.__pwned=3">`, en: img };
    s.resources[0].name = { zh: `<b onmouseover="window.__pwned=4">床位</b>`, en: "Beds" };
    const file = join(dir, '<img src=x onerror="window.__pwned=5">.json');
    writeFileSync(file, JSON.stringify(s));
    const rev = await revision(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(file);
    await waitForNewResult(page, rev);
    assert.match((await page.locator("cp-status [role=status]").textContent()) ?? "", /已打开 <img src=x onerror="window\.__pwned=5">\.json/);
    await page.getByRole("tab", { name: "人口" }).click();
    await page.getByRole("tab", { name: "机构" }).click();
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“方案 2”。").waitFor();
    await page.getByRole("tab", { name: "方案比较" }).click();
    await page.locator("cp-comparison table").first().waitFor();
    await page.getByRole("button", { name: "打印报告" }).click();
    await page.locator("cp-report h1").waitFor({ state: "attached" });
    await page.getByRole("tab", { name: "编辑与结果" }).click();
    await page.locator("cp-results #verdict").waitFor();

    const elements = await page.evaluate<{ tag: string; attrs: string[] }[]>(DEEP_ELEMENTS);
    assert.deepEqual(elements.filter((e) => e.tag === "img"), [], "no <img> from imported text (the app draws none)");
    const scripts = await page.evaluate(() => [...document.querySelectorAll("script")].map((x) => x.getAttribute("src")));
    assert.ok(scripts.every((src) => src === "/zod-jitless.js" || src === "/frame-guard.js" || src?.startsWith("/assets/")), "the only scripts are the app's files");
    assert.equal(elements.filter((e) => e.tag === "script").length, scripts.length, "no script element in a shadow root");
    assert.deepEqual(elements.filter((e) => e.attrs.some((a) => a.startsWith("on"))), [], "no inline event handler attribute");
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    // The names are there, as text.
    const shown = await page.locator("#scenario option:checked").textContent();
    assert.equal(shown, `${script}示例`);
    assert.deepEqual(errors, []);
  });

  it("makes no request to another host, and after load only for the app's own built files (lazy chunks, wasm, bundled data)", async () => {
    const errors: string[] = [];
    const context = await h.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    await context.addInitScript({ content: COUNT_CSP });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    const requests: { url: string; afterLoad: boolean }[] = [];
    let loaded = false;
    // Requests of the page and of its workers (the context sees both).
    context.on("request", (r) => requests.push({ url: r.url(), afterLoad: loaded }));
    await page.goto(h.url);
    await waitForResult(page);
    loaded = true;

    let rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("30000");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“方案 1”。").waitFor();
    for (const solver of ["jslp", "highs"]) {
      rev = await revision(page);
      await page.getByRole("combobox", { name: "求解器" }).selectOption(solver);
      await waitForNewResult(page, rev, 60_000);
      assert.match((await page.locator("#verdict .meta").textContent()) ?? "", new RegExp(`求解器 ${solver}`));
    }
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“方案 2”。").waitFor();
    await page.getByRole("button", { name: "语言: English" }).click();
    await page.getByRole("button", { name: "Language: 中文" }).click();
    await page.getByRole("tab", { name: "方案比较" }).click();
    await page.locator("cp-comparison table").first().waitFor();
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole("button", { name: "打印报告" }).click();
    await page.locator("cp-report h1").waitFor({ state: "attached" });
    await page.getByRole("tab", { name: "规划文件" }).click();
    await page.locator("cp-plans-tab").getByRole("heading").first().waitFor({ timeout: 20_000 });
    await page.getByRole("tab", { name: "编辑与结果" }).click();
    rev = await revision(page);
    await page.getByRole("combobox", { name: "情景", exact: true }).selectOption({ label: "示例：三镇" });
    await waitForNewResult(page, rev);

    const origin = new URL(h.url).origin;
    const network = requests.filter((r) => !r.url.startsWith("data:") && !r.url.startsWith("blob:"));
    assert.deepEqual(network.filter((r) => new URL(r.url).origin !== origin), [], "every request is to the app's own origin");
    const later = network.filter((r) => r.afterLoad).map((r) => new URL(r.url).pathname);
    assert.deepEqual(later.filter((p) => !/^\/assets\/[\w.-]+\.(js|wasm|css|json)$/.test(p)), [], "after load, only the app's built files");
    assert.ok(later.some((p) => p.endsWith(".wasm")), "HiGHS's wasm is fetched when first needed (the recording works)");
    assert.ok(later.some((p) => /cp-compare/.test(p)), "the comparison view is a lazy chunk");
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
