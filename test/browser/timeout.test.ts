import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { generateScenario } from "../../models/index.js";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

/** The text of an element inside the app's shadow roots (Playwright locators pierce them), spaces collapsed. */
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ");

describe("what the app says when it cannot give everything: time limit, ignored import columns, unpriced models", () => {
  let h: Harness;
  let dir: string;
  let medium: string;
  before(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), "cp-timeout-"));
    medium = join(dir, "medium.json");
    // 200 towns: javascript-lp-solver's plan takes over 10 s in Node (150 towns: 3.6 s, close enough to the
    // 1 s limit + 2 s grace for a fast machine to finish the plan and time out only at the marginal value).
    writeFileSync(medium, JSON.stringify(generateScenario({ towns: 200, seed: 3 })));
  });
  after(async () => {
    await h.close();
  });

  it("a solve stopped by its time limit is reported in the results too, in both languages, with Solve again", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const solver = page.getByRole("combobox", { name: "求解器" });
    await solver.selectOption("highs");
    const rev = await revision(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(medium);
    await waitForNewResult(page, rev, 60_000);
    assert.equal(await page.locator("#solve-timeout").count(), 0);
    const limit = page.getByRole("spinbutton", { name: "时间限制（秒）" });
    await limit.fill("1");
    await limit.press("Enter");
    await solver.selectOption("jslp");
    const box = page.locator('cp-solve-status #solve-timeout[data-kind="timeout"]');
    await box.waitFor({ timeout: 30_000 });
    // the same sentence as the status line's alert, Chinese first, then English
    assert.match(await text(page, "#solve-timeout"), /求解超时.*求解超过时间限制（1 秒），已停止：当前数据没有求出结果。 ?下方显示的是上一次的结果.*The solve exceeded the time limit \(1 s\)/);
    assert.match(await text(page, '#solve-alert[data-kind="timeout"]'), /求解超过时间限制（1 秒）/);
    assert.equal(await box.getAttribute("data-partial"), "false");
    // the result shown is the previous one, whose marginal value was computed: not "pending" for ever
    assert.equal(await page.locator("cp-explanation #capital-value").getAttribute("data-marginal"), "known");
    await page.getByRole("button", { name: "语言: English" }).click();
    assert.match(await text(page, "#solve-timeout"), /The solve ran out of time.*The solve exceeded the time limit \(1 s\) and was stopped.*求解超过时间限制（1 秒）/);
    await page.getByRole("button", { name: "Language: 中文" }).click();
    await limit.fill("60");
    await limit.press("Enter");
    await solver.selectOption("highs");
    await waitForResult(page, 60_000);
    assert.equal(await page.locator("#solve-timeout").count(), 0);
    assert.deepEqual(errors, []);
  });

  it("time running out while the budget's marginal value is computed: the allocation stays, the explanation says it was not computed in time", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    assert.equal(await page.locator("cp-explanation #capital-value").getAttribute("data-marginal"), "known");
    // Which solves finish inside a limit depends on the machine, so the sequence the SolveController hears in
    // that case is replayed on the app's store: the checked allocation (not final), then the time limit.
    await page.evaluate(`(() => {
      const store = document.querySelector("cp-app").store;
      const revision = store.state.revision;
      const checked = store.state.solve.checked;
      store.solveStarted(revision);
      store.solveResult({ ...checked, final: false });
      store.solveTimedOut(revision);
    })()`);
    const value = page.locator('cp-explanation #capital-value[data-marginal="timeout"]');
    await value.waitFor();
    assert.match(await text(page, "cp-explanation #capital-value"), /^增加预算的效果：时间限制内未算完。/);
    assert.equal(await page.locator("cp-results .stale-note").count(), 0, "the allocation is current, not out of date");
    assert.equal(await page.locator("#solve-timeout").getAttribute("data-partial"), "true");
    assert.match(await text(page, "#solve-timeout"), /配置方案已求出并通过独立核验，但增加预算的效果未能在时间限制（60 秒）内算出。.*the value of more budget was not computed within the time limit \(60 s\)/);
    assert.match(await text(page, "#solve-alert"), /配置方案已求出并通过独立核验/);
    await page.getByRole("button", { name: "语言: English" }).click();
    assert.match(await text(page, "cp-explanation #capital-value"), /^What more budget would do: not computed within the time limit\./);
    assert.deepEqual(errors, []);
  });

  it("an imported table with a misspelt header names the ignored column and the headers expected", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const file = join(dir, "人口.csv");
    writeFileSync(file, "编号,名称,2025年常住人口,2020年常驻人口\nlianhua,莲花街道,45000,41000\n");
    const rev = await revision(page);
    await page.getByLabel("导入人口表（CSV/Excel）…", { exact: true }).setInputFiles(file);
    await waitForNewResult(page, rev);
    const notice = page.locator("cp-status #import-ignored");
    await notice.waitFor();
    assert.match(await text(page, "#import-ignored"), /导入时忽略了表头无法识别的列.*表“人口”中以下列的表头无法识别，其数据未导入：D 列“2020年常驻人口”。人口表可用的表头：编号、名称、.*2020年常住人口.*column D “2020年常驻人口”.*Headers a zones sheet may have: id, /);
    // the recognised column was imported
    await page.getByRole("tab", { name: "人口" }).click();
    assert.equal(await page.getByRole("textbox", { name: "莲花街道 2025 年常住人口" }).inputValue(), "45000");
    await notice.getByRole("button", { name: "知道了" }).click();
    await notice.waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
  });

  it("the teaching tab prices the LP relaxation of the whole-unit Yanjiang model, and says why when nothing can be priced", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "教学" }).click();
    await page.getByRole("tab", { name: "灵敏度" }).click();
    await page.locator("cp-teach-sensitivity #prices tbody tr").first().waitFor({ timeout: 60_000 });
    assert.match(await text(page, "cp-teach-sensitivity #prices-relaxed"), /线性松弛/);
    assert.equal(await page.locator("cp-teach-sensitivity #prices-none").count(), 0);

    // 10,000 万元 cannot pay for the sub-centres: no allocation, not even relaxed — the tab says so
    await page.getByRole("tab", { name: "编辑与结果" }).click();
    const rev = await revision(page);
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    await budget.fill("10000");
    await budget.press("Enter");
    await waitForNewResult(page, rev, 60_000);
    await page.getByRole("tab", { name: "教学" }).click();
    await page.getByRole("tab", { name: "灵敏度" }).click();
    await page.locator("cp-teach-sensitivity #prices-unpriced").waitFor({ timeout: 60_000 });
    assert.match(await text(page, "cp-teach-sensitivity #prices-unpriced"), /无法计算影子价格：整数模型的线性松弛无可行解/);
    assert.equal(await page.locator("cp-teach-sensitivity #prices-none").count(), 0);
    assert.deepEqual(errors, []);
  });
});
