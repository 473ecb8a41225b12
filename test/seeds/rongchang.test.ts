import { describe, expect, it } from "vitest";
import { loadSeed, squash } from "./load.js";

// Hand-checked figures of 重庆市荣昌区卫生健康发展"十四五"规划 (seeds/documents/004_55ced2cde3b8db9d.txt).
const { seed, lines, doc, target, indicator } = loadSeed("rongchang");

/** Cells of a tab-separated table line, trimmed. */
function cells(line: number): string[] {
  return lines[line]!.split("\t").map((c) => c.trim());
}

describe("rongchang.json", () => {
  it("identity: 荣昌区, Chongqing, district level, 荣昌府发〔2022〕10号 (line 5), issued 2022-03-31 (line 17), period 2021–2025 (line 23)", () => {
    expect(seed.region).toEqual({ zh: "荣昌区", en: "Rongchang" });
    expect(seed.level).toBe("district");
    expect(seed.province).toEqual({ zh: "重庆市", en: "Chongqing" });
    expect(seed.docNumber).toBe("荣昌府发〔2022〕10号");
    expect(squash(lines[5]!)).toBe("荣昌府发〔2022〕10号");
    expect(seed.issued).toBe("2022-03-31");
    expect(squash(lines[17]!)).toBe("2022年3月31日");
    expect(seed.period).toMatchObject({ start: 2021, end: 2025 });
    expect(squash(lines[23]!)).toContain("本规划年限为2021年—2025年");
  });

  it("keeps all 29 rows of 专栏1 (lines 140–170) as 31 entries, rows 24 and 28 split; 8 binding", () => {
    expect(seed.indicators).toHaveLength(31);
    const lineNos = seed.indicators.map((r) => r.provenance.line);
    expect(Math.min(...lineNos)).toBe(140);
    expect(Math.max(...lineNos)).toBe(170);
    expect(new Set(lineNos).size).toBe(31);
    expect(seed.indicators.filter((r) => r.nature === "binding")).toHaveLength(8);
    expect(doc.match(/约束性/g)).toHaveLength(8);
  });

  it("beds per 1,000 residents: 6.2 (2020) → 8.0 (2025), expected (line 152; baseline restated line 39)", () => {
    const row = indicator("bedsPer1000");
    expect(row.resource).toBe("beds");
    expect(row.baseline?.value).toEqual({ kind: "number", value: 6.2 });
    expect(row.target.value).toEqual({ kind: "number", value: 8 });
    expect(row.nature).toBe("expected");
    expect(cells(152).slice(3, 6)).toEqual(["6.2", "8.0", "预期性"]);
    expect(target("bedsPer1000").rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 8 }, per: 1000, population: "residents" });
    expect(target("bedsPer1000").indicator).toBe("bedsPer1000");
    expect(lines[39]).toContain("每千常住人口编制床位数达到 6.2 张");
  });

  it("doctors 3.6 and nurses 4.7 per 1,000 binding (lines 153, 155); public-hospital doctor:nurse about 1:2 (line 290)", () => {
    expect(cells(153).slice(3, 6)).toEqual(["3.05", "3.6", "约束性"]);
    expect(cells(155).slice(3, 6)).toEqual(["3.41", "4.7", "约束性"]);
    expect(target("doctorsPer1000")).toMatchObject({ nature: "binding", rule: { value: { kind: "number", value: 3.6 }, per: 1000 } });
    expect(target("nursesPer1000")).toMatchObject({ nature: "binding", rule: { value: { kind: "number", value: 4.7 }, per: 1000 } });
    expect(target("doctorNurseRatio").rule).toEqual({ type: "staffRatio", value: { kind: "ratio", left: 1, right: 2 }, numerator: "doctors", denominator: "nurses" });
    expect(lines[290]).toContain("逐步使医护比达到 1:2 左右");
  });

  it("GPs 4 per 10,000 (line 157), clinical pharmacists 0.7 per 100 beds (line 160), psychiatrists 6 per 100,000 (line 246)", () => {
    expect(target("gpsPer10000").rule).toMatchObject({ value: { kind: "number", value: 4 }, per: 10000 });
    expect(cells(157).slice(2, 5)).toEqual(["每万常住人口全科医师数(人)", "3.5", "4"]);
    expect(target("clinicalPharmacistsPer100Beds").rule).toEqual({ type: "staffRatio", value: { kind: "ratio", left: 0.7, right: 100 }, numerator: "pharmacists", denominator: "beds" });
    expect(cells(160).slice(2, 5)).toEqual(["每百张床位临床药师数(人)", "0.24", "0.7"]);
    expect(target("psychiatristsPer100000").rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 6 }, per: 100000, population: "residents" });
    expect(lines[246]).toContain("每10万人口拥有精神科医师6名");
  });

  it("childcare: 4.5 places for under-3s per 1,000 residents, table line 156 and text line 256", () => {
    const t = target("childcarePlacesPer1000");
    expect(t.rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 4.5 }, per: 1000, population: "residents" });
    expect(t.provenance.map((p) => p.line)).toEqual([156, 256]);
    expect(lines[256]).toContain("全区每千常住人口拥有3岁以下婴幼儿托位预期数达4.5个");
  });

  it("six area centres (片区中心, line 182) = six grassroots regional medical centres (line 270), one facility per town", () => {
    const t = target("areaCentres");
    expect(t.rule).toMatchObject({ type: "facilityCount", value: { kind: "number", value: 6 } });
    expect(lines[182]).toContain("建设片区中心6个");
    expect(squash(lines[270]!)).toContain("吴家、盘龙、安富、双河、河包、峰高6个卫生院（社区卫生服务中心）");
    const centres = seed.facilities.filter((f) => f.tier === "countySubCentre");
    expect(centres.map((f) => f.zone).sort()).toEqual([...t.scope.zones!].sort());
    for (const f of centres) expect(lines[f.provenance.line]).toContain("(片区中心)");
    expect(doc.match(/\(片区中心\)/g)).toHaveLength(6);
    expect(doc).not.toContain("次中心");
  });

  it("2025 resident population about 74.17万 (note under 专栏1, line 172)", () => {
    const pop = seed.totals.find((t) => t.id === "population2025")!;
    expect(pop.figure.value).toEqual({ kind: "number", value: 74.17 });
    expect(pop.unit.zh).toBe("万人");
    expect(lines[172]).toContain("2025年常住人口约74.17万人");
  });

  it("conflicts: geriatrics baseline 50% vs 全覆盖; village subtotal 8800 ≠ 7200 + 4600; grassroots rows sum to 10.584 not 10.48", () => {
    expect(seed.conflicts.map((c) => c.id)).toEqual(["geriatricDeptBaseline", "villageProjectsAreaSubtotal", "grassrootsInvestmentSum"]);
    expect(cells(159)[3]).toBe("50");
    expect(lines[61]).toContain("二级以上综合医院设置老年医学科实行全覆盖");
    expect(Number(cells(224)[3])).toBe(8800);
    expect(Number(cells(225)[3]) + Number(cells(226)[3])).toBe(11800);
    const grassroots = [202, ...Array.from({ length: 15 }, (_, i) => 206 + i), 223].map(cells);
    expect(grassroots.map((c) => Number(c[0]))).toEqual(Array.from({ length: 17 }, (_, i) => 9 + i));
    const sum = (rows: string[][]) => Math.round(rows.reduce((s, c) => s + Number(c[4]), 0) * 1000) / 1000;
    expect(sum(grassroots)).toBe(10.584);
    expect(cells(201)[4]).toBe("10.48");
    expect(sum(grassroots.filter((c) => c[6] === "启动"))).toBe(2.216);
    expect(lines[182]).toContain("计划投资2.112亿元");
  });
});
