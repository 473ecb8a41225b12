import { afterEach, describe, expect, it, vi } from "vitest";
import { table1Command } from "../../bin/table1.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  return { out: () => out.join(""), err: () => err.join("") };
}

afterEach(() => vi.restoreAllMocks());

describe("table1Command(args)", () => {
  it("table1Command([]) prints Yanjiang 表1 beside the model and exits 0", async () => {
    const io = capture();
    expect(await table1Command([])).toBe(0);
    expect(io.out()).toContain("伍隍镇中心卫生院");
    expect(io.out()).toContain("独立校验通过");
  });

  it("table1Command(['--json', '--solver', 'highs']) gives the table as JSON", async () => {
    const io = capture();
    expect(await table1Command(["--json", "--solver", "highs", "--lang", "en"])).toBe(0);
    const json = JSON.parse(io.out());
    expect(json.status).toBe("optimal");
    expect(json.check.violations).toEqual([]);
    expect(json.table.rows).toHaveLength(24);
    expect(json.table.totals.planned).toBe(4195);
  });

  it("table1Command exits 2 naming the problem for a missing file or a bad flag", async () => {
    const io = capture();
    expect(await table1Command(["no-such-file.json"])).toBe(2);
    expect(io.err()).toContain("no-such-file.json");
    expect(await table1Command(["--solver", "glpk"])).toBe(2);
    expect(io.err()).toContain("--solver");
  });
});
