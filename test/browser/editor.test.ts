import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, totalsRow, waitForNewResult, waitForResult } from "./helpers.js";

describe("the scenario editor", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("re-solves when the capital budget is typed in, and the allocation and budget use change", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const before = await totalsRow(page);
    assert.match((await page.locator("cp-budget-use li").textContent()) ?? "", /额度 4\.6亿元/);
    const rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("20000");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    const after = await totalsRow(page);
    assert.notDeepEqual(after, before);
    assert.match((await page.locator("cp-budget-use li").textContent()) ?? "", /额度 2亿元/);
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "20,000");
    assert.deepEqual(errors, []);
  });

  it("re-solves live while the budget slider is moved with the keyboard", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const rev = await revision(page);
    const slider = page.getByRole("slider", { name: "资本预算（总额）" });
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    await waitForNewResult(page, rev);
    assert.match((await page.locator("cp-budget-use li").textContent()) ?? "", /额度 4\.45亿元/);
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "44,500");
    assert.deepEqual(errors, []);
  });

  it("refuses an edit that makes the scenario invalid, says why in both languages, and keeps the scenario", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "配置标准" }).click();
    const upper = page.getByRole("textbox", { name: "每千人口县办公立医院及基层医疗卫生机构床位数 · 区间上限" });
    await upper.fill("2");
    await page.keyboard.press("Enter");
    const alert = page.locator("cp-status [role=alert]");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /该修改未被采用/);
    assert.match((await alert.textContent()) ?? "", /targets\.1\.upper|targets\[1\]\.upper/);
    assert.match((await alert.textContent()) ?? "", /band upper must not be below the ratio/);
    assert.equal(await page.getByRole("button", { name: "撤销" }).isDisabled(), true);
    assert.deepEqual(errors, []);
  });

  it("shows the plan's value and source beside each target", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "配置标准" }).click();
    const row = page.locator("cp-target-table li").first();
    const text = (await row.textContent()) ?? "";
    assert.match(text, /规划值 9\.6/);
    assert.match(text, /第 87 行/);
    assert.match(text, /「9\.6」/);
    assert.deepEqual(errors, []);
  });

  it("shows binding targets that cannot be met as such, never as a plan", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    let rev = await revision(page);
    await page.getByRole("combobox", { name: "情景", exact: true }).selectOption({ label: "示例：三镇" });
    await waitForNewResult(page, rev);
    assert.equal(await page.locator("#verdict h3").textContent(), "配置方案");
    await page.getByRole("tab", { name: "配置标准" }).click();
    rev = await revision(page);
    await page.getByRole("combobox", { name: "每千常住人口床位 · 属性" }).selectOption("binding");
    await waitForNewResult(page, rev);
    assert.equal(await page.locator("#verdict h3").textContent(), "约束性指标无法全部满足");
    const gaps = await page.locator("#verdict li").allTextContents();
    assert.deepEqual(gaps, ["丙镇：每千常住人口床位 缺 50 张（需要 180 张）"]);
    assert.equal(await page.getByRole("button", { name: "保存为方案" }).isEnabled(), true);
    assert.deepEqual(errors, []);
  });

  it("draws coverage by zone sorted from the least covered, with the shortfall marked", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const chart = page.locator("cp-coverage-chart");
    await chart.getByRole("img").waitFor();
    const values = (await chart.locator("text.value").allTextContents()).map((t) => Number(t.split(" / ")[0]));
    assert.equal(values.length, 22);
    assert.deepEqual([...values].sort((a, b) => a - b), values);
    assert.ok((await chart.locator("rect.gap").count()) > 0);
    assert.equal(await chart.locator("text.value.short").count(), await chart.locator("rect.gap").count());
    assert.deepEqual(errors, []);
  });

  it("limits a facility's size, and the allocation respects it", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const row = page.locator("cp-allocation-table tbody tr", { hasText: "保和镇中心卫生院" });
    const addedBeds = () => row.locator("td").nth(1).textContent();
    assert.match((await addedBeds()) ?? "", /^\+/);
    await page.getByRole("tab", { name: "机构" }).click();
    await page.locator("cp-facility-list summary", { hasText: "保和镇中心卫生院" }).click();
    const rev = await revision(page);
    await page.getByRole("textbox", { name: "保和镇中心卫生院 · 床位 · 上限" }).fill("110");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    assert.equal(await addedBeds(), "0");
    assert.deepEqual(errors, []);
  });

  it("marks estimated populations, and a block pasted from a spreadsheet fills the table and re-solves", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "人口" }).click();
    assert.ok((await page.locator("cp-population-table td.est").count()) >= 40);
    assert.match((await page.locator("cp-population-table .legend").textContent()) ?? "", /估算值/);
    const first = page.getByRole("textbox", { name: "莲花街道 2020 年常住人口" });
    const rev = await revision(page);
    await first.evaluate((el) => {
      const data = new DataTransfer();
      data.setData("text/plain", "41000\t40000\n30,000\t2.9万\n");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
    });
    await waitForNewResult(page, rev);
    assert.equal(await first.inputValue(), "41000");
    assert.equal(await page.getByRole("textbox", { name: "莲花街道 2025 年常住人口" }).inputValue(), "40000");
    const second = page.locator("cp-population-table tbody tr").nth(1);
    assert.equal(await second.locator("input").nth(1).inputValue(), "29000");
    assert.equal(await second.locator("td.est").count(), 0);
    assert.equal(await page.getByRole("button", { name: "撤销" }).isEnabled(), true);
    assert.deepEqual(errors, []);
  });
});
