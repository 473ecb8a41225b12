import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

const SHOTS = process.env["CP_SHOTS"];

describe("printing", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("prints an A4 report of the proposal with its chart, assumptions and sources, and nothing of the editor", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await page.evaluate(() => {
      window.print = () => ((window as unknown as { printed: number }).printed = 1);
    });
    await waitForResult(page);
    await page.getByRole("button", { name: "打印报告" }).click();
    await page.waitForFunction(() => (window as unknown as { printed?: number }).printed === 1);
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 794, height: 1123 });
    const report = page.locator("cp-report");
    assert.equal(await report.isVisible(), true);
    assert.equal(await page.locator("cp-editor").isVisible(), false);
    assert.equal(await page.getByRole("toolbar").isVisible(), false);
    assert.match((await report.locator("h1").textContent()) ?? "", /资源配置方案报告 · 资阳市雁江区 2025/);
    const headings = await report.locator("h2").allTextContents();
    for (const h2 of ["配置方案", "说明", "预算使用", "各机构资源配置", "假设与说明", "配置标准及出处"]) assert.ok(headings.some((x) => x.startsWith(h2)), `${h2} in ${headings.join("|")}`);
    assert.equal(await report.locator("cp-coverage-chart svg[role=img]").count(), 1);
    assert.match((await report.locator("dl").textContent()) ?? "", /人口是估计值/);
    assert.equal(await report.locator("table", { hasText: "「9.6」" }).count(), 1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/print-proposal.png`, fullPage: true });
    assert.deepEqual(errors, []);
  });

  it("prints the comparison from the comparison screen", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await waitForResult(page);
    await page.getByRole("button", { name: "保存为方案" }).click();
    const rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("30000");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“方案 2”。").waitFor();
    await page.getByRole("tab", { name: "方案比较" }).click();
    await page.getByRole("button", { name: "打印报告" }).click();
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 794, height: 1123 });
    const report = page.locator("cp-report");
    await report.locator("cp-comparison").waitFor();
    assert.match((await report.locator("h1").textContent()) ?? "", /配置方案比较报告/);
    assert.equal(await report.locator("cp-compare-chart svg[role=img]").count(), 1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/print-comparison.png`, fullPage: true });
    assert.deepEqual(errors, []);
  });
});
