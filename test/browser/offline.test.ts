import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

/** Issue 16.12: a lazy chunk that does not load (offline, 404) is said, and the work stays where it was. */
describe("a part of the app that fails to load", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("switching to a plan whose file does not load says so, stays on the current plan, and edits go to it", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.route(/\/assets\/dazhou-2025-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: "not found" }));
    const menu = page.getByRole("combobox", { name: "情景", exact: true });
    await menu.selectOption({ label: "达州市 2025" });
    const alert = page.locator("cp-status [role=alert]");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    assert.match(text, /未能从服务器加载/);
    assert.match(text, /达州市 2025/);
    assert.match(text, /资阳市雁江区 2025/, "says which plan the work stays on");
    assert.equal(await menu.locator("option:checked").textContent(), "资阳市雁江区 2025", "the menu shows the plan still open");

    const rev = await revision(page);
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    await budget.fill("41000");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    await page.unroute(/\/assets\/dazhou-2025-[^/]*\.js$/);
    await page.reload();
    await waitForResult(page);
    assert.equal(await menu.locator("option:checked").textContent(), "资阳市雁江区 2025");
    assert.equal(await budget.inputValue(), "41,000", "the edit was saved into the plan on screen");
    assert.deepEqual(errors.filter((e) => !/404|Failed to fetch|dynamically imported/.test(e)), []);
  });

  it("a view whose code does not load says so in its panel with a retry; the plan tab and its work are untouched", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const blocked = /\/assets\/cp-teach-tab-[^/]*\.js$/;
    await page.route(blocked, (route) => route.abort("internetdisconnected"));
    await page.getByRole("tab", { name: "教学" }).click();
    const alert = page.locator("cp-app [role=tabpanel] [role=alert]");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /“教学”未能加载/);
    await page.unroute(blocked);
    await page.getByRole("button", { name: "重试" }).click();
    await page.locator("cp-teach-tab").waitFor();
    await page.getByRole("tab", { name: "编辑与结果" }).click();
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "46,000");
  });
});
