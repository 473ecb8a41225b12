import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

describe("keeping work", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("keeps edits, proposals, the view and the undo history across a reload; Ctrl+Z and Ctrl+Y step through them", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    let rev = await revision(page);
    await budget.fill("30000");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“方案 1”。").waitFor();
    await page.getByRole("tab", { name: "人口" }).click();
    rev = await revision(page);
    await page.getByRole("textbox", { name: "宝莲街道 2025 年常住人口" }).fill("50000");
    await page.keyboard.press("Tab");
    await waitForNewResult(page, rev);

    await page.reload();
    await waitForResult(page);
    assert.equal(await page.getByRole("tab", { name: "人口", selected: true }).count(), 1);
    assert.equal(await page.getByRole("textbox", { name: "宝莲街道 2025 年常住人口" }).inputValue(), "50000");
    await page.getByRole("tab", { name: "预算" }).click();
    assert.equal(await budget.inputValue(), "30,000");
    assert.match((await page.locator("cp-budget-use li").textContent()) ?? "", /额度 3亿元/);

    rev = await revision(page);
    await page.locator("cp-app h1").click();
    await page.keyboard.press("Control+z");
    await waitForNewResult(page, rev);
    await page.getByRole("tab", { name: "人口" }).click();
    assert.notEqual(await page.getByRole("textbox", { name: "宝莲街道 2025 年常住人口" }).inputValue(), "50000");
    rev = await revision(page);
    await page.getByRole("button", { name: "撤销" }).click();
    await waitForNewResult(page, rev);
    await page.getByRole("tab", { name: "预算" }).click();
    assert.equal(await budget.inputValue(), "46,000");
    rev = await revision(page);
    await page.locator("cp-app h1").click();
    await page.keyboard.press("Control+y");
    await waitForNewResult(page, rev);
    assert.equal(await budget.inputValue(), "30,000");

    await page.getByRole("tab", { name: "方案比较" }).click();
    await page.getByRole("checkbox", { name: "比较“方案 1”" }).waitFor();
    assert.deepEqual(errors, []);
  });

  it("keeps each scenario's edits when switching scenarios", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    let rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("12345");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    rev = await revision(page);
    await page.getByRole("combobox", { name: "情景", exact: true }).selectOption({ label: "示例：三镇" });
    await waitForNewResult(page, rev);
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "500");
    rev = await revision(page);
    await page.getByRole("combobox", { name: "情景", exact: true }).selectOption({ label: "资阳市雁江区 2025" });
    await waitForNewResult(page, rev);
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "12,345");
    assert.deepEqual(errors, []);
  });
});
