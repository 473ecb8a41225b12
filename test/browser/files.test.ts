import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openPage, startHarness, type Harness } from "./harness.js";
import { revision, waitForNewResult, waitForResult } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const THREE_TOWNS = join(ROOT, "test", "cases", "three-towns.json");

describe("files and links", () => {
  let h: Harness;
  let dir: string;
  before(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), "cp-files-"));
  });
  after(async () => {
    await h.close();
  });

  it("opens a scenario JSON file, and a bad file shows the bilingual issues and changes nothing", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const bad = JSON.parse(readFileSync(THREE_TOWNS, "utf8"));
    bad.zones[0].population["2025"] = -12;
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(join(dir, "bad.json"));
    const alert = page.locator("cp-status [role=alert]");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    assert.match(text, /文件未能打开，当前工作未作任何改动/);
    assert.match(text, /zones\[0\]\.population\.2025: 应为非负数，实际为 -12/);
    assert.match(text, /must be a non-negative number, got -12/);
    assert.match((await page.getByRole("combobox", { name: "情景", exact: true }).locator("option:checked").textContent()) ?? "", /雁江区/);

    const rev = await revision(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(THREE_TOWNS);
    await waitForNewResult(page, rev);
    assert.match((await page.getByRole("status").first().textContent()) ?? "", /已打开 three-towns\.json/);
    assert.equal(await page.getByRole("combobox", { name: "情景", exact: true }).locator("option:checked").textContent(), "三镇示例");
    assert.equal(await page.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "500");
    assert.deepEqual(errors, []);
  });

  it("draws a schematic of the zones when they have coordinates", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    assert.equal(await page.locator("cp-zone-map svg").count(), 0, "Yanjiang's zones have no coordinates: no schematic");
    const s = JSON.parse(readFileSync(THREE_TOWNS, "utf8"));
    s.zones.forEach((z: { coordinates?: unknown }, i: number) => (z.coordinates = { lat: 30 + i * 0.1, lon: 104.5 + i * 0.08 }));
    writeFileSync(join(dir, "placed.json"), JSON.stringify(s));
    const rev = await revision(page);
    await page.getByLabel("打开情景文件…", { exact: true }).setInputFiles(join(dir, "placed.json"));
    await waitForNewResult(page, rev);
    const map = page.getByRole("img", { name: /示意图/ });
    await map.waitFor();
    assert.equal(await page.locator("cp-zone-map circle").count(), 3);
    assert.deepEqual(await page.locator("cp-zone-map text.name").allTextContents(), ["甲镇", "乙镇", "丙镇"]);
    assert.deepEqual(errors, []);
  });

  it("saves the scenario as a JSON file that opens again", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "保存情景文件" }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), "yanjiang-2025.json");
    const saved = JSON.parse(readFileSync((await file.path())!, "utf8"));
    assert.equal(saved.region.id, "yanjiang");
    assert.equal(saved.budgets.capital.total, 46000);
    assert.deepEqual(errors, []);
  });

  it("imports a population table from a CSV file", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    writeFileSync(join(dir, "人口.csv"), "编号,名称,2025年常住人口\nlianhua,莲花街道,45000\nbaolian,宝莲街道,\"51,000\"\n");
    const rev = await revision(page);
    await page.getByLabel("导入人口表（CSV/Excel）…", { exact: true }).setInputFiles(join(dir, "人口.csv"));
    await waitForNewResult(page, rev);
    await page.getByRole("tab", { name: "人口" }).click();
    assert.equal(await page.getByRole("textbox", { name: "莲花街道 2025 年常住人口" }).inputValue(), "45000");
    assert.equal(await page.getByRole("textbox", { name: "宝莲街道 2025 年常住人口" }).inputValue(), "51000");
    const row = page.locator("cp-population-table tbody tr").first();
    assert.equal(await row.locator("td.est").count(), 1, "the imported 2025 figure is no longer marked estimated; 2020 still is");
    writeFileSync(join(dir, "坏.csv"), "编号,名称,2025年常住人口\nlianhua,莲花街道,-5\n");
    await page.getByLabel("导入人口表（CSV/Excel）…", { exact: true }).setInputFiles(join(dir, "坏.csv"));
    const alert = page.locator("cp-status [role=alert]");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /坏!C2 \(2025年常住人口\): 应为非负数/);
    assert.equal(await page.getByRole("textbox", { name: "莲花街道 2025 年常住人口" }).inputValue(), "45000");
    assert.deepEqual(errors, []);
  });

  it("shares the scenario as a link that opens it elsewhere; a damaged link is refused", async () => {
    const errors: string[] = [];
    const page = await openPage(h, errors);
    await waitForResult(page);
    const rev = await revision(page);
    await page.getByRole("textbox", { name: "资本预算（总额）" }).fill("33333");
    await page.keyboard.press("Enter");
    await waitForNewResult(page, rev);
    await page.getByRole("button", { name: "复制分享链接" }).click();
    const link = await page.getByRole("textbox", { name: "复制分享链接" }).inputValue();
    assert.match(link, /#s=[A-Za-z0-9_-]+$/);

    const other = await openPage(h, errors, link.slice(link.indexOf("#")));
    await waitForResult(other);
    assert.match((await other.getByRole("status").first().textContent()) ?? "", /已从分享链接打开情景/);
    assert.equal(await other.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "33,333");
    assert.equal(await other.evaluate(() => location.hash), "");

    const broken = await openPage(h, errors, "#s=AAAA-not-deflate");
    await broken.locator("cp-status [role=alert]").waitFor();
    assert.match((await broken.locator("cp-status [role=alert]").textContent()) ?? "", /分享链接无法打开/);
    await waitForResult(broken);
    assert.equal(await broken.getByRole("textbox", { name: "资本预算（总额）" }).inputValue(), "46,000");
    assert.deepEqual(errors, []);
  });
});
