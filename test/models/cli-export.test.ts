import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../bin/cli.js";
import { decodeText, importIntoScenario, parseCsv, readSpreadsheet, readXlsx, roundTo, type Table } from "../../models/io/index.js";
import { parseScenario, type AllocationResult, type Scenario } from "../../models/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const YANJIANG = join(ROOT, "scenarios", "yanjiang-2025.json");
const scenario = (): Scenario => {
  const p = parseScenario(JSON.parse(readFileSync(YANJIANG, "utf8")));
  if (!p.ok) throw new Error("yanjiang does not validate");
  return p.value;
};

/** Runs the CLI with stdout/stderr captured. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((c) => ((err += String(c)), true));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out, err };
}

const sheet = (tables: readonly Table[], name: string) => {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`no sheet ${name}`);
  return t;
};

afterEach(() => vi.restoreAllMocks());

describe("capacity-planner solve --xlsx / --csv", () => {
  it("writes the Yanjiang result: the workbook and the CSV files hold the allocation, coverage and budget of the JSON result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cp-export-"));
    const { code, out, err } = await run(["solve", YANJIANG, "--json", "--xlsx", join(dir, "r.xlsx"), "--csv", join(dir, "r")]);
    expect(code).toBe(0);
    expect(err).toContain("r.xlsx");
    const result = JSON.parse(out) as AllocationResult & { check: { violations: unknown[] } };
    expect(result.status).toBe("optimal");
    expect(result.check.violations).toEqual([]);

    const wb = readXlsx(readFileSync(join(dir, "r.xlsx")));
    if (!wb.ok) throw new Error("xlsx does not read back");
    expect(wb.value.sheets.map((x) => x.name)).toEqual(["概要", "配置方案", "覆盖情况", "预算"]);
    const alloc = sheet(wb.value.sheets, "配置方案").rows;
    expect(alloc[0]![0]).toBe("机构编号");
    expect(alloc[1]![0]).toBe("facility");
    expect(alloc.length - 2).toBe(result.allocation.length);
    const header = alloc[1]!.map(String);
    const [iF, iR, iE, iT] = ["facility", "resource", "existing", "total"].map((h) => header.indexOf(h));
    for (const [k, a] of result.allocation.entries()) {
      const row = alloc[k + 2]!;
      expect([row[iF!], row[iR!]]).toEqual([a.facility, a.resource]);
      expect(row[iE!]).toBe(roundTo(a.existing));
      expect(row[iT!]).toBe(roundTo(a.total));
    }
    const cov = sheet(wb.value.sheets, "覆盖情况").rows;
    expect(cov.length - 2).toBe(result.coverage.length);
    const ch = cov[1]!.map(String);
    const beds = result.coverage.find((c) => c.resource === "beds" && c.scope === "zone")!;
    const row = cov.find((r) => r[ch.indexOf("target")] === beds.target && r[ch.indexOf("unit")] === beds.unit)!;
    expect(row[ch.indexOf("need")]).toBe(roundTo(beds.need));
    expect(row[ch.indexOf("supplied")]).toBe(roundTo(beds.supplied));
    const budget = sheet(wb.value.sheets, "预算").rows;
    const capital = result.budget.find((b) => b.kind === "capital" && b.year === null)!;
    expect(budget.slice(2).some((r) => r[2] === roundTo(capital.limit) && r[3] === roundTo(capital.used))).toBe(true);

    // One CSV per table, UTF-8 with BOM, the same figures as the workbook.
    for (const [name, en] of [["配置方案", "allocation"], ["覆盖情况", "coverage"], ["预算", "budget"], ["概要", "summary"]] as const) {
      const bytes = readFileSync(join(dir, `r-${en}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(decodeText(bytes).text);
      if (!rows.ok) throw new Error(`${en}.csv does not parse`);
      const xl = sheet(wb.value.sheets, name).rows;
      expect(rows.value.rows.length).toBe(xl.length);
      expect(rows.value.rows[2]!.map((c) => (c === null || c === "" ? null : Number.isNaN(Number(c)) ? c : Number(c)))).toEqual(xl[2]!.map((c) => (c === "" ? null : c)));
    }
  }, 60_000);

  it("refuses a flag without a value and an unwritable file with exit code 2", async () => {
    expect((await run(["solve", YANJIANG, "--xlsx"])).code).toBe(2);
    const bad = await run(["solve", YANJIANG, "--xlsx", join(tmpdir(), "no-such-dir-cp", "x", "r.xlsx")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/无法写入文件 \/ cannot write the file/);
  }, 60_000);
});

describe("capacity-planner template", () => {
  it("writes the template filled with Yanjiang: Chinese headers, English second row, and it imports back unchanged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cp-template-"));
    const { code } = await run(["template", "--xlsx", join(dir, "t.xlsx"), "--csv", join(dir, "t"), "--scenario", YANJIANG]);
    expect(code).toBe(0);
    const s = scenario();
    const wb = readSpreadsheet(readFileSync(join(dir, "t.xlsx")), "t.xlsx");
    if (!wb.ok) throw new Error("template does not read");
    const zones = sheet(wb.value, "人口").rows;
    expect(zones[0]![0]).toBe("编号");
    expect(zones[1]![0]).toBe("id");
    expect(zones.length - 2).toBe(s.zones.length);
    const back = importIntoScenario(s, wb.value);
    if (!back.ok) throw new Error(back.issues.map((i) => i.en).join("; "));
    expect(back.value.zones.map((z) => z.population)).toEqual(s.zones.map((z) => z.population));
    expect(back.value.zones.map((z) => z.populationStatus)).toEqual(s.zones.map((z) => z.populationStatus));
    for (const kind of ["zones", "facilities"]) {
      const csv = readSpreadsheet(readFileSync(join(dir, `t-${kind}.csv`)), `t-${kind}.csv`);
      expect(csv.ok, kind).toBe(true);
    }
  });

  it("prints the empty zones template without flags and refuses unknown arguments (exit 2)", async () => {
    const plain = await run(["template"]);
    expect(plain.code).toBe(0);
    expect(plain.out.split("\r\n")[1]).toMatch(/^id,name_zh,/);
    expect((await run(["template", "--pdf", "x"])).code).toBe(2);
    expect((await run(["template", "--scenario", join(tmpdir(), "missing-cp.json")])).code).toBe(2);
  });
});
