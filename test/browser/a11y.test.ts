import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openPage, startHarness, type Harness } from "./harness.js";
import { waitForResult } from "./helpers.js";

const CONTROLS = new Set(["textbox", "slider", "combobox", "checkbox", "button", "radio", "spinbutton", "tab", "switch"]);

/** Controls in the accessibility tree (Chromium's, through CDP) that have no accessible name. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && CONTROLS.has(n.role?.value ?? "") && !(n.name?.value ?? "").trim())
    .map((n) => n.role!.value);
}

/** The element that has focus, through shadow roots. */
function deepActive(page: Page) {
  return page.evaluateHandle(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  });
}

describe("accessibility", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("names every control in every editor section, the results and the comparison", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    for (const section of ["预算", "配置标准", "人口", "机构", "单位成本", "目标次序", "地区与年份"]) {
      await page.getByRole("tab", { name: section, exact: true }).click();
      assert.deepEqual(await unnamedControls(page), [], section);
    }
    await page.getByRole("button", { name: "保存为方案" }).click();
    await page.getByRole("tab", { name: "方案比较" }).click();
    assert.deepEqual(await unnamedControls(page), [], "comparison");
    assert.deepEqual(errors, []);
  });

  it("can be worked from the keyboard, with the focus visible", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = await deepActive(page);
    const style = await focused.evaluate((el) => {
      const s = getComputedStyle(el as Element);
      return { outline: s.outlineStyle, width: s.outlineWidth, text: (el as HTMLElement).textContent };
    });
    assert.equal(style.outline, "solid");
    assert.equal(style.width, "3px");
    assert.equal(style.text, "English");
    await page.getByRole("tab", { name: "预算", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.getByRole("tab", { name: "配置标准", selected: true }).count(), 1);
    await page.getByRole("tab", { name: "目标次序" }).click();
    await page.getByRole("button", { name: "下移“满足约束性指标”" }).focus();
    await page.keyboard.press("Enter");
    const goals = await page.locator("cp-objective-panel li strong").allTextContents();
    assert.deepEqual(goals.slice(0, 2), ["公平", "满足约束性指标"]);
    assert.deepEqual(errors, []);
  });
});
