import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

describe("the uncertainty tab", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("runs 200 draws in workers, draws the bands with the share met, and switches language", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const scripts: string[] = [];
    page.on("request", (r) => scripts.push(r.url()));
    await page.getByRole("tab", { name: "不确定性" }).click();
    await page.getByRole("heading", { name: /人口预测的不确定性/ }).waitFor();
    assert.ok(scripts.some((u) => /cp-uncertainty-.*\.js$/.test(u)), "the view's code loads when the tab is first shown");
    await page.getByLabel("抽样次数").fill("200");
    await page.getByLabel("抽样次数").dispatchEvent("change");
    await page.getByRole("button", { name: "开始模拟" }).click();
    const summary = page.locator("#mc-summary");
    await summary.waitFor({ timeout: 60_000 });
    assert.equal(await summary.getAttribute("data-draws"), "200");
    assert.ok(scripts.some((u) => /mc\.worker-.*\.js$/.test(u)), "the draws ran in Web Workers");
    assert.match((await page.locator("#mc-pall").textContent()) ?? "", /^\d+(\.\d)?%$/);
    await page.locator("#mc-target").selectOption("doctorsPer1000");
    const rows = page.locator("cp-band-chart svg g.row");
    assert.equal(await rows.count(), 22, "one band per town or street");
    assert.ok((await page.locator("cp-band-chart rect.band").count()) >= 22);
    assert.equal(await page.locator("cp-band-chart line.target-line").count(), 1);
    assert.match((await rows.first().locator("text.value").textContent()) ?? "", /^达标 \d+(\.\d)?%/);
    assert.equal(await page.locator("#mc-table tbody tr").count(), 22);
    assert.ok((await page.locator("cp-band-chart rect.band.robust").count()) >= 22, "the robust allocation's bands are drawn");
    await page.locator("#mc-show-robust").click();
    assert.ok((await page.locator("#mc-robust-table tbody tr").count()) > 0, "the robust allocation adds what the current one does not");

    await page.locator("#lang").click();
    await page.getByRole("heading", { name: /Uncertainty of the population projections/ }).waitFor();
    assert.equal(await page.getByRole("tab", { name: "Uncertainty" }).getAttribute("aria-selected"), "true");
    assert.match((await rows.first().locator("text.value").textContent()) ?? "", /^met \d+(\.\d)?%/);
    assert.match((await summary.textContent()) ?? "", /200 draws in [\d.]+ s/);
    assert.deepEqual(errors, []);
  });

  it("uses the robust allocation: one undoable edit, solved and checked in the plan tab, saved as a proposal", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const rev = await revision(page);
    await page.getByRole("tab", { name: "不确定性" }).click();
    await page.getByLabel("抽样次数").fill("100");
    await page.getByLabel("抽样次数").dispatchEvent("change");
    await page.getByRole("button", { name: "开始模拟" }).click();
    await page.getByRole("button", { name: "采用稳健方案" }).click();
    assert.equal(await page.getByRole("tab", { name: "编辑与结果" }).getAttribute("aria-selected"), "true");
    await waitForNewResult(page, rev, 60_000);
    assert.equal(await page.locator("#verdict h3").textContent(), "配置方案");
    await page.getByLabel("方案名称").fill("稳健方案");
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“稳健方案”。").waitFor();
    const robustRev = await revision(page);
    await page.getByRole("button", { name: "撤销" }).click();
    await waitForNewResult(page, robustRev, 60_000);
    await page.getByRole("tab", { name: "不确定性" }).click();
    await page.getByText("情景在本次模拟后已修改，以下结果针对修改前的版本。").waitFor();
    assert.deepEqual(errors, []);
  });

  it("records the time of 1,000 Yanjiang draws (not asserted; CP_MC_MODE=resolve to re-solve each draw)", async (t) => {
    const mode = process.env["CP_MC_MODE"] === "resolve" ? "resolve" : "evaluate";
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "不确定性" }).click();
    await page.getByLabel("抽样次数").fill("1000");
    await page.getByLabel("抽样次数").dispatchEvent("change");
    await page.getByLabel("方式").selectOption(mode);
    const started = Date.now();
    await page.getByRole("button", { name: "开始模拟" }).click();
    await page.locator("#mc-summary").waitFor({ timeout: 600_000 });
    const wall = Date.now() - started;
    const ms = await page.locator("#mc-summary").getAttribute("data-ms");
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    t.diagnostic(`mc ${mode} + robust 0.9, 1000 draws: run ${ms} ms, click to shown ${wall} ms, hardwareConcurrency ${cores}`);
    assert.equal(await page.locator("#mc-summary").getAttribute("data-draws"), "1000");
    assert.deepEqual(errors, []);
  });

  it("cancels a long run at once and can run again", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "不确定性" }).click();
    await page.getByLabel("抽样次数").fill("20000");
    await page.getByLabel("抽样次数").dispatchEvent("change");
    await page.getByLabel("方式").selectOption("resolve");
    await page.getByRole("button", { name: "开始模拟" }).click();
    await page.locator("cp-uncertainty progress").waitFor();
    await page.getByRole("button", { name: "取消" }).click();
    await page.getByText("已取消。").waitFor({ timeout: 5_000 });
    assert.equal(await page.locator("cp-uncertainty progress").count(), 0);
    assert.equal(await page.locator("#mc-summary").count(), 0, "a cancelled run reports nothing");
    await page.getByLabel("抽样次数").fill("50");
    await page.getByLabel("抽样次数").dispatchEvent("change");
    await page.getByLabel("方式").selectOption("evaluate");
    await page.getByRole("button", { name: "开始模拟" }).click();
    await page.locator("#mc-summary").waitFor({ timeout: 60_000 });
    assert.equal(await page.locator("#mc-summary").getAttribute("data-draws"), "50");
    assert.deepEqual(errors, []);
  });
});
