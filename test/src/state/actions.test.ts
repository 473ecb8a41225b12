import { describe, expect, it } from "vitest";
import { applyEdit, reduceEdit } from "../../../src/state/actions.js";
import { coalesceKey } from "../../../src/state/edits.js";
import { loadScenario, threeTowns } from "../helpers.js";

describe("applyEdit", () => {
  it("applyEdit(s, population) sets the figures and marks them as the user's", () => {
    const s = loadScenario("scenarios/yanjiang-2025.json");
    const z = s.zones[0]!;
    expect(z.populationStatus?.["2025"]).toBe("estimated");
    const r = applyEdit(s, { kind: "population", cells: [{ zone: z.id, year: "2025", value: 41000 }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.zones[0]!.population["2025"]).toBe(41000);
    expect(r.value.zones[0]!.populationStatus?.["2025"]).toBe("user");
    expect(r.value.zones[0]!.populationStatus?.["2020"]).toBe("estimated");
    expect(r.value.zones[1]).toEqual(s.zones[1]);
    expect(s.zones[0]!.population["2025"]).not.toBe(41000);
  });

  it("applyEdit(s, targetRatio / targetUpper / targetNature) changes only that target", () => {
    const s = threeTowns();
    const r = applyEdit(s, { kind: "targetRatio", target: "bedsPer1000", value: 7 });
    expect(r.ok && r.value.targets[0]!.ratio).toBe(7);
    const band = applyEdit(s, { kind: "targetUpper", target: "bedsPer1000", value: 8 });
    expect(band.ok && band.value.targets[0]!.upper).toBe(8);
    const cleared = band.ok ? applyEdit(band.value, { kind: "targetUpper", target: "bedsPer1000", value: null }) : band;
    expect(cleared.ok && "upper" in cleared.value.targets[0]!).toBe(false);
    const nature = applyEdit(s, { kind: "targetNature", target: "bedsPer1000", value: "binding" });
    expect(nature.ok && nature.value.targets[0]!.nature).toBe("binding");
  });

  it("applyEdit returns bilingual issues for an edit that makes the scenario invalid", () => {
    const s = threeTowns();
    const r = applyEdit(s, { kind: "targetUpper", target: "bedsPer1000", value: 2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.path).toBe("targets[0].upper");
    const neg = applyEdit(s, { kind: "capitalTotal", value: -5 });
    expect(neg.ok ? null : neg.issues.map((i) => `${i.path}: ${i.zh} / ${i.en}`)).toEqual(["budgets.capital.total: 应为非负数，实际为 -5 / must be a non-negative number, got -5"]);
    const nan = applyEdit(s, { kind: "resourceCost", resource: "beds", field: "capitalCost", value: Number.NaN });
    expect(nan.ok).toBe(false);
  });

  it("applyEdit sets budgets: capital total and by year, recurring on and off", () => {
    const s = threeTowns();
    const year = applyEdit(s, { kind: "capitalYear", year: "2025", value: 300 });
    expect(year.ok && year.value.budgets.capital.byYear).toEqual({ "2025": 300 });
    const rec = applyEdit(s, { kind: "recurring", value: 50 });
    expect(rec.ok && rec.value.budgets.recurring).toEqual({ basis: "added", total: 50 });
    const off = rec.ok ? applyEdit(rec.value, { kind: "recurring", value: null }) : rec;
    expect(off.ok && off.value.budgets.recurring).toBeUndefined();
  });

  it("applyEdit sets facility limits and no-growth, and removes a cleared limit", () => {
    const s = threeTowns();
    const max = applyEdit(s, { kind: "facilityLimit", facility: "hcA", resource: "beds", bound: "max", value: 45 });
    expect(max.ok && max.value.facilities[0]!.limits).toEqual({ max: { beds: 45 } });
    const cleared = max.ok ? applyEdit(max.value, { kind: "facilityLimit", facility: "hcA", resource: "beds", bound: "max", value: null }) : max;
    expect(cleared.ok && cleared.value.facilities[0]!.limits).toEqual({});
    const ng = applyEdit(s, { kind: "facilityNoGrowth", facility: "hcB", resource: "beds", value: true });
    expect(ng.ok && ng.value.facilities[1]!.limits?.noGrowth).toEqual(["beds"]);
    const below = applyEdit(s, { kind: "facilityLimit", facility: "hcA", resource: "beds", bound: "min", value: 10 });
    const inverted = below.ok ? applyEdit(below.value, { kind: "facilityLimit", facility: "hcA", resource: "beds", bound: "max", value: 5 }) : below;
    expect(inverted.ok ? null : inverted.issues[0]!.zh).toBe("下限 10 高于上限 5");
  });

  it("applyEdit sets the objective: mode, order, weights; and the region's names and years", () => {
    const s = threeTowns();
    const o = applyEdit(s, { kind: "objectiveOrder", value: ["equity", "binding", "expected", "cost"] });
    expect(o.ok && o.value.objective.order).toEqual(["equity", "binding", "expected", "cost"]);
    const w = applyEdit(s, { kind: "objectiveWeight", goal: "cost", value: 2 });
    expect(w.ok && w.value.objective.weights.cost).toBe(2);
    const m = applyEdit(s, { kind: "objectiveMode", value: "weighted" });
    expect(m.ok && m.value.objective.mode).toBe("weighted");
    const n = applyEdit(s, { kind: "regionName", lang: "zh", value: "新名" });
    expect(n.ok && n.value.region.name).toEqual({ zh: "新名", en: "Three towns" });
    const y = applyEdit(s, { kind: "regionYear", field: "planYear", value: 2019 });
    expect(y.ok).toBe(false);
  });

  it("reduceEdit never mutates its input", () => {
    const s = threeTowns();
    const frozen = structuredClone(s);
    reduceEdit(s, { kind: "population", cells: [{ zone: "A", year: "2025", value: 1 }] });
    reduceEdit(s, { kind: "facilityNoGrowth", facility: "hcA", resource: "beds", value: true });
    expect(s).toEqual(frozen);
  });
});

describe("coalesceKey", () => {
  it("coalesceKey(edit) groups one control's edits and never a block paste", () => {
    expect(coalesceKey({ kind: "capitalTotal", value: 1 })).toBe("capitalTotal");
    expect(coalesceKey({ kind: "targetRatio", target: "t", value: 1 })).toBe("targetRatio:t");
    expect(coalesceKey({ kind: "population", cells: [{ zone: "A", year: "2025", value: 1 }] })).toBe("population:A:2025");
    expect(coalesceKey({ kind: "population", cells: [{ zone: "A", year: "2025", value: 1 }, { zone: "B", year: "2025", value: 1 }] })).toBeNull();
    expect(coalesceKey({ kind: "targetNature", target: "t", value: "binding" })).toBeNull();
  });
});
