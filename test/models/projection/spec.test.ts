import { describe, expect, expectTypeOf, it } from "vitest";
import { formatIssue } from "../../../models/issues.js";
import { parseProjectionSpec, parseProjectionYears, type ProjectionSpec } from "../../../models/projection/index.js";
import { issuesOf } from "./helpers.js";

describe("parseProjectionSpec", () => {
  it("parseProjectionSpec(table) fills the default status", () => {
    const r = parseProjectionSpec({ method: "table", figures: { A: { "2030": 1 } } });
    expect(r.ok && r.value).toEqual({ method: "table", figures: { A: { "2030": 1 } }, status: "user" });
  });

  it("parseProjectionSpec prints issues with formatIssue in each language", () => {
    const r = parseProjectionSpec({ method: "growth", baseYear: 2025, rates: { t3: -1.2 } });
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, "zh"))).toEqual(["growth.rates.t3: 应大于 -1，实际为 -1.2"]);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, "en"))).toEqual(["growth.rates.t3: must be above -1, got -1.2"]);
  });

  it("parseProjectionSpec names an unknown method under `projection`", () => {
    expect(issuesOf(parseProjectionSpec({ method: "guess" }))).toEqual([
      'projection.method: 应为以下之一：table、growth、regionalTotal、urbanisation，实际为 "guess" / must be one of table, growth, regionalTotal, urbanisation, got "guess"',
    ]);
  });

  it("parseProjectionSpec names an unknown field", () => {
    expect(issuesOf(parseProjectionSpec({ method: "growth", baseYear: 2025, rate: 0, rat: 1 }))).toEqual([
      "growth: 包含未知字段：rat / has unknown field(s): rat",
    ]);
  });

  it("parseProjectionSpec does not accept urbanisation on top of urbanisation", () => {
    const inner = { method: "urbanisation", base: { method: "growth", baseYear: 2025, rate: 0 }, baseYear: 2025, share: 0.1 };
    expect(issuesOf(parseProjectionSpec({ method: "urbanisation", base: inner, baseYear: 2025, share: 0.1 }))).toEqual([
      'urbanisation.base.method: 应为以下之一：table、growth、regionalTotal，实际为 "urbanisation" / must be one of table, growth, regionalTotal, got "urbanisation"',
    ]);
  });

  it("ProjectionSpec infers one variant per method", () => {
    expectTypeOf<ProjectionSpec["method"]>().toEqualTypeOf<"table" | "growth" | "regionalTotal" | "urbanisation">();
    expectTypeOf<Extract<ProjectionSpec, { method: "regionalTotal" }>["by"]>().toEqualTypeOf<"share" | "trend">();
    expectTypeOf<Extract<ProjectionSpec, { by: "trend" }>["from"]>().toEqualTypeOf<number>();
  });
});

describe("parseProjectionYears", () => {
  it("parseProjectionYears sorts and drops repeats", () => {
    expect(parseProjectionYears([2030, 2026, 2030])).toEqual({ ok: true, value: [2026, 2030] });
  });

  it("parseProjectionYears names an empty list", () => {
    expect(issuesOf(parseProjectionYears([]))).toEqual(["years: 至少需要 1 项，实际为 an array of 0 / needs at least 1 item(s), got an array of 0"]);
  });
});
