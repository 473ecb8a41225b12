import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { waitForResult } from "./helpers.js";

describe("language", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("switches every label and number format to English and back, and keeps the choice after a reload", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    assert.match((await page.locator("cp-budget-use li").textContent()) ?? "", /额度 4\.6亿元/);
    assert.equal(await page.getByRole("slider", { name: "资本预算（总额）" }).count(), 1);
    await page.getByRole("button", { name: "语言: English" }).click();
    assert.equal(await page.locator("cp-app h1").textContent(), "Capacity Planner");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.equal(await page.getByRole("slider", { name: "Capital budget (total)" }).count(), 1);
    assert.match((await page.locator("cp-budget-use li").textContent()) ?? "", /Limit CNY 460 m/);
    assert.equal(await page.locator("#verdict h3").textContent(), "Allocation proposal");
    assert.equal(await page.getByRole("tab", { name: "Compare proposals" }).count(), 1);
    assert.equal(await page.getByRole("button", { name: "Undo" }).count(), 1);
    const heads = await page.locator("cp-allocation-table thead th").allTextContents();
    assert.ok(heads.includes("Existing") && heads.includes("Added"), heads.join("|"));
    await page.reload();
    await waitForResult(page);
    assert.equal(await page.locator("cp-app h1").textContent(), "Capacity Planner");
    await page.getByRole("button", { name: "Language: 中文" }).click();
    assert.equal(await page.locator("cp-app h1").textContent(), "卫生资源配置规划器");
    assert.deepEqual(errors, []);
  });
});
