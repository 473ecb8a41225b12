import { describe, expect, it } from "vitest";
import { loadSeed, squash } from "./load.js";

// Hand-checked figures of 资阳市雁江区"十四五"医疗卫生服务体系规划 (seeds/documents/002_ce224e3ad2283474.txt).
const { seed, lines, target, indicator } = loadSeed("yanjiang");

describe("yanjiang.json", () => {
  it("identity: 资阳市雁江区, district level, no document number or issue date printed, period 2021–2025", () => {
    expect(seed.region).toEqual({ zh: "资阳市雁江区", en: "Yanjiang District, Ziyang" });
    expect(seed.level).toBe("district");
    expect(seed.province.zh).toBe("四川省");
    expect(seed.docNumber).toBeNull();
    expect(seed.issued).toBeNull();
    expect(seed.period).toEqual({ start: 2021, end: 2025 });
    expect(squash(lines[1]! + lines[3]!)).toBe(squash(seed.title.zh));
  });

  it("keeps all 20 rows of the main-indicator table (19 numbered rows plus the 其中 sub-row, lines 55–191)", () => {
    expect(seed.indicators).toHaveLength(20);
    const lineNos = seed.indicators.map((r) => r.provenance.line);
    expect(Math.min(...lineNos)).toBe(55);
    expect(Math.max(...lineNos)).toBe(191);
    // every row's nature is printed three lines below its name
    for (const r of seed.indicators) {
      expect(lines[r.provenance.line + 3]!.trim()).toBe(r.nature === "binding" ? "约束性" : "预期性");
    }
    expect(seed.indicators.filter((r) => r.nature === "binding").map((r) => r.id)).toEqual([
      "infectiousDiseaseDeptShare", "feverClinicShare", "tcmDeptShare", "tcmHallShare",
    ]);
  });

  it("beds per 1,000 residents: 9.57 → 9.6, expected (lines 85–88)", () => {
    const row = indicator("bedsPer1000");
    expect(row.resource).toBe("beds");
    expect(row.baseline?.value).toEqual({ kind: "number", value: 9.57 });
    expect(row.target.value).toEqual({ kind: "number", value: 9.6 });
    expect(lines[86]!.trim()).toBe("9.57");
    expect(lines[87]!.trim()).toBe("9.6");
    expect(target("bedsPer1000").rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 9.6 }, per: 1000, population: "residents" });
  });

  it("sub-row 其中：县办公立医院及基层医疗卫生机构 is its own indicator, 5.7 → 6.0 (lines 92–94)", () => {
    const row = indicator("countyAndGrassrootsBedsPer1000");
    expect(row.resource).toBe("countyAndGrassrootsBeds");
    expect(row.provenance.line).toBe(92);
    expect(lines[92]!.trim()).toBe("其中：县办公立医院及基层医疗卫生机构");
    expect(row.baseline?.value).toEqual({ kind: "number", value: 5.7 });
    expect(row.target.value).toEqual({ kind: "number", value: 6 });
    expect(lines[94]!.trim()).toBe("6.0");
  });

  it("doctor:nurse ratio 1:1.14 → 1:1.30 (lines 135–136) as a staffRatio target", () => {
    expect(indicator("doctorNurseRatio").target.value).toEqual({ kind: "ratio", left: 1, right: 1.3 });
    expect(lines[136]!.trim()).toBe("1:1.30");
    expect(target("doctorNurseRatio").rule).toEqual({
      type: "staffRatio", value: { kind: "ratio", left: 1, right: 1.3 }, numerator: "doctors", denominator: "nurses",
    });
    expect(target("bedStaffRatio").rule).toMatchObject({ value: { kind: "ratio", left: 1, right: 1.5 }, numerator: "beds", denominator: "healthWorkers" });
  });

  it("life expectancy target >80.7 is a strict lower bound; healthy life expectancy stays text", () => {
    expect(indicator("lifeExpectancy").target.value).toEqual({ kind: "lower", value: 80.7, strict: true });
    expect(lines[186]!.trim()).toBe(">80.7");
    expect(indicator("healthyLifeExpectancy").baseline?.value).toEqual({ kind: "text", text: "—" });
    expect(indicator("healthyLifeExpectancy").target.value).toEqual({ kind: "text", text: "同比提高" });
  });

  it("表1 lists 24 public facilities whose 2025 authorised beds sum to 4,195 (lines 235–328)", () => {
    expect(seed.facilities).toHaveLength(24);
    const beds = seed.facilities.map((f) => {
      const g = f.figures.find((x) => x.resource === "beds")!;
      expect(g.figure.year).toBe(2025);
      expect(lines[g.figure.provenance.line]!.trim()).toBe(String((g.figure.value as { value: number }).value));
      return (g.figure.value as { value: number }).value;
    });
    expect(beds.reduce((a, b) => a + b, 0)).toBe(4195);
    const byTier = (tier: string) => seed.facilities.filter((f) => f.tier === tier).length;
    expect([byTier("centralTownshipCentre"), byTier("townshipCentre"), byTier("communityCentre")]).toEqual([8, 8, 5]);
    const danshan = seed.facilities.find((f) => f.name.zh === "丹山镇中心卫生院")!;
    expect(danshan.zone).toBe("丹山镇");
    expect(danshan.figures[0]!.figure.value).toEqual({ kind: "number", value: 260 });
  });

  it("one ambulance per 30,000 residents (line 348)", () => {
    expect(target("ambulancesPer30000").rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 1 }, per: 30000, population: "residents" });
    expect(target("ambulancesPer30000").resource).toBe("ambulances");
    expect(lines[348]).toContain("全区按照每3万人口配置1辆救护车");
  });

  it("five county sub-centres to secondary general hospital standard (lines 447, 468, 515)", () => {
    const t = target("countySubCentres");
    expect(t.rule).toMatchObject({ type: "facilityCount", value: { kind: "number", value: 5 } });
    expect(t.provenance.map((p) => p.line)).toEqual([447, 468, 515]);
    expect(lines[447]).toContain("按照二级综合医院标准建设5个县域医疗卫生次中心");
  });

  it("district public hospitals do not grow (line 202); district general hospitals hold 600–1,000 beds (line 224)", () => {
    expect(target("districtPublicHospitalsNoGrowth").rule.type).toBe("noGrowth");
    expect(lines[202]).toContain("区级公立医院原则上不再扩增规模");
    expect(target("districtGeneralHospitalBeds").rule).toMatchObject({ type: "perFacility", value: { kind: "band", lower: 600, upper: 1000 } });
  });

  it("psychiatrists at least 4 and psychiatric nurses at least 8.68 per 100,000 (line 338)", () => {
    expect(target("psychiatristsPer100k").rule).toEqual({ type: "perPopulation", value: { kind: "lower", value: 4, strict: false }, per: 100000, population: "residents" });
    expect(target("psychiatricNursesPer100k").rule).toMatchObject({ value: { kind: "lower", value: 8.68 }, per: 100000 });
  });

  it("ICU 0.1, rehab 0.34, psychiatric 0.8 beds per 1,000 residents (line 332)", () => {
    const v = (id: string) => (target(id).rule as { value: unknown }).value;
    expect([v("icuBedsPer1000"), v("rehabBedsPer1000"), v("psychiatricBedsPer1000")]).toEqual([
      { kind: "number", value: 0.1 }, { kind: "number", value: 0.34 }, { kind: "number", value: 0.8 },
    ]);
    expect(new Set(["icuBedsPer1000", "rehabBedsPer1000", "psychiatricBedsPer1000"].map((id) => target(id).provenance[0]!.line))).toEqual(new Set([332]));
  });

  it("no resident population is stored: the plan prints none", () => {
    expect(seed.totals.filter((t) => /population|人口/i.test(t.subject.en + t.subject.zh))).toEqual([]);
  });

  it("records the table-vs-text conflicts: beds 9.6 vs 5.0–6.0 and public health staff 6.64万 vs 0.1万", () => {
    const beds = seed.conflicts.find((c) => c.id === "bedsPer1000TableVsText")!;
    expect(beds.figures.map((f) => f.figure.value)).toContainEqual({ kind: "band", lower: 5, upper: 6 });
    expect(lines[224]).toContain("预期性指标为5.0—6.0张左右");
    const staff = seed.conflicts.find((c) => c.id === "publicHealthStaffTableVsText")!;
    expect(staff.figures.map((f) => f.figure.provenance.line)).toEqual(expect.arrayContaining([57, 338]));
    expect(lines[338]).toContain("专业公共卫生机构人员数增长到0.1万");
    expect(seed.conflicts.map((c) => c.id)).toEqual(expect.arrayContaining(["doctorNurseRatioVsDensities", "gpsPer10000Baseline"]));
  });
});
