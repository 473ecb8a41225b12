import { describe, expect, it } from "vitest";
import { loadSeed, squash } from "./load.js";

// Hand-checked figures of 达州市建设优质高效医疗卫生服务体系实施方案 (seeds/documents/003_15fc5f0d26b0ddc0.txt).
const { seed, lines, doc, target, indicator } = loadSeed("dazhou");

describe("dazhou.json", () => {
  it("identity: 达州市, city level, 达市府办发〔2025〕2号 (line 7), issued 2025-01-14 (line 14), targets 2025 with horizon 2035", () => {
    expect(seed.region).toEqual({ zh: "达州市", en: "Dazhou" });
    expect(seed.level).toBe("city");
    expect(seed.province).toEqual({ zh: "四川省", en: "Sichuan" });
    expect(seed.docNumber).toBe("达市府办发〔2025〕2号");
    expect(squash(lines[7]!)).toBe("达市府办发〔2025〕2号");
    expect(seed.issued).toBe("2025-01-14");
    expect(squash(lines[14]!)).toBe("2025年1月14日");
    expect(seed.period).toEqual({ start: 2025, end: 2025, horizon: 2035 });
    expect(lines[24]).toContain("到2025年");
    expect(lines[24]).toContain("到2035年");
  });

  it("has no main-indicator table, so no indicators (no 主要指标, 约束性 or 预期性 anywhere)", () => {
    expect(seed.indicators).toEqual([]);
    expect(doc).not.toMatch(/主要指标|约束性|预期性/);
  });

  it("sets no per-population ratio: no perPopulation or staffRatio target, and no 每千/每万/每10万 in the text", () => {
    expect(seed.targets.filter((t) => t.rule.type === "perPopulation" || t.rule.type === "staffRatio")).toEqual([]);
    expect(doc).not.toMatch(/每[千万百]|每\s*\d+\s*万/);
    expect(seed.notes.some((n) => n.includes("no per-population ratio"))).toBe(true);
  });

  it("county sub-centres: 30 city-wide by 2025 (line 32)", () => {
    const t = target("countySubCentres");
    expect(t.rule).toEqual({ type: "facilityCount", value: { kind: "number", value: 30 }, facilityType: { zh: "县域医疗卫生次中心", en: "county sub-centre" } });
    expect(t.year).toBe(2025);
    expect(t.provenance[0]!.line).toBe(32);
    expect(squash(lines[32]!)).toContain("到2025年，全市建设30个县域医疗卫生次中心，建成20个社区医院");
    expect(target("communityHospitals").rule).toMatchObject({ type: "facilityCount", value: { kind: "number", value: 20 } });
  });

  it("grassroots facilities: 100% meet the basic standard, 20% the recommended one (line 32); village clinics over 50% (line 34)", () => {
    expect(target("grassrootsBasicStandardShare").rule).toMatchObject({ type: "share", value: { kind: "number", value: 100 } });
    expect(target("grassrootsRecommendedStandardShare").rule).toMatchObject({ type: "share", value: { kind: "number", value: 20 } });
    expect(squash(lines[32]!)).toContain("全市基层医疗卫生机构100%达到基本标准，20%达到推荐标准");
    expect(target("villageClinicBasicStandardShare").rule).toMatchObject({ type: "share", value: { kind: "lower", value: 50, strict: true } });
    expect(squash(lines[34]!)).toContain("达到基本标准的村卫生室比例超过50%");
  });

  it("CDC professional-technical posts at least 85% of all posts (line 77)", () => {
    const t = target("cdcProfessionalPostShare");
    expect(t.resource).toBe("cdcStaff");
    expect(t.rule).toMatchObject({ type: "perFacility", value: { kind: "lower", value: 85 } });
    expect(lines[77]).toContain("疾控机构专业技术岗位原则上不低于单位岗位总量的85%");
  });

  it("two compact urban medical groups (line 51) and key specialties 2/10/100/120 (line 36)", () => {
    expect(target("urbanMedicalGroups").rule).toMatchObject({ value: { kind: "number", value: 2 } });
    expect(lines[51]).toContain("网格化布局2个紧密型城市医疗集团");
    expect(["nationalKeySpecialties", "provincialKeySpecialties", "cityKeySpecialties", "countyKeySpecialties"].map((id) => target(id).rule))
      .toMatchObject([2, 10, 100, 120].map((value) => ({ type: "facilityCount", value: { kind: "lower", value } })));
    expect(squash(lines[36]!)).toContain("不少于2个国家级、10个省级、100个市级、120个县级临床重点专科");
  });

  it("states no totals and no self-contradiction", () => {
    expect(seed.totals).toEqual([]);
    expect(seed.conflicts).toEqual([]);
  });
});
