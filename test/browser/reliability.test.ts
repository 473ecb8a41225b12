import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Locator, Page } from "playwright-core";
import { generateScenario } from "../../models/index.js";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

/** The text of an element inside the app's shadow roots (Playwright locators pierce them). */
const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? "").replace(/\s+/g, " ");

/** Waits until an input shows `value` (a re-render after undo/redo), then returns it. */
async function valueOf(input: Locator, value: string, timeout = 10_000): Promise<string> {
  const end = Date.now() + timeout;
  let v = await input.inputValue();
  while (v !== value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await input.inputValue();
  }
  return v;
}

/** Waits until the results section is solving (a solve is in flight). */
async function solving(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('cp-results section[aria-busy="true"]').waitFor({ timeout });
  await page.getByRole("button", { name: "取消计算" }).waitFor({ timeout });
}

describe("reliability: nothing lost, storage trouble, solver limits", () => {
  let h: Harness;
  let dir: string;
  let medium: string;
  let slow: string;
  let huge: string;
  before(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), "cp-reliability-"));
    // 150 towns: javascript-lp-solver needs seconds (a solve reliably in flight); HiGHS well under one.
    medium = join(dir, "medium.json");
    writeFileSync(medium, JSON.stringify(generateScenario({ towns: 150, seed: 3 })));
    // 1000 towns: about 111 million tableau cells, beyond javascript-lp-solver's hard limit (40 million).
    huge = join(dir, "huge.json");
    writeFileSync(huge, JSON.stringify(generateScenario({ towns: 1000, seed: 1 })));
    // 200 towns for the time limit: javascript-lp-solver's plan takes over 10 s, well past 1 s + the 2 s grace.
    slow = join(dir, "slow.json");
    writeFileSync(slow, JSON.stringify(generateScenario({ towns: 200, seed: 3 })));
  });
  after(async () => {
    await h.close();
  });

  it("keeps every edit and the undo history when the page crashes mid-solve (no unload handler runs)", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("combobox", { name: "求解器" }).selectOption("jslp");
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(medium);
    await page.getByRole("combobox", { name: "情景", exact: true }).locator("option:checked", { hasText: "合成情景 150 镇" }).waitFor({ state: "attached" });
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    const original = await budget.inputValue();
    await budget.fill("12345");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "人口" }).click();
    const town1 = page.getByRole("textbox", { name: "镇1 2025 年常住人口" });
    const town2 = page.getByRole("textbox", { name: "镇2 2025 年常住人口" });
    const [before1, before2] = [await town1.inputValue(), await town2.inputValue()];
    await town1.fill("54321");
    await page.keyboard.press("Enter");
    await town2.fill("43210");
    await page.keyboard.press("Enter");
    await solving(page);

    const crashed = new Promise<void>((resolve) => page.once("crash", () => resolve()));
    const cdp = await page.context().newCDPSession(page);
    void cdp.send("Page.crash").catch(() => undefined);
    await crashed;

    const again = await page.context().newPage();
    again.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    await again.goto(h.url);
    const town1b = again.getByRole("textbox", { name: "镇1 2025 年常住人口" });
    const town2b = again.getByRole("textbox", { name: "镇2 2025 年常住人口" });
    await again.locator("#scenario").waitFor({ timeout: 20_000 });
    assert.match(await text(again, "#scenario option:checked"), /合成情景 150 镇/, "the app reopens on the scenario being edited");
    await town2b.waitFor({ timeout: 20_000 });
    assert.equal(await town1b.inputValue(), "54321");
    assert.equal(await town2b.inputValue(), "43210");
    assert.equal(await again.locator("#storage-alert").count(), 0);
    await again.getByRole("tab", { name: "预算" }).click();
    assert.equal(await again.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "12,345");

    // The undo history came through the crash too: three steps back, one forward.
    const undo = again.getByRole("button", { name: "撤销" });
    await again.getByRole("tab", { name: "人口" }).click();
    await undo.click();
    assert.equal(await valueOf(town2b, before2), before2);
    assert.equal(await town1b.inputValue(), "54321");
    await undo.click();
    assert.equal(await valueOf(town1b, before1), before1);
    await undo.click();
    await again.getByRole("tab", { name: "预算" }).click();
    const budgetB = again.getByRole("textbox", { name: "资本预算（总额）" });
    assert.equal(await valueOf(budgetB, original), original);
    await again.getByRole("button", { name: "重做" }).click();
    assert.equal(await valueOf(budgetB, "12,345"), "12,345");
    await again.getByRole("tab", { name: "人口" }).click();
    assert.equal(await town1b.inputValue(), before1);
    assert.deepEqual(errors, []);
  });

  it("reports storage that cannot be opened (private mode), keeps the work usable, and saves it as a JSON backup", async () => {
    const errors: string[] = [];
    const context = await h.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", acceptDownloads: true });
    // (Init scripts are strings: tsx would wrap functions in a helper the page does not have.)
    await context.addInitScript({
      content: `Object.defineProperty(indexedDB, "open", { value() { throw new DOMException("The user denied permission to access the database.", "SecurityError"); } });`,
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    await page.goto(h.url);
    await waitForResult(page);
    const alert = page.locator("#storage-alert");
    assert.equal(await alert.getAttribute("role"), "alert");
    assert.match(await text(page, "#storage-alert"), /浏览器不允许本应用保存数据.*This browser does not let the app store data.*当前页面中的数据仍可继续使用/);
    await page.getByRole("button", { name: "语言: English" }).click();
    assert.match(await text(page, "#storage-alert"), /This browser does not let the app store data.*can still be used/);
    await page.getByRole("button", { name: "Language: 中文" }).click();

    const rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("22222");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "22,222");
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“方案 1”。").waitFor();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载备份（JSON）" }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), "yanjiang-2025-backup.json");
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const backup = JSON.parse(readFileSync(path, "utf8"));
    assert.equal(backup.format, "capacity-planner-backup");
    assert.equal(backup.scenario.budgets.capital.total, 22222);
    assert.equal(backup.original.budgets.capital.total, 46000);
    assert.deepEqual(backup.proposals.map((p: { name: string }) => p.name), ["方案 1"]);
    assert.equal(backup.proposals[0].result.status, "optimal");

    // The backup opens again with the toolbar's Open.
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("11111");
    await page.keyboard.press("Enter");
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(path);
    await page.getByText("已打开 yanjiang-2025-backup.json。").waitFor();
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "22,222");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("reports a full storage (QuotaExceededError), keeps the edit in memory, and clears the report once writes succeed", async () => {
    const errors: string[] = [];
    const context = await h.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    await context.addInitScript({
      content: `{
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (...args) {
          if (window.quotaFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return put.apply(this, args);
        };
      }`,
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    await page.goto(h.url);
    await waitForResult(page);
    assert.equal(await page.locator("#storage-alert").count(), 0);
    await page.evaluate(() => ((window as unknown as { quotaFull: boolean }).quotaFull = true));
    let rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("23456");
    await page.keyboard.press("Enter");
    await page.locator("#storage-alert").waitFor();
    assert.match(await text(page, "#storage-alert"), /浏览器的存储空间已满：最近的修改未能自动保存/);
    assert.equal(await page.getByRole("button", { name: "下载备份（JSON）" }).count(), 1);
    await waitForNewResult(page, rev);
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "23,456");

    await page.evaluate(() => ((window as unknown as { quotaFull: boolean }).quotaFull = false));
    rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("23457");
    await page.keyboard.press("Enter");
    await page.locator("#storage-alert").waitFor({ state: "detached" });
    await waitForNewResult(page, rev);
    await page.reload();
    await waitForResult(page);
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "23,457");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("a one-second time limit stops a long solve and says so; the previous result stays, marked out of date", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const solver = page.getByRole("combobox", { name: "求解器" });
    await solver.selectOption("highs");
    let rev = await revision(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(slow);
    await waitForNewResult(page, rev, 60_000);
    const limit = page.getByRole("spinbutton", { name: "时间限制（秒）" });
    assert.equal(await limit.inputValue(), "60");
    await limit.fill("1");
    await limit.press("Enter");
    await solver.selectOption("jslp");
    const alert = page.locator('#solve-alert[data-kind="timeout"]');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await text(page, "#solve-alert"), /求解超过时间限制（1 秒），已停止：当前数据没有求出结果。 ?下方显示的是上一次的结果.*The solve exceeded the time limit \(1 s\)/);
    assert.match(await text(page, "cp-results .stale-note"), /以下为上一次的结果，与当前数据不符/);
    assert.match(await text(page, "#verdict"), /配置方案.*求解器 highs/);
    assert.equal(await page.locator("cp-results section").getAttribute("aria-busy"), "false");
    await page.getByRole("button", { name: "语言: English" }).click();
    assert.match(await text(page, "#solve-alert"), /The solve exceeded the time limit \(1 s\) and was stopped/);
    await page.getByRole("button", { name: "Language: 中文" }).click();

    // The limit is a preference: it survives a reload.
    await page.reload();
    await waitForResult(page, 60_000).catch(() => undefined);
    assert.equal(await page.getByRole("spinbutton", { name: "时间限制（秒）" }).inputValue(), "1");
    await page.getByRole("spinbutton", { name: "时间限制（秒）" }).fill("60");
    await page.getByRole("spinbutton", { name: "时间限制（秒）" }).press("Enter");
    rev = await revision(page);
    await page.getByRole("combobox", { name: "求解器" }).selectOption("highs");
    await waitForNewResult(page, rev, 60_000);
    assert.equal(await page.locator("#solve-alert").count(), 0);
    assert.deepEqual(errors, []);
  });

  it("refuses javascript-lp-solver for a model beyond its limit, offers HiGHS in one click, and that solve can be cancelled", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("combobox", { name: "求解器" }).selectOption("jslp");
    await waitForResult(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(huge);
    const refused = page.locator('#solve-alert[data-kind="refused"]');
    await refused.waitFor({ timeout: 60_000 });
    assert.match(await text(page, "#solve-alert"), /所选求解器不能求解此模型.*javascript-lp-solver 会耗尽内存；请改用 HiGHS.*model too large for javascript-lp-solver/);
    assert.equal(await page.locator("#verdict h3").textContent(), "求解出错");
    await page.getByRole("button", { name: "改用 HiGHS 求解" }).click();
    assert.equal(await page.getByRole("combobox", { name: "求解器" }).inputValue(), "highs");
    await refused.waitFor({ state: "detached" });
    await solving(page, 30_000);
    await page.getByRole("button", { name: "取消计算" }).click();
    await page.getByText(/已取消计算/).waitFor();
    assert.equal(await page.locator("cp-results section").getAttribute("aria-busy"), "false");
    assert.deepEqual(errors, []);
  });
});
