import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

/** Issue 16 items 4 and 7: one number parser for fields and imports; an invalid population is visible and announced. */
describe("number fields: what a person means, or a visible error naming the field", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("a 万元 budget given 4.2亿 becomes 42,000 万元 and says so; 12345① and 1000 20 are refused naming the field", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    let rev = await revision(page);
    await budget.fill("4.2亿");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    assert.equal(await budget.inputValue(), "42,000");
    const note = page.locator("cp-budget-panel cp-number-field [role=status]").first();
    assert.equal(await note.textContent(), "4.2亿 = 42,000 万元");

    rev = await revision(page);
    await budget.fill("3.2亿元");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    assert.equal(await budget.inputValue(), "32,000");

    for (const [text, why] of [["12345①", "脚注"], ["1000 20", "空格"], ["1.000", "歧义"], ["12,34", "逗号"]] as const) {
      await budget.fill(text);
      await page.keyboard.press("Enter");
      assert.equal(await budget.getAttribute("aria-invalid"), "true", text);
      const alert = page.locator("cp-budget-panel cp-number-field [role=alert]").first();
      const message = (await alert.textContent()) ?? "";
      assert.match(message, /^资本预算（总额）：/, `${text}: the field is named`);
      assert.match(message, new RegExp(why), `${text}: ${message}`);
      assert.equal(await budget.getAttribute("aria-describedby"), await alert.getAttribute("id"));
    }
    await page.keyboard.press("Escape");
    await budget.blur();
    assert.equal(await budget.inputValue(), "32,000");

    await page.locator("#lang").click();
    const en = page.getByRole("textbox", { name: "Capital budget (total)" });
    await en.fill("12345①");
    await page.keyboard.press("Enter");
    assert.match((await page.locator("cp-budget-panel cp-number-field [role=alert]").first().textContent()) ?? "", /^Capital budget \(total\): holds a footnote mark "①"/);
    assert.deepEqual(errors, []);
  });

  it("an estimated (估) population given −500 or abc shows a red, announced error naming the town; the figure is kept", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "人口" }).click();
    const cell = page.getByRole("textbox", { name: "宝莲街道 2025 年常住人口" });
    assert.equal(await cell.inputValue(), "38566");
    for (const [text, why] of [["-500", "应为非负数"], ["abc", "“a”"], ["12345①", "脚注"]] as const) {
      await cell.fill(text);
      await page.keyboard.press("Enter");
      assert.equal(await cell.getAttribute("aria-invalid"), "true", text);
      assert.equal(await cell.inputValue(), text, "what was typed stays, to be corrected");
      const describedBy = ((await cell.getAttribute("aria-describedby")) ?? "").split(" ");
      const alert = page.locator("cp-population-table [role=alert]");
      assert.ok(describedBy.includes((await alert.getAttribute("id")) ?? "?"), "the message describes the cell");
      assert.ok(await alert.isVisible(), "the message is visible");
      const message = (await alert.textContent()) ?? "";
      assert.match(message, /^宝莲街道 2025 年常住人口：/);
      assert.match(message, new RegExp(why));
      // The estimate style (dashed amber border) does not hide the invalid state.
      const style = await cell.evaluate((el) => { const s = getComputedStyle(el); return `${s.borderTopStyle} ${s.borderTopColor}`; });
      assert.equal(style, "solid rgb(180, 35, 24)", text);
    }
    await page.keyboard.press("Escape");
    assert.equal(await cell.inputValue(), "38566");
    assert.equal(await cell.getAttribute("aria-invalid"), "false");
    assert.equal(await page.locator("cp-population-table [role=alert]").count(), 0);

    const rev = await revision(page);
    await cell.fill("3.2万");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    assert.equal(await cell.inputValue(), "32000");
    assert.equal(await page.locator("cp-population-table [role=status]").textContent(), "3.2万 = 32,000 人");
    assert.deepEqual(errors, []);
  });
});
