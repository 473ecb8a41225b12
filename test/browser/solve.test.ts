import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { generateScenario } from "../../models/index.js";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

describe("solving in the worker", () => {
  let h: Harness;
  let large: string;
  before(async () => {
    h = await startHarness();
    large = join(mkdtempSync(join(tmpdir(), "cp-solve-")), "large.json");
    // A recurring budget takes it outside the fast path (models/fast/applies.ts), which would finish before Cancel
    // shows: the LP solvers get it, and the solve stays in flight long enough to cancel.
    const s = generateScenario({ towns: 400, seed: 7 });
    writeFileSync(large, JSON.stringify({ ...s, budgets: { ...s.budgets, recurring: { total: 1e7, basis: "added" } } }));
  });
  after(async () => {
    await h.close();
  });

  it("shows the phase and a Cancel button for a large scenario, cancels, then solves it with HiGHS", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(large);
    const cancel = page.getByRole("button", { name: "取消计算" });
    await cancel.waitFor({ timeout: 10_000 });
    assert.match((await page.locator("cp-solve-status [role=status]").textContent()) ?? "", /正在计算新方案/);
    assert.equal(await page.locator('cp-solve-status li[aria-current="step"]').count(), 1);
    await cancel.click();
    await page.getByText(/已取消计算/).waitFor();
    const rev = await revision(page);
    await page.getByRole("button", { name: "重新计算" }).click();
    await waitForNewResult(page, rev, 60_000);
    assert.equal(await page.locator("#verdict h3").textContent(), "配置方案");
    assert.match((await page.locator("#verdict .meta").textContent()) ?? "", /求解器 highs/);
    assert.deepEqual(errors, []);
  });

  it("keeps the page responsive while the worker solves, and a newer edit replaces the running solve", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(large);
    await page.getByRole("button", { name: "取消计算" }).waitFor({ timeout: 10_000 });
    const t0 = Date.now();
    await page.getByRole("tab", { name: "配置标准" }).click();
    assert.ok(Date.now() - t0 < 1500, "the main thread answers while the worker solves");
    await page.getByRole("tab", { name: "预算" }).click();
    const rev = await revision(page);
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    const before = await budget.inputValue();
    await budget.fill("1000");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev, 60_000);
    assert.notEqual(before, "1,000");
    assert.match((await page.locator("cp-budget-use li").first().textContent()) ?? "", /额度 1,000万元/);
    assert.deepEqual(errors, []);
  });
});
