import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { waitForResult } from "./helpers.js";

describe("the app shell", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("opens in Chinese on Yanjiang 2025 with a checked plan, and lists the five plans in the plans tab", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await page.locator("cp-app h1").waitFor();
    assert.equal(await page.locator("cp-app h1").textContent(), "卫生资源配置规划器");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-CN");
    assert.match((await page.getByRole("combobox", { name: "情景", exact: true }).locator("option:checked").textContent()) ?? "", /雁江区 2025/);
    await waitForResult(page);
    assert.equal(await page.locator("#verdict h3").textContent(), "配置方案");
    await page.getByRole("tab", { name: "规划文件" }).click();
    await page.locator("cp-plan-view select option").first().waitFor({ state: "attached" });
    const options = await page.locator("cp-plan-view select option").allTextContents();
    assert.equal(options.length, 5);
    assert.ok(options.some((o) => o.includes("雁江区")));
    assert.deepEqual(errors, []);
  });

  it("moves between the views with the arrow keys and keeps the tab after a reload", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await page.getByRole("tab", { name: "编辑与结果" }).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.getByRole("tab", { name: "方案比较" }).getAttribute("aria-selected"), "true");
    assert.equal(await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.textContent;
    }), "方案比较");
    await page.reload();
    await page.getByRole("tab", { name: "方案比较", selected: true }).waitFor();
    assert.deepEqual(errors, []);
  });
});
