import { describe, expect, it } from "vitest";
import { loadSeed, squash } from "./load.js";

// Hand-checked figures of 自贡市"十四五"卫生健康发展规划 (seeds/documents/001_bb89dd680c583bdb.txt).
const { seed, lines, doc, target, indicator } = loadSeed("zigong");

describe("zigong.json", () => {
  it("identity: 自贡市, city level, 自卫发〔2021〕11号 (line 5), issued 2021-12-29 (line 683), period 2021–2025", () => {
    expect(seed.region).toEqual({ zh: "自贡市", en: "Zigong" });
    expect(seed.level).toBe("city");
    expect(seed.province).toEqual({ zh: "四川省", en: "Sichuan" });
    expect(seed.docNumber).toBe("自卫发〔2021〕11号");
    expect(squash(lines[5]!)).toBe("自卫发〔2021〕11号");
    expect(seed.issued).toBe("2021-12-29");
    expect(squash(lines[683]!)).toBe("2021年12月29日印发");
    expect(seed.period).toEqual({ start: 2021, end: 2025 });
  });

  it("keeps all 26 rows of the main-indicator table (lines 190–217), 7 of them binding", () => {
    expect(seed.indicators).toHaveLength(26);
    const lineNos = seed.indicators.map((r) => r.provenance.line);
    expect(Math.min(...lineNos)).toBe(190);
    expect(Math.max(...lineNos)).toBe(217);
    expect(seed.indicators.filter((r) => r.nature === "binding").map((r) => r.id)).toEqual([
      "immunisationCoverage", "severeMentalDisorderManagement", "childMyopiaRate", "airQualityGoodDays",
      "surfaceWaterQuality", "outOfPocketShare", "inpatientReimbursement",
    ]);
    expect(doc.match(/约束性/g)).toHaveLength(7);
  });

  it("doctors 2.61 → 2.85 and nurses 3.15 → 3.8 per 1,000 residents (lines 202–203, baseline restated line 107)", () => {
    const doctors = indicator("doctorsPer1000");
    expect(doctors.resource).toBe("doctors");
    expect(doctors.baseline?.value).toEqual({ kind: "number", value: 2.61 });
    expect(doctors.target.value).toEqual({ kind: "number", value: 2.85 });
    expect(squash(lines[202]!)).toContain(squash("每千常住人口执业(助理)医师数 (人) 2.61 2.85 预期性"));
    expect(target("nursesPer1000").rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 3.8 }, per: 1000, population: "residents" });
    expect(squash(lines[203]!)).toContain("3.153.8");
    expect(squash(lines[107]!)).toContain("分别达到2.61人、3.15人");
  });

  it("pharmacists 0.41 per 1,000 residents with no printed baseline (line 204)", () => {
    const row = indicator("pharmacistsPer1000");
    expect(row.baseline?.value).toEqual({ kind: "text", text: "—" });
    expect(target("pharmacistsPer1000").rule).toMatchObject({ type: "perPopulation", value: { kind: "number", value: 0.41 }, per: 1000 });
    expect(squash(lines[204]!)).toContain("—0.41");
  });

  it("childcare: 3 places for under-3s per 1,000 population, table line 208 and text lines 403, 409", () => {
    const t = target("childcarePlacesPer1000");
    expect(t.rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 3 }, per: 1000, population: "residents" });
    expect(t.indicator).toBe("childcarePlacesPer1000");
    expect(t.provenance.map((p) => p.line)).toEqual([403, 208, 409]);
    expect(squash(lines[409]!)).toContain("每千人拥有3岁以下婴幼儿托位数3个");
  });

  it("ambulances: one per 30,000 population, counted city-wide (专栏1, line 287)", () => {
    const t = target("ambulancesPer30000");
    expect(t.resource).toBe("ambulances");
    expect(t.rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 1 }, per: 30000, population: "residents" });
    expect(squash(lines[287]!)).toContain("以市为单位，每3万人口配置1辆救护车");
  });

  it("county sub-centres: 1–2 in each district/county except 自流井 (line 345), 10 city-wide (专栏2, line 361)", () => {
    expect(target("countySubCentresPerCounty").rule).toMatchObject({ type: "facilityCount", value: { kind: "band", lower: 1, upper: 2 } });
    expect(target("countySubCentresPerCounty").scope.zones).not.toContain("自流井区");
    expect(target("countySubCentresZiliujing").rule).toMatchObject({ type: "facilityCount", value: { kind: "text" } });
    expect(target("countySubCentresZiliujing").scope.zones).toEqual(["自流井区"]);
    expect(target("countySubCentres").rule).toMatchObject({ type: "facilityCount", value: { kind: "number", value: 10 } });
    expect(squash(lines[345]!)).toContain("力争每个区县（自流井除外）建成县域医疗卫生次中心1-2个");
    expect(squash(lines[361]!)).toContain("布局县域医疗卫生次中心10个");
  });

  it("strict bounds: immunisation >90 (binding), smoking <22.7, out-of-pocket <28; maternal mortality ≤14.5", () => {
    expect(indicator("immunisationCoverage").target.value).toEqual({ kind: "lower", value: 90, strict: true });
    expect(indicator("smokingRate15plus").target.value).toEqual({ kind: "upper", value: 22.7, strict: true });
    expect(indicator("outOfPocketShare").target.value).toEqual({ kind: "upper", value: 28, strict: true });
    expect(indicator("maternalMortality").target.value).toEqual({ kind: "upper", value: 14.5, strict: false });
    expect(squash(lines[192]!)).toContain("11.87≤14.5");
  });

  it("conflict: under-5 mortality printed (%) in the table (line 196) but ‰ in the text (line 169); the seed uses ‰", () => {
    expect(squash(lines[196]!)).toContain("5岁以下儿童死亡率(%)5.4≤6.4");
    expect(squash(lines[169]!)).toContain("4.4‰、6.4‰");
    expect(indicator("under5Mortality").unit.zh).toBe("‰");
    const c = seed.conflicts.find((x) => x.id === "under5MortalityUnit");
    expect(c?.figures.map((f) => f.figure.provenance.line)).toEqual([196, 169]);
  });

  it("shares of facilities: county hospitals 100% basic / 80% recommended standard (line 323), 60% township centres (line 355)", () => {
    expect(target("countyHospitalsBasicStandard").rule).toMatchObject({ type: "share", value: { kind: "number", value: 100 } });
    expect(target("countyHospitalsRecommendedStandard").rule).toMatchObject({ type: "share", value: { kind: "number", value: 80 } });
    expect(target("townshipHospitalsQualityService").rule).toMatchObject({ type: "share", value: { kind: "number", value: 60 } });
    expect(squash(lines[323]!)).toContain("100%达到医疗服务能力基本标准、80%达到推荐标准");
  });

  it("sets no bed, GP or psychiatrist ratio and prints no population (notes say so)", () => {
    expect(squash(doc)).not.toMatch(/每千[^，。]{0,12}床/);
    expect(squash(doc)).not.toMatch(/每万[^，。]{0,12}全科/);
    expect(squash(doc)).not.toMatch(/每10万[^，。]{0,12}精神/);
    expect(doc).not.toMatch(/常住人口[^，。（(]{0,4}\d/);
    const bedKeys = ["beds", "icuBeds", "rehabBeds", "psychiatricBeds", "gps", "psychiatrists"];
    expect(seed.targets.filter((t) => t.resource && bedKeys.includes(t.resource))).toEqual([]);
    expect(seed.notes.some((n) => n.startsWith("No bed ratio"))).toBe(true);
    expect(seed.notes.some((n) => n.includes("prints no resident population"))).toBe(true);
  });

  it("baseline workforce: 20,714 health technical personnel in 2020 (line 105)", () => {
    const t = seed.totals.find((x) => x.id === "healthTechStaff2020");
    expect(t?.figure.value).toEqual({ kind: "number", value: 20714 });
    expect(t?.resource).toBe("healthWorkers");
    expect(squash(lines[105]!)).toBe("人才优先战略取得显著成绩。卫生技术人员达到20714人，");
  });
});
