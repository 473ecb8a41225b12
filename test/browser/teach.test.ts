import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openPage, startHarness, type Harness } from "./harness.js";
import { waitForResult } from "./helpers.js";

const CONTROLS = new Set(["textbox", "slider", "combobox", "checkbox", "button", "radio", "spinbutton", "tab", "switch"]);

/** Controls in Chromium's accessibility tree (through CDP) that have no accessible name. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && CONTROLS.has(n.role?.value ?? "") && !(n.name?.value ?? "").trim()).map((n) => n.role!.value);
}

describe("teaching tab", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("opens a lesson, steps the simplex to the production optimum, shows the algebra, the LP file, the budget curve, in both languages", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "教学" }).click();

    // Lessons: open the first one; its text appears above the sections.
    await page.locator("cp-teach-lessons button.open-lesson").first().waitFor();
    await page.getByRole("button", { name: "三镇两资源一预算" }).click();
    await page.locator("#lesson-title").filter({ hasText: "三镇两资源一预算" }).waitFor();
    assert.equal(await page.locator("#scenario").inputValue(), "lesson:01-three-towns-two-resources");
    // The lesson is about the simplex: the tab moves there.
    assert.equal(await page.getByRole("tab", { name: "单纯形法" }).getAttribute("aria-selected"), "true");
    assert.ok((await page.locator("#lesson-text p").count()) >= 3);
    assert.equal(await page.locator("#lesson-answer").getAttribute("open"), null);
    await page.locator("#lesson-answer summary").click();
    assert.equal(await page.locator("#lesson-answer").getAttribute("open"), "");
    assert.deepEqual(await unnamedControls(page), [], "lesson text");

    // The simplex: step by button and keyboard, end at the production solver's goal values.
    await page.getByRole("tab", { name: "单纯形法" }).click();
    await page.locator("#step-label").waitFor({ timeout: 20_000 });
    assert.match((await page.locator("#step-label").textContent()) ?? "", /^第 1 \/ \d+ 步/);
    await page.locator("#step-next").click();
    assert.match((await page.locator("#step-label").textContent()) ?? "", /^第 2 \/ /);
    assert.ok((await page.locator("cp-tableau td.pivot").count()) + (await page.locator("cp-tableau th.enter").count()) > 0);
    await page.locator(".stepper").press("Home");
    assert.match((await page.locator("#step-label").textContent()) ?? "", /^第 1 \/ /);
    await page.locator("#step-last").click();
    const label = (await page.locator("#step-label").textContent()) ?? "";
    const [, at, of] = /^第 (\d+) \/ (\d+) 步/.exec(label) ?? [];
    assert.ok(at && at === of && Number(of) > 2, label);
    const goals = page.locator("#simplex-result tbody tr");
    assert.ok((await goals.count()) >= 1);
    for (let i = 0; i < (await goals.count()); i++) {
      const row = goals.nth(i);
      const stepped = await row.locator("td.stepped").textContent();
      assert.match(stepped ?? "", /^−?\d+\.\d{6}$/);
      assert.equal(stepped, await row.locator("td.production").textContent(), `goal ${await row.getAttribute("data-goal")}`);
      assert.equal(await row.locator("td").nth(2).textContent(), "一致");
    }
    assert.equal(await page.locator("#simplex-checked").textContent(), "逐步单纯形法得到的配置已通过独立校验。");
    assert.deepEqual(await unnamedControls(page), [], "simplex");

    // The algebra: MathML formulas; a family opens its rows with the numbers filled in.
    await page.getByRole("tab", { name: "模型代数" }).click();
    assert.ok((await page.locator("cp-teach-algebra math").count()) > 10);
    assert.equal(await page.locator("cp-teach-algebra math mfrac").first().count(), 1);
    const coverage = page.locator('cp-teach-algebra section[data-family="coverage"]');
    await coverage.locator("button.show-rows").click();
    assert.equal(await coverage.locator("button.show-rows").getAttribute("aria-expanded"), "true");
    const rows = coverage.locator("#rows-coverage tbody tr");
    assert.ok((await rows.count()) >= 3);
    assert.match((await rows.first().locator("th code").textContent()) ?? "", /^cover_/);
    assert.equal(await rows.first().locator("math mn").first().count(), 1);
    assert.deepEqual(await unnamedControls(page), [], "algebra");

    // The LP file: shown and downloaded; the file opens with its objective section.
    await page.getByRole("tab", { name: "LP 文件" }).click();
    await page.locator("#lp-text").waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#lp-download").click()]);
    assert.equal(download.suggestedFilename(), "lesson1.lp");
    const text = await readFile((await download.path())!, "utf8");
    const lines = text.split("\n").filter((l) => !l.startsWith("\\"));
    assert.equal(lines[0], "Minimize");
    assert.match(lines[1] ?? "", /^ ?obj: /);
    assert.ok(text.includes("Subject To") && text.trimEnd().endsWith("End"));
    assert.equal(text, (await page.locator("#lp-text").textContent()) ?? "");
    assert.deepEqual(await unnamedControls(page), [], "LP file");
    await page.getByLabel("目标函数").selectOption("weighted");
    await page.locator("#lp-text").filter({ hasText: "objective: weighted" }).waitFor({ timeout: 20_000 });

    // Sensitivity: the budget curve draws its solved points and marks the current budget.
    await page.getByRole("tab", { name: "灵敏度" }).click();
    await page.locator("cp-budget-curve circle.point").first().waitFor({ timeout: 60_000 });
    assert.ok((await page.locator("cp-budget-curve circle.point").count()) >= 5);
    assert.equal(await page.locator("cp-budget-curve line.current").count(), 1);
    assert.ok((await page.locator("#prices tbody tr").count()) >= 1);
    assert.deepEqual(await unnamedControls(page), [], "sensitivity");

    // English: the lesson text and the sections switch language.
    const firstZh = await page.locator("#lesson-text p").first().textContent();
    await page.getByRole("button", { name: "语言: English" }).click();
    await page.locator("#lesson-title").filter({ hasText: "Three towns, two resources, one budget" }).waitFor();
    const firstEn = (await page.locator("#lesson-text p").first().textContent()) ?? "";
    assert.notEqual(firstEn, firstZh);
    assert.match(firstEn, /^Towns A, B and C/);
    assert.equal(await page.locator(".question strong").textContent(), "Question");
    assert.equal(await page.getByRole("tab", { name: "Simplex" }).count(), 1);
    assert.deepEqual(errors, []);
  });

  it("every lesson steps to the production solver's goal values", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "教学" }).click();
    const buttons = page.locator("cp-teach-lessons button.open-lesson");
    await buttons.nth(4).waitFor();
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      await page.getByRole("tab", { name: "课程" }).click();
      const title = (await buttons.nth(i).textContent())?.trim() ?? "";
      await buttons.nth(i).click();
      await page.locator("#lesson-title").filter({ hasText: title }).waitFor();
      await page.getByRole("tab", { name: "单纯形法" }).click();
      await page.locator("#step-last").waitFor({ timeout: 20_000 });
      await page.locator("#step-last").click();
      const goals = page.locator("#simplex-result tbody tr");
      await goals.first().waitFor();
      for (let g = 0; g < (await goals.count()); g++) {
        const row = goals.nth(g);
        const what = `${title} ${await row.getAttribute("data-goal")}`;
        assert.equal(await row.locator("td.stepped").textContent(), await row.locator("td.production").textContent(), what);
        assert.equal(await row.locator("td").nth(2).textContent(), "一致", what);
      }
    }
    assert.deepEqual(errors, []);
  });

  it("refuses to step a regional model, says why and leads to the lessons", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.getByRole("tab", { name: "教学" }).click();
    assert.match((await page.locator("cp-teach-tab [role=tabpanel]").textContent()) ?? "", /当前情景没有课程说明/);
    await page.getByRole("tab", { name: "单纯形法" }).click();
    await page.locator("#simplex-refused").waitFor({ timeout: 30_000 });
    assert.match((await page.locator("#simplex-refused").textContent()) ?? "", /教学用单纯形法不逐步演示/);
    await page.locator("#to-lessons").click();
    assert.equal(await page.getByRole("tab", { name: "课程" }).getAttribute("aria-selected"), "true");
    await page.locator("cp-teach-lessons button.open-lesson").nth(4).waitFor();
    assert.ok((await page.locator("cp-teach-lessons button.open-lesson").count()) >= 5);
    // The algebra of the regional model pages through its rows.
    await page.getByRole("tab", { name: "模型代数" }).click();
    const coverage = page.locator('cp-teach-algebra section[data-family="coverage"]');
    await coverage.locator("button.show-rows").click();
    const caption = coverage.locator("caption");
    assert.match((await caption.textContent()) ?? "", /第 1–20 行，共 \d+ 行/);
    await coverage.getByRole("button", { name: "下一页" }).click();
    assert.match((await caption.textContent()) ?? "", /第 21–/);
    assert.deepEqual(errors, []);
  });
});
