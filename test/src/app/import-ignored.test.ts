import { describe, expect, it } from "vitest";
import { ignoredSentence, importTable, importTableFile } from "../../../src/app/import-table.js";
import { messagesFor } from "../../../src/i18n/index.js";
import { loadScenario } from "../helpers.js";

const csv = (text: string, name: string) => Object.assign(new Blob([text]), { name });

describe("a table import reports the columns it ignored", () => {
  const s = loadScenario("scenarios/yanjiang-2025.json");

  it("a misspelt header (常驻 for 常住) is ignored, named with its column, and the expected headers are listed", async () => {
    const r = await importTable(s, csv("编号,名称,2025年常住人口,2020年常驻人口\nlianhua,莲花街道,45000,41000\n", "人口.csv"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // the recognised column is imported, the misspelt one is not
    const z = r.value.scenario.zones.find((x) => x.id === "lianhua")!;
    expect(z.population["2025"]).toBe(45000);
    expect(z.population["2020"]).toBe(s.zones.find((x) => x.id === "lianhua")!.population["2020"]);
    expect(r.value.ignored).toHaveLength(1);
    const ig = r.value.ignored[0]!;
    expect(ig).toMatchObject({ sheet: "人口", kind: "zones", columns: [{ letter: "D", header: "2020年常驻人口" }] });
    expect(ig.expected).toContainEqual({ zh: "编号", en: "id" });
    expect(ig.expected.map((h) => h.zh)).toContain("2020年常住人口");

    const zh = ignoredSentence(messagesFor("zh-CN"), "zh-CN", ig);
    expect(zh).toContain("D 列“2020年常驻人口”");
    expect(zh).toContain("人口表可用的表头：编号、");
    expect(zh).toContain("2020年常住人口");
    const en = ignoredSentence(messagesFor("en"), "en", ig);
    expect(en).toContain("column D “2020年常驻人口”");
    expect(en).toMatch(/Headers a zones sheet may have: id, /);
    expect(en).toContain("pop_2020");
  });

  it("nothing is reported when every header is the template's; importTableFile still gives the scenario", async () => {
    const file = csv("编号,名称,2025年常住人口\nlianhua,莲花街道,45000\n", "人口.csv");
    const r = await importTable(s, file);
    expect(r.ok && r.value.ignored).toEqual([]);
    const plain = await importTableFile(s, file);
    expect(plain.ok && plain.value.zones.find((x) => x.id === "lianhua")!.population["2025"]).toBe(45000);
  });

  it("a facilities sheet with an unknown column lists the facility headers", async () => {
    const f = s.facilities[0]!;
    const r = await importTable(s, csv(`编号,名称,层级,所在镇街,备注栏\n${f.id},${f.name.zh},${f.tier},${f.zone},x\n`, "机构.csv"));
    if (!r.ok) throw new Error(r.issues.map((i) => i.zh).join("; "));
    expect(r.value.ignored.map((g) => [g.kind, g.columns.map((c) => c.letter)])).toEqual([["facilities", ["E"]]]);
    expect(ignoredSentence(messagesFor("zh-CN"), "zh-CN", r.value.ignored[0]!)).toContain("机构表可用的表头：编号、名称、英文名、层级、所在镇街");
  });
});
