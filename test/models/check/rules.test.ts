import { describe, expect, it } from "vitest";
import { checkResult } from "../../../models/check/index.js";
import type { AllocationLine, AllocationResult } from "../../../models/result-types.js";
import { refs, resultOf, scenarioOf, withLine } from "./helpers.js";

/*
 * Three towns (10k / 20k / 30k) with a district hospital (gh, no bed growth for its tier), and township
 * centres hcA (candidate, own max 120 beds), hcB (candidate) and hcC (not a candidate, 150 beds —
 * above the township size rule's max 100). Township beds 20–100; nurses ≥ 1 × doctors in each
 * township centre; nurses 1.2–2 × doctors region-wide; exactly one sub-centre, one in towns A or B,
 * needing 100 beds and 15 doctors, upgrade 50 万元. Capital total 1,000 万元 at 10 万元 a bed.
 */
const input = () => ({
  version: 1,
  region: { id: "rules", name: { zh: "规则示例", en: "Rules" }, level: "lesson", baseYear: 2020, planYear: 2025 },
  zones: [
    { id: "A", name: { zh: "甲镇", en: "Town A" }, kind: "town", population: { "2025": 10000 } },
    { id: "B", name: { zh: "乙镇", en: "Town B" }, kind: "town", population: { "2025": 20000 } },
    { id: "C", name: { zh: "丙镇", en: "Town C" }, kind: "town", population: { "2025": 30000 } },
  ],
  resources: [
    { id: "beds", name: { zh: "床位", en: "Beds" }, unit: { zh: "张", en: "beds" }, kind: "bed", capitalCost: 10, runningCost: 0, wholeUnits: true },
    { id: "doctors", name: { zh: "医师", en: "Doctors" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 0, runningCost: 0, wholeUnits: true },
    { id: "nurses", name: { zh: "护士", en: "Nurses" }, unit: { zh: "人", en: "people" }, kind: "staff", capitalCost: 0, runningCost: 0, wholeUnits: true },
  ],
  facilities: [
    { id: "gh", name: { zh: "区医院", en: "District hospital" }, tier: "districtGeneralHospital", zone: "A", existing: { beds: 300, doctors: 100, nurses: 120 } },
    { id: "hcA", name: { zh: "甲镇卫生院", en: "Town A health centre" }, tier: "townshipCentre", zone: "A", existing: { beds: 40, doctors: 10, nurses: 10 }, subCentreCandidate: true, limits: { max: { beds: 120 } } },
    { id: "hcB", name: { zh: "乙镇卫生院", en: "Town B health centre" }, tier: "townshipCentre", zone: "B", existing: { beds: 60, doctors: 12, nurses: 15 }, subCentreCandidate: true },
    { id: "hcC", name: { zh: "丙镇卫生院", en: "Town C health centre" }, tier: "townshipCentre", zone: "C", existing: { beds: 150, doctors: 20, nurses: 30 } },
  ],
  targets: [{ id: "bedsTownship", resource: "beds", ratio: 5, per: 1000, scope: "region", year: 2025, nature: "expected", tiers: ["townshipCentre"] }],
  rules: {
    staffRatios: [
      { id: "nurseDoc", numerator: ["nurses"], denominator: ["doctors"], min: 1, scope: "facility", tiers: ["townshipCentre"] },
      { id: "nurseDocRegion", numerator: ["nurses"], denominator: ["doctors"], min: 1.2, max: 2, scope: "region" },
    ],
    sizes: [{ id: "townshipBeds", tiers: ["townshipCentre"], resource: "beds", min: 20, max: 100 }],
    noGrowth: [{ tiers: ["districtGeneralHospital"], resources: ["beds"] }],
    siting: { min: 1, max: 1, quotas: [{ zones: ["A", "B"], min: 1, max: 1 }], requirements: { beds: 100, doctors: 15 }, upgradeCost: 50 },
  },
  budgets: { capital: { total: 1000 } },
});
const scenario = scenarioOf(input());

/*
 * hcA becomes the sub-centre: beds 40 → 100 (its cap min(120, 100) = 100, the requirement 100),
 * doctors 10 → 15 (requirement), nurses 10 → 15 (ratio ≥ 1). hcB beds 60 → 95. Capital
 * (60 + 35) × 10 + 50 = 1,000. Region nurses 120 + 15 + 15 + 30 = 180, doctors 100 + 15 + 12 + 20
 * = 147: 180 within [176.4, 294]. Township beds 100 + 95 + 150 = 345 ≥ need 300 (60,000 × 5/1,000).
 * hcC stays at 150, above the size max but not cut. Goals: 0, 0, 0, cost 1,000.
 */
const line = (facility: string, resource: string, existing: number, add?: number): AllocationLine => ({
  facility, resource, existing, added: add === undefined ? {} : { "2025": add }, total: existing + (add ?? 0),
});
const correct: AllocationResult = resultOf({
  status: "optimal",
  years: [2025],
  allocation: [
    line("gh", "beds", 300, 0), line("gh", "doctors", 100), line("gh", "nurses", 120),
    line("hcA", "beds", 40, 60), line("hcA", "doctors", 10, 5), line("hcA", "nurses", 10, 5),
    line("hcB", "beds", 60, 35), line("hcB", "doctors", 12), line("hcB", "nurses", 15),
    line("hcC", "beds", 150), line("hcC", "doctors", 20), line("hcC", "nurses", 30),
  ],
  subCentres: ["hcA"],
  coverage: [{ target: "bedsTownship", resource: "beds", scope: "region", unit: "region", year: 2025, nature: "expected", population: 60000, need: 300, supplied: 345, shortfall: 0, surplus: 0 }],
  budget: [{ kind: "capital", year: null, limit: 1000, used: 1000 }],
  objective: { binding: 0, equity: 0, expected: 0, cost: 1000 },
});

/** The scenario input with `edit` applied to a fresh copy. */
const variant = (edit: (s: ReturnType<typeof input>) => void) => {
  const s = input();
  edit(s);
  return scenarioOf(s);
};

describe("checkResult with size rules, no growth, staff ratios and siting", () => {
  it("checkResult accepts the hand-worked allocation", () => {
    expect(checkResult(scenario, correct)).toEqual([]);
  });

  it("checkResult flags a total above the facility's upper limit", () => {
    const lower = variant((s) => { s.facilities[1]!.limits = { max: { beds: 90 } }; });
    expect(checkResult(lower, correct)).toEqual([
      { kind: "limit", ref: "allocation hcA/beds", zh: "甲镇卫生院 床位 总量 100 超过上限 90", en: "hcA beds total 100 exceeds the upper limit 90", expected: 90, actual: 100 },
    ]);
  });

  it("checkResult flags growth of a facility already above its upper limit", () => {
    // hcC may stay at 150 (max(100, 150)) but not reach 151.
    const r = withLine(correct, "hcC", "beds", { added: { "2025": 1 }, total: 151 });
    expect(checkResult(scenario, r)).toContainEqual(expect.objectContaining({ kind: "limit", ref: "allocation hcC/beds", expected: 150, actual: 151 }));
  });

  it("checkResult flags a total below a size rule's minimum", () => {
    const higher = variant((s) => { s.rules.sizes[0]!.min = 96; });
    expect(checkResult(higher, correct)).toEqual([expect.objectContaining({ kind: "limit", ref: "allocation hcB/beds", expected: 96, actual: 95 })]);
  });

  it("checkResult flags additions where growth is barred", () => {
    const frozen = variant((s) => { (s.facilities[2] as { limits?: unknown }).limits = { noGrowth: ["beds"] }; });
    expect(checkResult(frozen, correct)).toEqual([expect.objectContaining({ kind: "noGrowth", ref: "allocation hcB/beds", expected: 0, actual: 35 })]);
    const r = withLine(correct, "gh", "beds", { added: { "2025": 1 }, total: 301 });
    expect(refs(checkResult(scenario, r))).toContainEqual({ kind: "noGrowth", ref: "allocation gh/beds" });
  });

  it("checkResult flags fractional additions of whole units", () => {
    const r = withLine(correct, "hcB", "beds", { added: { "2025": 34.5 }, total: 94.5 });
    expect(checkResult(scenario, r)).toContainEqual(expect.objectContaining({ kind: "integrality", ref: "allocation hcB/beds", expected: 35, actual: 34.5 }));
  });

  it("checkResult flags a broken staff ratio in a facility and region-wide", () => {
    const strict = variant((s) => { s.rules.staffRatios[0]!.min = 1.1; });
    // hcA: 15 nurses < 1.1 × 15 doctors = 16.5; hcB 15/12 and hcC 30/20 hold.
    expect(checkResult(strict, correct)).toEqual([expect.objectContaining({ kind: "ratio", ref: "ratio nurseDoc/hcA", expected: 16.5, actual: 15 })]);
    const capped = variant((s) => { s.rules.staffRatios[1]!.max = 1.2; });
    // Region: 180 nurses > 1.2 × 147 = 176.4.
    expect(checkResult(capped, correct)).toEqual([expect.objectContaining({ kind: "ratio", ref: "ratio nurseDocRegion/region", expected: expect.closeTo(176.4, 9), actual: 180 })]);
  });

  it("checkResult flags a wrong number of sub-centres", () => {
    const two = variant((s) => { s.rules.siting.min = 2; s.rules.siting.max = 2; });
    expect(checkResult(two, correct)).toEqual([expect.objectContaining({ kind: "siting", ref: "siting count", expected: 2, actual: 1 })]);
    const both = { ...correct, subCentres: ["hcA", "hcB"] };
    expect(refs(checkResult(scenario, both))).toEqual(expect.arrayContaining([{ kind: "siting", ref: "siting count" }, { kind: "siting", ref: "siting quota 0" }]));
  });

  it("checkResult flags a quota left unfilled", () => {
    const elsewhere = variant((s) => { s.rules.siting.quotas[0]!.zones = ["B", "C"]; });
    expect(checkResult(elsewhere, correct)).toEqual([expect.objectContaining({ kind: "siting", ref: "siting quota 0", expected: 1, actual: 0 })]);
  });

  it("checkResult flags a sub-centre that is not a candidate", () => {
    // hcC meets the requirements (150 beds, 20 doctors) but is no candidate and stands outside the quota.
    expect(refs(checkResult(scenario, { ...correct, subCentres: ["hcC"] }))).toEqual([
      { kind: "siting", ref: "siting hcC" },
      { kind: "siting", ref: "siting quota 0" },
    ]);
  });

  it("checkResult flags a sub-centre below the siting requirements", () => {
    // hcB as sub-centre: 95 beds < 100, 12 doctors < 15.
    expect(checkResult(scenario, { ...correct, subCentres: ["hcB"] })).toEqual([
      expect.objectContaining({ kind: "siting", ref: "siting hcB/beds", expected: 100, actual: 95 }),
      expect.objectContaining({ kind: "siting", ref: "siting hcB/doctors", expected: 15, actual: 12 }),
    ]);
  });

  it("checkResult counts the upgrade cost in capital and in the cost goal", () => {
    // Without a sub-centre the spend is 950: the budget line and the cost goal both differ.
    const none = { ...correct, subCentres: [] };
    expect(refs(checkResult(scenario, none))).toEqual([
      { kind: "figure", ref: "budget capital total" },
      { kind: "siting", ref: "siting count" },
      { kind: "siting", ref: "siting quota 0" },
      { kind: "objective", ref: "objective cost" },
    ]);
  });
});
