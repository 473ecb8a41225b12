import { beforeAll, describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import { solveScenario, type AllocationResult, type Scenario } from "../../../models/index.js";
import { decodeText, parseCsv, readXlsx } from "../../../models/io/index.js";
import { exportableResult, resultFile, sectionedCsv, templateFile } from "../../../src/app/export-files.js";
import { impliedPopulation } from "../../../models/plan-table.js";
import { hasPlannedFigures, planTableOf, signedFigure } from "../../../src/views/plan-table/plan-table-data.js";
import { subCentreReasons } from "../../../src/views/plan-table/sub-centre-data.js";
import { bundled, seedOf } from "../../scenarios/helpers.js";
import { threeTowns } from "../helpers.js";

let s: Scenario;
let r: AllocationResult;
beforeAll(async () => {
  s = bundled("yanjiang");
  r = await solveScenario(s, { marginal: false });
  expect(r.status).toBe("optimal");
  expect(checkResult(s, r)).toEqual([]);
}, 60_000);

describe("plan table 1 view data (Yanjiang)", () => {
  it("puts the 24 facilities of 表1 beside the model: 4,195 planned, estimate-dependent rows marked", () => {
    expect(hasPlannedFigures(s)).toBe(true);
    const built = planTableOf(s, r, [seedOf("yanjiang")]);
    if (!built.ok) throw new Error("no table");
    const t = built.table;
    expect(t.rows).toHaveLength(24);
    expect(t.totals.planned).toBe(4195);
    expect(t.totals.model).toBeCloseTo(t.rows.reduce((a, x) => a + x.model, 0), 9);
    // Town-based rows rest on estimated town populations; the three district hospitals serve every town and do not.
    expect(t.rows.filter((x) => x.dependsOnEstimate)).toHaveLength(21);
    expect(t.rows.filter((x) => x.reasons.some((y) => y.code === "noGrowth")).every((x) => !x.dependsOnEstimate)).toBe(true);
    // The plan's 2020 figures imply a second population (9576 beds ÷ 9.57‰), said in the findings.
    expect(t.findings.some((f) => f.en.includes("1,000,627"))).toBe(true);
    expect(t.findings[0]!.zh).toContain("4,195");
  });

  it("implied population needs the scenario's seed; no planned figures or no target gives no table", () => {
    expect(impliedPopulation(s, [seedOf("yanjiang")])[0]!.population).toBe(Math.round((9576 / 9.57) * 1000));
    expect(impliedPopulation(s, [seedOf("suining")])).toEqual([]);
    const plain = threeTowns();
    expect(hasPlannedFigures(plain)).toBe(false);
    expect(planTableOf(plain, r).ok).toBe(false);
    expect(planTableOf({ ...s, targets: s.targets.filter((t) => t.resource !== "beds") }, r).ok).toBe(false);
  });

  it("signs differences with one decimal", () => {
    const f = (n: number) => String(n);
    expect(signedFigure(20.49, f)).toBe("+20.5");
    expect(signedFigure(-31, f)).toBe("−31");
    expect(signedFigure(0.04, f)).toBe("0");
  });
});

describe("sub-centre reasons", () => {
  it("Yanjiang: the 5 chosen meet the requirements as they stand; the 3 others lack nurses, so choosing them would cost more", () => {
    const why = subCentreReasons(s, r)!;
    expect(why.count.en).toBe("5");
    expect(why.requirements.zh).toContain("≥ 100");
    const chosen = why.rows.filter((x) => x.chosen);
    expect(chosen.map((x) => x.facility).sort()).toEqual([...r.subCentres].sort());
    expect(chosen).toHaveLength(5);
    for (const x of chosen) {
      expect(x.lacking).toEqual({});
      expect(x.reason.zh).toBe("现有存量已达次中心要求，无需追加");
    }
    const others = why.rows.filter((x) => !x.chosen);
    expect(others).toHaveLength(3);
    for (const x of others) {
      expect(x.lacking).toEqual({ nurses: 3 });
      expect(x.reason.en).toContain("choosing it would cost more");
    }
  });

  it("says when a quota is full, when the places are taken, and when a chosen one was raised to the requirements", () => {
    const why0 = subCentreReasons(s, r)!;
    const out = why0.rows.find((x) => !x.chosen)!.facility;
    const inn = why0.rows.find((x) => x.chosen)!.facility;
    const zoneOf = (id: string) => s.facilities.find((f) => f.id === id)!.zone;
    const siting = s.rules.siting!;
    const quota = { ...s, rules: { ...s.rules, siting: { ...siting, quotas: [{ zones: [zoneOf(out), zoneOf(inn)], min: 0, max: 1, label: { zh: "甲配额", en: "quota A" } }] } } };
    expect(subCentreReasons(quota, r)!.rows.find((x) => x.facility === out)!.reason.en).toContain("its quota (quota A) is full");
    const ready = { ...s, facilities: s.facilities.map((f) => (f.id === out ? { ...f, existing: { ...f.existing, nurses: 100, beds: 200 } } : f)) };
    expect(subCentreReasons(ready, r)!.rows.find((x) => x.facility === out)!.reason.zh).toBe("已达要求，但名额（最多 5 家）已满");
    const short = { ...s, facilities: s.facilities.map((f) => (f.id === inn ? { ...f, existing: { ...f.existing, nurses: 10 } } : f)) };
    const row = subCentreReasons(short, r)!.rows.find((x) => x.facility === inn)!;
    expect(row.lacking).toEqual({ nurses: 30 });
    expect(row.reason.en).toContain("raises it to the requirements");
    expect(subCentreReasons(threeTowns(), r)).toBeNull();
  });
});

describe("result export and template files (src/app/export-files.ts)", () => {
  it("exports only a checked result of the current revision", () => {
    const checked = { revision: 3, result: r, violations: [] as unknown[] };
    const st = { scenario: s, revision: 3, locale: "zh-CN" as const, solve: { checked } };
    expect(exportableResult(st)).toBe(r);
    expect(exportableResult({ ...st, revision: 4 })).toBeNull();
    expect(exportableResult({ ...st, solve: { checked: { ...checked, violations: [{}] } } })).toBeNull();
    expect(exportableResult({ ...st, solve: { checked: { ...checked, result: { ...r, status: "infeasible" } } } })).toBeNull();
  });

  it("writes a sectioned CSV and a workbook whose allocation and coverage match the result", async () => {
    const csv = await resultFile(s, r, "csv", "zh-CN");
    expect(csv.name).toBe(`${s.region.id}-${s.region.planYear}-result.csv`);
    const text = decodeText(csv.bytes).text;
    const sections = text.split("\r\n\r\n").filter((x) => x.startsWith("## "));
    expect(sections.map((x) => x.split("\r\n")[0])).toEqual(["## 概要 / summary", "## 配置方案 / allocation", "## 覆盖情况 / coverage", "## 预算 / budget"]);
    const alloc = parseCsv(sections[1]!);
    if (!alloc.ok) throw new Error("allocation section does not parse");
    expect(alloc.value.rows[3]!.slice(0, 2)).toEqual([r.allocation[0]!.facility, s.facilities.find((f) => f.id === r.allocation[0]!.facility)!.name.zh]);
    expect(alloc.value.rows.length - 3).toBe(r.allocation.length);
    const xlsx = await resultFile(s, r, "xlsx", "en");
    const wb = readXlsx(xlsx.bytes);
    if (!wb.ok) throw new Error("xlsx does not read");
    const cov = wb.value.sheets.find((x) => x.name === "覆盖情况")!.rows;
    expect(cov.length - 2).toBe(r.coverage.length);
    expect(cov[2]![cov[1]!.indexOf("unit")]).toBe(r.coverage[0]!.unit);
    expect(sectionedCsv([{ name: "x", rows: [["a"]] }], () => "a\r\n")).toBe("## x / x\r\na\r\n");
  });

  it("fills the template from the scenario: xlsx with both sheets, CSV of the zones with estimated statuses", async () => {
    const x = await templateFile(s, "xlsx");
    const wb = readXlsx(x.bytes);
    if (!wb.ok) throw new Error("template does not read");
    expect(wb.value.sheets.map((t) => t.name)).toEqual(["人口", "机构", "说明"]);
    const z = await templateFile(s, "zones");
    expect(z.name).toBe(`${s.region.id}-${s.region.planYear}-template-zones.csv`);
    const rows = parseCsv(decodeText(z.bytes).text);
    if (!rows.ok) throw new Error("zones CSV does not parse");
    expect(rows.value.rows[1]![0]).toBe("id");
    expect(rows.value.rows.length - 2).toBe(s.zones.length);
    expect(rows.value.rows.slice(2).some((row) => row.includes("估算"))).toBe(true);
  });
});
