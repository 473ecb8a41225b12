import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";

describe("the app shell", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("opens in Chinese, lists the five plans, and switches to English and back after a reload", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await page.locator("cp-app h1").waitFor();
    assert.equal(await page.locator("cp-app h1").textContent(), "卫生资源配置规划器");
    const options = await page.locator("cp-plan-view select option").allTextContents();
    assert.equal(options.length, 5);
    assert.ok(options.some((o) => o.includes("雁江区")));
    await page.getByRole("button", { name: "语言" }).click();
    assert.equal(await page.locator("cp-app h1").textContent(), "Capacity Planner");
    await page.reload();
    assert.equal(await page.locator("cp-app h1").textContent(), "Capacity Planner");
    assert.deepEqual(errors, []);
  });
});
