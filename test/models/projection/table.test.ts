import { describe, expect, it } from "vitest";
import { projectPopulation } from "../../../models/projection/index.js";
import { issuesOf, populations, valueOf, zone } from "./helpers.js";

const zones = [zone("A", { "2025": 10_000 }), zone("B", { "2025": 20_000 })];

describe("projectPopulation(table)", () => {
  it("projectPopulation(table) takes the user's figures and marks them user", () => {
    const spec = { method: "table", figures: { A: { "2030": 12_000 }, B: { "2030": 19_500.5 } } } as const;
    const r = valueOf(projectPopulation(zones, spec, [2025, 2030]));
    expect(populations(r)).toEqual({ A: { "2025": 10_000, "2030": 12_000 }, B: { "2025": 20_000, "2030": 19_500.5 } });
    expect(r.zones[0]!.status).toEqual({ "2025": "user", "2030": "user" });
    // 12,000 + 19,500.5 = 31,500.5
    expect(r.totals["2030"]).toBe(31_500.5);
  });

  it("projectPopulation(table) marks the figures with the table's status", () => {
    const spec = { method: "table", status: "published", figures: { A: { "2030": 12_000 }, B: { "2030": 21_000 } } } as const;
    const r = valueOf(projectPopulation(zones, spec, [2030]));
    expect(r.zones.map((z) => z.status["2030"])).toEqual(["published", "published"]);
  });

  it("projectPopulation(table) names a negative figure", () => {
    const r = projectPopulation(zones, { method: "table", figures: { A: { "2030": -5 }, B: { "2030": 1 } } }, [2030]);
    expect(issuesOf(r)).toEqual(["table.figures.A.2030: 应为非负数，实际为 -5 / must be a non-negative number, got -5"]);
  });

  it("projectPopulation(table) names a missing figure and an unknown zone", () => {
    const r = projectPopulation(zones, { method: "table", figures: { A: { "2030": 1 }, C: { "2030": 1 } } }, [2030]);
    expect(issuesOf(r)).toEqual([
      "table.figures.C: 未知的镇/街道编号：C / unknown zone C",
      "table.figures.B.2030: 缺少镇/街道 B 的 2030 年人口 / no figure for zone B in 2030",
    ]);
  });
});
