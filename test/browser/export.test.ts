import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { decodeText, parseCsv, readXlsx, type Row } from "../../models/io/index.js";
import { openPage, startHarness, type Harness } from "./harness.js";
import { waitForResult } from "./helpers.js";

/** Clicks and returns the downloaded file's name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile((await file.path())!)) };
}

const num = (text: string) => Number(text.replace(/[,\s]/g, "").replace("−", "-"));

/** What the page shows: the allocation table's first row (name, first resource's total) and the coverage table's first row. */
async function shown(page: Page) {
  const first = page.locator("cp-allocation-table tbody tr").first();
  const name = ((await first.locator("th").textContent()) ?? "").trim();
  const total = num((await first.locator("td.total").first().textContent()) ?? "");
  const target = await page.locator("cp-results select").first().inputValue();
  const cov = page.locator("cp-coverage-chart table tbody tr").first();
  const unit = ((await cov.locator("th").textContent()) ?? "").trim();
  const [supplied, need] = (await cov.locator("td").allTextContents()).map(num);
  return { name, total, target, unit, supplied: supplied!, need: need! };
}

/** The row of a table whose column `key` (English header) has `value`. */
function rowWhere(rows: readonly Row[], headerRow: number, cols: Record<string, string | number>): Row | undefined {
  const h = rows[headerRow]!.map(String);
  return rows.slice(headerRow + 1).find((r) => Object.entries(cols).every(([k, v]) => r[h.indexOf(k)] === v));
}
const col = (rows: readonly Row[], headerRow: number, row: Row, key: string) => row[rows[headerRow]!.map(String).indexOf(key)];

