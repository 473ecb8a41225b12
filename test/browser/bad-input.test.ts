import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BAD = join(ROOT, "test", "fixtures", "bad");
const THREE_TOWNS = join(ROOT, "test", "cases", "three-towns.json");

type Expected = { readonly path: string; readonly zh: string; readonly en: string };
const cases = (JSON.parse(readFileSync(join(BAD, "expected.json"), "utf8")) as { cases: { file?: string; expect: Expected & { ok: boolean } }[] }).cases;
/** The manifest's expected issue of a corpus file. */
function expected(file: string): Expected {
  const c = cases.find((x) => x.file === file);
  if (!c || c.expect.ok) throw new Error(`${file}: not an issue case of test/fixtures/bad/expected.json`);
  return c.expect;
}

describe("bad input in the app", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("a bad scenario file and bad tables show bilingual messages naming the field, and change nothing", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    let rev = await revision(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(THREE_TOWNS);
    await waitForNewResult(page, rev);
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    rev = await revision(page);
    await budget.fill("600");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    const undo = page.getByRole("button", { name: "撤销" });
    assert.equal(await undo.isEnabled(), true, "the budget edit is in the undo history");
    const scenarioName = async () => page.getByRole("combobox", { name: /情景|Scenario/ }).first().locator("option:checked").textContent();
    const unchanged = async (when: string) => {
      assert.equal(await scenarioName(), "三镇示例", `${when}: still the three towns`);
      assert.equal(await budget.inputValue(), "600", `${when}: the edited budget is kept`);
      assert.equal(await undo.isEnabled(), true, `${when}: the undo history is kept`);
    };

    const json = expected("json/population-1e300.json");
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(join(BAD, "json/population-1e300.json"));
    const jsonAlert = page.locator("cp-status [role=alert]", { hasText: json.path });
    await jsonAlert.waitFor();
    const jsonText = (await jsonAlert.textContent()) ?? "";
    assert.ok(jsonText.includes(json.zh), `Chinese message "${json.zh}" in: ${jsonText}`);
    assert.match(jsonText, /文件未能打开，当前工作未作任何改动/);
    await unchanged("after the bad scenario file");

    const csv = expected("tables/population_1e300.csv");
    await page.getByLabel("导入人口表（CSV/Excel）…", { exact: true }).setInputFiles(join(BAD, "tables/population_1e300.csv"));
    const csvAlert = page.locator("cp-status [role=alert]", { hasText: csv.path });
    await csvAlert.waitFor();
    const csvText = (await csvAlert.textContent()) ?? "";
    assert.ok(csvText.includes(csv.zh), `Chinese message "${csv.zh}" in: ${csvText}`);
    await unchanged("after the bad CSV");

    const binary = expected("tables/binary_renamed.csv");
    await page.getByLabel("导入人口表（CSV/Excel）…", { exact: true }).setInputFiles(join(BAD, "tables/binary_renamed.csv"));
    const binAlert = page.locator("cp-status [role=alert]", { hasText: binary.zh });
    await binAlert.waitFor();
    await unchanged("after a binary file renamed .csv");

    await page.getByRole("button", { name: "语言: English" }).click();
    const enAlert = page.locator("cp-status [role=alert]", { hasText: binary.en });
    await enAlert.waitFor();
    assert.ok(((await enAlert.textContent()) ?? "").includes(binary.en));
    await page.getByLabel("Import population table (CSV/Excel)…", { exact: true }).setInputFiles(join(BAD, "tables/population_1e300.csv"));
    const enCsv = page.locator("cp-status [role=alert]", { hasText: csv.en });
    await enCsv.waitFor();
    assert.ok(((await enCsv.textContent()) ?? "").includes(csv.path));
    await page.getByLabel("Open scenario file…", { exact: true }).setInputFiles(join(BAD, "json/population-1e300.json"));
    await page.locator("cp-status [role=alert]", { hasText: json.en }).waitFor();

    const enBudget = page.getByRole("textbox", { name: "Capital budget (total)" });
    assert.equal(await enBudget.inputValue(), "600");
    rev = await revision(page);
    await page.getByRole("button", { name: "Undo" }).click();
    await waitForNewResult(page, rev);
    assert.equal(await enBudget.inputValue(), "500", "undo after the rejected files still reaches the budget edit");
    assert.deepEqual(errors, []);
  });

  it("xlsx bombs (sparse to XFD, a row bomb, 300 sheets, an unclosed quote) are read in a worker and refused; the page keeps answering", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const budget = page.getByRole("textbox", { name: "资本预算（总额）" });
    const before = await budget.inputValue();
    for (const file of ["tables/xlsx_sparse_xfd.xlsx", "tables/xlsx_row_bomb.xlsx", "tables/xlsx_many_sheets.xlsx", "tables/xlsx_quote_bomb.xlsx"]) {
      const want = expected(file);
      const started = workers.length;
      await page.getByLabel("导入人口表（CSV/Excel）…", { exact: true }).setInputFiles(join(BAD, file));
      const alert = page.locator("cp-status [role=alert]", { hasText: want.zh });
      await alert.waitFor({ timeout: 30_000 });
      assert.ok(workers.slice(started).some((u) => /table-read/.test(u)), `${file}: read in a worker (${workers.join(", ")})`);
      assert.equal(await page.evaluate(() => 1 + 1), 2, "the page answers");
      assert.equal(await budget.inputValue(), before, `${file}: the scenario is unchanged`);
    }
    assert.deepEqual(errors, []);
  });
});
