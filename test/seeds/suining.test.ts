import { describe, expect, it } from "vitest";
import { loadSeed, squash } from "./load.js";

// Hand-checked figures of 遂宁市"十四五"卫生健康发展规划 (seeds/documents/000_c57004b7fa453fa3.txt).
const { seed, lines, doc, target, indicator } = loadSeed("suining");

describe("suining.json", () => {
  it("identity: 遂宁市, city level, issued 2022-05-26, period 2021–2025, no document number", () => {
    expect(seed.region).toEqual({ zh: "遂宁市", en: "Suining" });
    expect(seed.level).toBe("city");
    expect(seed.province.zh).toBe("四川省");
    expect(seed.issued).toBe("2022-05-26");
    expect(seed.period).toEqual({ start: 2021, end: 2025 });
    expect(seed.docNumber).toBeNull();
    expect(squash(lines[18]!)).toBe("2022年5月26日");
    expect(doc).not.toMatch(/〔20\d\d〕/);
  });

  it("keeps all 28 printed rows of the main-indicator table (one row split in two, 29 entries)", () => {
    expect(seed.indicators).toHaveLength(29);
    const lineNos = seed.indicators.map((r) => r.provenance.line);
    expect(Math.min(...lineNos)).toBe(352);
    expect(Math.max(...lineNos)).toBe(459);
    expect(seed.indicators.filter((r) => r.nature === "binding").map((r) => r.id)).toEqual([
      "immunisationCoverage", "severeMentalDisorderManagement", "childMyopiaRate", "airQualityGoodDays",
      "surfaceWaterQuality", "outOfPocketShare", "inpatientReimbursementEmployees", "inpatientReimbursementResidents",
    ]);
  });

  it("doctors per 1,000 residents: 2.96 (2020) → 3.0 (2025), expected, line 386", () => {
    const row = indicator("doctorsPer1000");
    expect(row.resource).toBe("doctors");
    expect(row.baseline?.value).toEqual({ kind: "number", value: 2.96 });
    expect(row.target.value).toEqual({ kind: "number", value: 3.0 });
    expect(row.nature).toBe("expected");
    expect(squash(lines[386]!)).toContain(squash("每千常住人口执业（助理）医师数（人） 2.96 3.0 预期性"));
    const t = target("doctorsPer1000");
    expect(t.rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 3.0 }, per: 1000, population: "residents" });
    expect(t.indicator).toBe("doctorsPer1000");
    expect(t.provenance[0]!.line).toBe(386);
  });

  it("nurses 3.20 and pharmacists 0.55 per 1,000 residents (lines 388, 390)", () => {
    expect(target("nursesPer1000").rule).toMatchObject({ value: { kind: "number", value: 3.2 }, per: 1000 });
    expect(target("pharmacistsPer1000").rule).toMatchObject({ value: { kind: "number", value: 0.55 }, per: 1000 });
    expect(squash(lines[388]!)).toContain("3.003.20");
    expect(squash(lines[390]!)).toContain("0.340.55");
  });

  it("maternal mortality: 9.95/10万 in 2020, upper bound ≤14 in 2025 (line 358, restated line 314)", () => {
    const row = indicator("maternalMortality");
    expect(row.baseline?.value).toEqual({ kind: "number", value: 9.95 });
    expect(row.target.value).toEqual({ kind: "upper", value: 14, strict: false });
    expect(row.target.provenance.line).toBe(358);
    expect(squash(lines[314]!)).toContain("14/10万以内");
  });

  it("strict bounds: immunisation >90 (binding), smoking <20, out-of-pocket <28", () => {
    expect(indicator("immunisationCoverage").target.value).toEqual({ kind: "lower", value: 90, strict: true });
    expect(indicator("smokingRate15plus").target.value).toEqual({ kind: "upper", value: 20, strict: true });
    expect(indicator("outOfPocketShare").target.value).toEqual({ kind: "upper", value: 28, strict: true });
  });

  it("12 county sub-centres: 船山区 4 + 安居区 2 + 射洪市 2 + 蓬溪县 2 + 大英县 2 = 12 (lines 1293, 1407–1409)", () => {
    const total = target("countySubCentres");
    expect(total.rule).toMatchObject({ type: "facilityCount", value: { kind: "number", value: 12 } });
    const byCounty = seed.targets.filter((t) => t.id.startsWith("countySubCentres") && t.scope.level === "zone");
    expect(byCounty.map((t) => t.scope.zones)).toEqual([["船山区"], ["安居区"], ["射洪市"], ["蓬溪县"], ["大英县"]]);
    const sum = byCounty.reduce((s, t) => s + (t.rule.type === "facilityCount" && t.rule.value.kind === "number" ? t.rule.value.value : NaN), 0);
    expect(sum).toBe(12);
    expect(squash(lines[1409]!)).toBe(squash("山区 4个、安居区 2个、射洪市 2个、蓬溪县 2个、大英县 2个。"));
  });

  it("childcare: 4.5 places per 1,000 residents, table line 404 and 专栏5 line 1651", () => {
    const t = target("childcarePlacesPer1000");
    expect(t.rule).toEqual({ type: "perPopulation", value: { kind: "number", value: 4.5 }, per: 1000, population: "residents" });
    expect(t.provenance.map((p) => p.line)).toEqual([404, 1651]);
  });

  it("states no ambulance ratio: the document never mentions 救护车 or 每3万", () => {
    expect(doc).not.toContain("救护车");
    expect(squash(doc)).not.toContain("每3万");
    expect(seed.targets.filter((t) => t.resource === "ambulances")).toEqual([]);
  });

  it("sets no per-1,000 bed ratio (and a note says so)", () => {
    expect(squash(doc)).not.toMatch(/每千[^，。]{0,12}床/);
    expect(seed.targets.filter((t) => t.resource === "beds" || t.resource === "icuBeds" || t.resource === "psychiatricBeds")).toEqual([]);
    expect(seed.notes.some((n) => n.includes("NO per-1,000 bed ratio"))).toBe(true);
  });

  it("shares of facilities: primary-care 40% basic / 8% recommended standard (line 1315), county general hospitals 100%", () => {
    expect(target("grassrootsBasicStandard").rule).toMatchObject({ type: "share", value: { kind: "number", value: 40 } });
    expect(target("grassrootsRecommendedStandard").rule).toMatchObject({ type: "share", value: { kind: "number", value: 8 } });
    expect(target("countyGeneralHospitalsRecommendedStandard").rule).toMatchObject({ value: { kind: "number", value: 100 } });
    expect(squash(lines[1315]!)).toContain("40%、8%");
  });

  it("workforce total: 医疗卫生专业技术人才 2.3万人 by 2025 (line 2051)", () => {
    const t = seed.totals.find((x) => x.id === "healthProfessionals2025");
    expect(t?.figure.value).toEqual({ kind: "number", value: 2.3 });
    expect(t?.unit.zh).toBe("万人");
    expect(t?.figure.provenance.line).toBe(2051);
  });
});