describe("data out: result export, template, plan table 1", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it("exports the checked result as .xlsx and CSV whose allocation and coverage match what the page shows", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const see = await shown(page);

    const x = await download(page, () => page.locator("#export-xlsx").click());
    assert.equal(x.name, "yanjiang-2025-result.xlsx");
    const wb = readXlsx(x.bytes);
    assert.ok(wb.ok);
    assert.deepEqual(wb.value.sheets.map((s) => s.name), ["概要", "配置方案", "覆盖情况", "预算"]);
    const alloc = wb.value.sheets[1]!.rows;
    assert.equal(alloc[0]![1], "机构名称");
    assert.equal(alloc[1]![1], "facility_name");
    assert.ok(see.name.startsWith(String(alloc[2]![1])), `page's first facility ${see.name} is the workbook's ${alloc[2]![1]}`);
    assert.equal(Math.round(Number(col(alloc, 1, alloc[2]!, "total"))), see.total);
    const cov = wb.value.sheets[2]!.rows;
    const line = rowWhere(cov, 1, { target: see.target, unit_name: see.unit });
    assert.ok(line, `coverage sheet has ${see.target} · ${see.unit}`);
    // The page's coverage table shows ratios per 1,000 (two decimals); the sheet holds amounts and the population.
    const per = (k: string, r: Row) => (Number(col(cov, 1, r, k)) * 1000) / Number(col(cov, 1, r, "population"));
    assert.ok(Math.abs(per("supplied", line) - see.supplied) <= 0.006, `supplied ${per("supplied", line)} vs ${see.supplied}`);
    assert.ok(Math.abs(per("need", line) - see.need) <= 0.006, `need ${per("need", line)} vs ${see.need}`);
    assert.match((await page.getByRole("status").first().textContent()) ?? "", /yanjiang-2025-result\.xlsx/);

    const c = await download(page, () => page.locator("#export-csv").click());
    assert.equal(c.name, "yanjiang-2025-result.csv");
    assert.deepEqual([...c.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const sections = decodeText(c.bytes).text.split("\r\n\r\n");
    const allocCsv = parseCsv(sections.find((s) => s.startsWith("## 配置方案"))!);
    assert.ok(allocCsv.ok);
    assert.equal(allocCsv.value.rows[3]![1], alloc[2]![1]);
    assert.equal(Math.round(Number(allocCsv.value.rows[3]![allocCsv.value.rows[2]!.indexOf("total")])), see.total);
    const covCsv = parseCsv(sections.find((s) => s.startsWith("## 覆盖情况"))!);
    assert.ok(covCsv.ok);
    const csvLine = rowWhere(covCsv.value.rows, 2, { target: see.target, unit_name: see.unit });
    assert.ok(csvLine);
    assert.equal(Number(col(covCsv.value.rows, 2, csvLine, "supplied")), col(cov, 1, line, "supplied"));
    assert.deepEqual(errors, []);
  });

  it("downloads the template from the toolbar and from the estimate note, filled with the scenario's zones", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    await page.locator("#template-menu summary").click();
    const t = await download(page, () => page.locator("#template-facilities").click());
    assert.equal(t.name, "yanjiang-2025-template-facilities.csv");
    const facilities = parseCsv(decodeText(t.bytes).text);
    assert.ok(facilities.ok);
    assert.equal(facilities.value.rows[1]![0], "id");

    await page.getByRole("tab", { name: "人口", exact: true }).click();
    const note = page.locator("cp-population-table #est-note");
    await note.waitFor();
    assert.match((await note.textContent()) ?? "", /下载模板，用实际人口替换估算值/);
    const x = await download(page, () => note.locator("#est-template-xlsx").click());
    assert.equal(x.name, "yanjiang-2025-template.xlsx");
    const wb = readXlsx(x.bytes);
    assert.ok(wb.ok);
    const zones = wb.value.sheets.find((s) => s.name === "人口")!.rows;
    assert.deepEqual([zones[0]![0], zones[1]![0]], ["编号", "id"]);
    assert.equal(zones.length - 2, await page.locator("cp-population-table tbody tr").count());
    assert.ok(zones.slice(2).some((r) => r.includes("估算")), "estimated figures stay marked 估算 in the template");
    const c = await download(page, () => note.locator("#est-template-csv").click());
    assert.equal(c.name, "yanjiang-2025-template-zones.csv");
    assert.deepEqual(errors, []);
  });

  it("shows Yanjiang's 表1 beside the model: 24 rows, 4,195 planned, rows marked 估, sub-centres with reasons, in Chinese and English", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const table = page.locator("cp-plan-table #plan-table-1");
    await table.waitFor();
    assert.equal(await table.locator("tbody tr").count(), 24);
    const foot = await table.locator("tfoot td").allTextContents();
    assert.equal(foot[1], "4,195");
    const est = table.locator('tbody tr[data-estimated="true"]');
    assert.equal(await est.count(), 21);
    assert.equal(await est.locator(".est-mark").first().textContent(), "估");
    assert.equal(await table.locator('tbody tr[data-estimated="false"] .est-mark').count(), 0);
    const findings = (await page.locator("cp-plan-table ul.findings").textContent()) ?? "";
    assert.match(findings, /规划表合计 4,195/);
    assert.match(findings, /取决于估计的镇街人口/);
    assert.equal(await page.locator('cp-plan-table #plan-sub-centres li[data-chosen="true"]').count(), 5);
    assert.match((await page.locator('cp-plan-table #plan-sub-centres li[data-chosen="false"]').first().textContent()) ?? "", /缺 注册护士 3/);
    // The explanation names the chosen sub-centres with their reasons, and the candidates not chosen.
    assert.equal(await page.locator("cp-explanation #sub-centres li").count(), 5);
    assert.match((await page.locator("cp-explanation #sub-centres li").first().textContent()) ?? "", /现有存量已达次中心要求/);
    assert.equal(await page.locator("cp-explanation #sub-centres-not-chosen li").count(), 3);

    await page.locator("#lang").click();
    await page.getByRole("heading", { name: /Plan table 1 vs model/ }).waitFor();
    assert.equal(await table.locator("tbody tr").count(), 24);
    assert.equal((await table.locator("tfoot td").allTextContents())[1], "4,195");
    assert.equal(await est.locator(".est-mark").first().textContent(), "est.");
    assert.match((await page.locator("cp-plan-table ul.findings").textContent()) ?? "", /The plan's table sums to 4,195/);
    assert.match((await table.locator("caption").textContent()) ?? "", /the plan's 2025 figures beside the model/);
    assert.deepEqual(errors, []);
  });
});
