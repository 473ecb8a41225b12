import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

describe("comparing proposals", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("saves two proposals and shows them side by side with the differences highlighted and a chart", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByLabel("方案名称").fill("预算充足");
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“预算充足”。").waitFor();
    const rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("23000");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    await page.getByLabel("方案名称").fill("预算减半");
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByText("已保存方案“预算减半”。").waitFor();

    await page.getByRole("tab", { name: "方案比较" }).click();
    assert.equal(await page.getByRole("checkbox", { name: "比较“预算充足”" }).isChecked(), true);
    assert.equal(await page.getByRole("checkbox", { name: "比较“预算减半”" }).isChecked(), true);
    const heads = await page.locator("cp-comparison table").first().locator("thead th").allTextContents();
    assert.match(heads[1] ?? "", /预算充足/);
    assert.match(heads[2] ?? "", /预算减半/);
    const capital = page.locator("cp-comparison tbody tr", { hasText: "资本预算使用" });
    const cells = await capital.locator("td").allTextContents();
    assert.match(cells[0] ?? "", /亿元/);
    assert.match(cells[1] ?? "", /2\.3亿元/);
    assert.equal(await capital.locator("td.diff").count(), 1);
    assert.match((await capital.locator("td.diff .delta").textContent()) ?? "", /^−/);
    assert.ok((await page.locator("cp-comparison td.diff").count()) > 3);
    await page.getByRole("img", { name: /各镇\/街道配置水平/ }).waitFor();
    assert.ok((await page.locator("cp-compare-chart path.mark").count()) >= 2 * 22);
    assert.ok((await page.locator("cp-comparison h3", { hasText: "配置差异最大的机构" }).count()) === 1);
    assert.deepEqual(errors, []);
  });
});
