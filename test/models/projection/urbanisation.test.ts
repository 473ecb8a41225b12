import { describe, expect, it } from "vitest";
import { projectPopulation, type ProjectionSpecInput } from "../../../models/projection/index.js";
import { issuesOf, populations, valueOf, zone } from "./helpers.js";

const zones = [
  zone("U1", { "2025": 30_000 }, { urban: true }),
  zone("U2", { "2025": 10_000 }, { urban: true }),
  zone("R1", { "2025": 20_000 }, { urban: false }),
  zone("R2", { "2025": 40_000 }, { urban: false }),
  zone("M", { "2025": 5_000 }),
];

// The projection underneath: U1, U2 flat; R1 grows by 5,000; R2 falls by 4,000; M (no `urban`) grows by 1,000.
const table = {
  method: "table",
  figures: { U1: { "2030": 30_000 }, U2: { "2030": 10_000 }, R1: { "2030": 25_000 }, R2: { "2030": 36_000 }, M: { "2030": 6_000 } },
} as const;

describe("projectPopulation(urbanisation)", () => {
  it("projectPopulation(urbanisation) moves 30% of rural growth to urban zones by population, total preserved", () => {
    // R1 gives 0.3 × (25,000 − 20,000) = 1,500; R2 shrank, gives 0
    // urban split 30,000 : 10,000 = 3:1 → U1 +1,125 = 31,125; U2 +375 = 10,375; R1 25,000 − 1,500 = 23,500
    // total 31,125 + 10,375 + 23,500 + 36,000 + 6,000 = 107,000 = 30,000 + 10,000 + 25,000 + 36,000 + 6,000
    const spec: ProjectionSpecInput = { method: "urbanisation", base: table, baseYear: 2025, share: 0.3 };
    const r = valueOf(projectPopulation(zones, spec, [2030]));
    expect(populations(r)).toEqual({
      U1: { "2030": 31_125 },
      U2: { "2030": 10_375 },
      R1: { "2030": 23_500 },
      R2: { "2030": 36_000 },
      M: { "2030": 6_000 },
    });
    expect(r.totals["2030"]).toBe(107_000);
    expect(r.method).toBe("urbanisation");
    expect(r.zones.every((z) => z.status["2030"] === "projected")).toBe(true);
  });

  it("projectPopulation(urbanisation) on growth moves a share of each year's cumulative rural growth", () => {
    // growth 10%/yr: 2026 U 11,000, R 11,000; R gives 0.3 × 1,000 = 300 → U 11,300, R 10,700 (total 22,000)
    // 2027: U 12,100, R 12,100; R gives 0.3 × 2,100 = 630 → U 12,730, R 11,470 (total 24,200)
    const two = [zone("U", { "2025": 10_000 }, { urban: true }), zone("R", { "2025": 10_000 }, { urban: false })];
    const spec: ProjectionSpecInput = { method: "urbanisation", base: { method: "growth", baseYear: 2025, rate: 0.1 }, baseYear: 2025, share: 0.3 };
    const r = valueOf(projectPopulation(two, spec, [2026, 2027]));
    const p = populations(r);
    expect(p["U"]!["2026"]).toBeCloseTo(11_300, 9);
    expect(p["R"]!["2026"]).toBeCloseTo(10_700, 9);
    expect(p["U"]!["2027"]).toBeCloseTo(12_730, 9);
    expect(p["R"]!["2027"]).toBeCloseTo(11_470, 9);
    expect(r.totals["2027"]).toBeCloseTo(24_200, 9);
  });

  it("projectPopulation(urbanisation) leaves a zone's own figure alone and still preserves the total", () => {
    // growth 10%/yr to 2030: × 1.1^5 = 1.61051 → U 16,105.1, R2 16,105.1; R1 keeps its own 12,000
    // R2 gives 0.3 × 6,105.1 = 1,831.53 → U 17,936.63, R2 14,273.57
    // total 17,936.63 + 12,000 + 14,273.57 = 44,210.2 = 2 × 16,105.1 + 12,000
    const held = [
      zone("U", { "2025": 10_000 }, { urban: true }),
      zone("R1", { "2025": 10_000, "2030": 12_000 }, { urban: false }),
      zone("R2", { "2025": 10_000 }, { urban: false }),
    ];
    const spec: ProjectionSpecInput = { method: "urbanisation", base: { method: "growth", baseYear: 2025, rate: 0.1 }, baseYear: 2025, share: 0.3 };
    const r = valueOf(projectPopulation(held, spec, [2030]));
    const p = populations(r);
    expect(p["U"]!["2030"]).toBeCloseTo(17_936.63, 6);
    expect(p["R1"]!["2030"]).toBe(12_000);
    expect(p["R2"]!["2030"]).toBeCloseTo(14_273.57, 6);
    expect(r.totals["2030"]).toBeCloseTo(44_210.2, 6);
    expect(r.zones.map((z) => z.status["2030"])).toEqual(["projected", "user", "projected"]);
  });

  it("projectPopulation(urbanisation) with share 0 is the projection underneath", () => {
    const plain = valueOf(projectPopulation(zones, table, [2030]));
    const shifted = valueOf(projectPopulation(zones, { method: "urbanisation", base: table, baseYear: 2025, share: 0 }, [2030]));
    expect(populations(shifted)).toEqual(populations(plain));
  });

  it("projectPopulation(urbanisation) names a rural growth with no urban zone to receive it", () => {
    const rural = [zone("R", { "2025": 10_000 }, { urban: false }), zone("M", { "2025": 10_000 })];
    const spec: ProjectionSpecInput = { method: "urbanisation", base: { method: "growth", baseYear: 2025, rate: 0.1 }, baseYear: 2025, share: 0.3 };
    expect(issuesOf(projectPopulation(rural, spec, [2030]))).toEqual([
      "zones: 没有城镇（urban: true）的镇/街道可接收迁移人口 / no urban zones (urban: true) to receive the moved population",
    ]);
  });

  it("projectPopulation(urbanisation) names a bad share and a bad rate underneath with their paths", () => {
    const spec = { method: "urbanisation", base: { method: "growth", baseYear: 2025, rates: { R1: -1 } }, baseYear: 2025, share: 1.3 } as const;
    expect(issuesOf(projectPopulation(zones, spec, [2030]))).toEqual([
      "urbanisation.base.rates.R1: 应大于 -1，实际为 -1 / must be above -1, got -1",
      "urbanisation.share: 应不大于 1，实际为 1.3 / must be at most 1, got 1.3",
    ]);
  });
});
