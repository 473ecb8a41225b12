import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

/** Waits until an input shows `value`. */
async function shows(page: Page, name: string, value: string, timeout = 15_000): Promise<void> {
  const input = page.getByRole("textbox", { name, exact: true });
  const end = Date.now() + timeout;
  let v = await input.inputValue();
  while (v !== value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await input.inputValue();
  }
  assert.equal(v, value, `${name} shows ${value}`);
}

/** Issue 16 items 2 and 3: nothing lost to a second tab or to a reload right after an edit. */
describe("keeping work across tabs and reloads", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("an edit followed at once by a reload (Enter, then F5) is kept", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    for (const value of ["31000", "32000", "33000"]) {
      await budget.fill(value);
      await page.keyboard.press("Enter");
      await page.reload();
      await waitForResult(page);
      assert.equal(await budget.inputValue(), Number(value).toLocaleString("en-US"), `the edit to ${value} survived the reload`);
    }
    assert.equal(await page.getByRole("button", { name: "撤销" }).isEnabled(), true, "and its undo history");
    assert.deepEqual(errors, []);
  });

  it("two tabs on one scenario: an edit in one reaches the other; edits made against an older save are kept as a copy, never overwritten", async () => {
    const errors: string[] = [];
    const first = await openPage(h, errors);
    await waitForResult(first);
    const second = await first.context().newPage();
    second.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    await second.goto(h.url);
    await waitForResult(second);

    // An edit in the first tab reaches the second (which has no edits of its own).
    const rev = await revision(second);
    await first.getByRole("textbox", { name: "资本预算（总额）" }).fill("30000");
    await first.keyboard.press("Enter");
    await shows(second, "资本预算（总额）", "30,000");
    await second.locator("cp-status", { hasText: "另一个标签页" }).waitFor();
    await waitForNewResult(second, rev);

    // Another writer saves a newer version without telling this tab (a tab of an older version of the app).
    await first.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open("capacity-planner");
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction("workspaces", "readwrite");
      const store = tx.objectStore("workspaces");
      const w = await new Promise<any>((resolve) => {
        const g = store.get("bundled:yanjiang-2025");
        g.onsuccess = () => resolve(g.result);
      });
      w.scenario = { ...w.scenario, budgets: { ...w.scenario.budgets, capital: { ...w.scenario.budgets.capital, total: 25000 } } };
      w.version = (w.version ?? 0) + 5;
      store.put(w);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    // The second tab edits a population against the version it knew: its save must not overwrite the newer one.
    await second.getByRole("tab", { name: "人口" }).click();
    await second.getByRole("textbox", { name: "宝莲街道 2025 年常住人口" }).fill("50000");
    await second.keyboard.press("Enter");
    const notice = second.locator("cp-status", { hasText: "两份都已保留" });
    await notice.waitFor();
    const menu = second.getByRole("combobox", { name: "情景", exact: true });
    assert.match((await menu.locator("option:checked").textContent()) ?? "", /资阳市雁江区 2025（本标签页的修改）/);
    await shows(second, "宝莲街道 2025 年常住人口", "50000");

    // Both versions are kept: the other writer's under the scenario's own name.
    await second.reload();
    await waitForResult(second);
    const rev2 = await revision(second);
    await second.getByRole("combobox", { name: "情景", exact: true }).selectOption({ label: "资阳市雁江区 2025" });
    await waitForNewResult(second, rev2);
    await second.getByRole("tab", { name: "预算" }).click();
    await shows(second, "资本预算（总额）", "25,000");
    await second.getByRole("tab", { name: "人口" }).click();
    assert.notEqual(await second.getByRole("textbox", { name: "宝莲街道 2025 年常住人口" }).inputValue(), "50000");
    assert.deepEqual(errors, []);
  });
});
