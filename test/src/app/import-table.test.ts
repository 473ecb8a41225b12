import { describe, expect, it } from "vitest";
import { importTableFile, markImportedPopulations } from "../../../src/app/import-table.js";
import { loadScenario } from "../helpers.js";

describe("importing a table", () => {
  const s = loadScenario("scenarios/yanjiang-2025.json");

  it("importTableFile(s, csv) merges a population table; changed estimated figures become the user's", async () => {
    const csv = new Blob(["编号,名称,2025年常住人口\nlianhua,莲花街道,45000\n"]);
    const r = await importTableFile(s, Object.assign(csv, { name: "人口.csv" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const z = r.value.zones.find((x) => x.id === "lianhua")!;
    expect(z.population["2025"]).toBe(45000);
    expect(z.populationStatus).toEqual({ "2020": "estimated", "2025": "user" });
    expect(r.value.zones[1]!.populationStatus?.["2025"]).toBe("estimated");
  });

  it("importTableFile names the bad cell and leaves the scenario alone", async () => {
    const r = await importTableFile(s, Object.assign(new Blob(["编号,名称,2025年常住人口\nlianhua,莲花街道,-5\n"]), { name: "人口.csv" }));
    expect(r.ok ? null : r.issues[0]!.zh).toMatch(/^人口!C2 \(2025年常住人口\): 应为非负数/);
  });

  it("markImportedPopulations keeps a status the file gave", () => {
    const after = { ...s, zones: s.zones.map((z, i) => (i === 0 ? { ...z, population: { ...z.population, "2025": 1 }, populationStatus: { "2020": "estimated" as const, "2025": "published" as const } } : z)) };
    expect(markImportedPopulations(s, after).zones[0]!.populationStatus?.["2025"]).toBe("published");
  });
});
