import { describe, expect, it } from "vitest";
import { buildModel } from "../../../models/lp/build.js";
import { writeLp } from "../../../models/lp/write-lp.js";
import { columnMeaning, describeModel, familyRows, mathText } from "../../../models/teach/algebra.js";
import { threeTowns } from "../fixtures.js";

const s = threeTowns();
const am = buildModel(s);

describe("describeModel", () => {
  it("describeModel(three towns) counts each variable and constraint family from the model", () => {
    const a = describeModel(s, am);
    expect(Object.fromEntries(a.variables.map((v) => [v.family, v.count]))).toEqual({ add: 3, shortfall: 3, surplus: 0, equity: 1, site: 0, deficit: 0 });
    expect(Object.fromEntries(a.constraints.map((c) => [c.family, c.count]))).toEqual({ coverage: 3, band: 0, equity: 3, capital: 1, recurring: 0, limit: 0, noGrowth: 0, ratio: 0, siting: 0 });
    expect(a.rows).toBe(am.model.rows.length);
    expect(a.columns).toBe(am.model.columns.length);
    expect(a.variables.reduce((n, v) => n + v.count, 0)).toBe(am.model.columns.length);
  });

  it("describeModel gives the coverage formula in relative terms and the lexicographic objective in order", () => {
    const a = describeModel(s, am);
    const coverage = a.constraints.find((c) => c.family === "coverage")!;
    expect(mathText(coverage.formula.math[0]!)).toBe("(∑_{f ∈ F_u} a_{f,u} ∑_{y ≤ Y_t} x_{f,r,y})/(N_u) + s_u ≥ 1 − (E_u)/(N_u)");
    expect(mathText(a.constraints.find((c) => c.family === "equity")!.formula.math[0]!)).toBe("w − s_u ≥ 0");
    expect(a.objective.mode).toBe("lexicographic");
    expect(a.objective.stages.map((g) => [g.goal, g.skipped])).toEqual([["binding", true], ["equity", false], ["expected", false], ["cost", false]]);
  });

  it("describeModel(weighted) writes the weighted sum with the scenario's weights, leaving out goals without variables", () => {
    const w = threeTowns((x) => (x.objective = { mode: "weighted", weights: { binding: 1000, equity: 10, expected: 1, cost: 0 } }));
    const a = describeModel(w, buildModel(w));
    expect(a.objective.mode).toBe("weighted");
    expect(mathText(a.objective.weighted!)).toBe("min 10 × equity + 1 × expected");
  });

  it("describeModel counts frozen facility × resource pairs as the no-growth family", () => {
    const frozen = threeTowns((x) => (x.facilities[1].limits = { noGrowth: ["beds"] }));
    const a = describeModel(frozen, buildModel(frozen));
    expect(a.constraints.find((c) => c.family === "noGrowth")!.count).toBe(1);
    expect(a.variables.find((v) => v.family === "add")!.count).toBe(2);
  });
});

describe("familyRows", () => {
  it("familyRows(coverage) fills in the scenario's numbers: share ÷ need, shortfall, 1 − existing ÷ need", () => {
    const page = familyRows(s, am, "coverage");
    expect(page.total).toBe(3);
    const a = page.rows[0]!;
    expect(a.name).toBe("cover_beds_bedsPer1000_A_2025");
    expect(a.label.en).toBe("bedsPer1000: A");
    // Town A: 10,000 people × 6 / 1,000 = 60 beds needed, 40 existing.
    expect(a.terms.map((t) => [t.variable, t.coef])).toEqual([["add_beds_hcA_2025", 1 / 60], ["short_bedsPer1000_A", 1]]);
    expect(a.lower).toBeCloseTo(1 - 40 / 60, 12);
    expect(a.upper).toBe(Infinity);
    expect(mathText(a.math)).toBe("0.0166667 · add_beds_hcA_2025 + short_bedsPer1000_A ≥ 0.333333");
    expect(a.terms[0]!.meaning).toEqual({ zh: "甲镇卫生院 2025 年新增床位", en: "Beds added at Town A health centre in 2025" });
  });

  it("familyRows(capital) shows the budget row divided by the budget, and the equity rows as w − s ≥ 0", () => {
    const cap = familyRows(s, am, "capital").rows[0]!;
    expect(mathText(cap.math)).toBe("0.02 · add_beds_hcA_2025 + 0.02 · add_beds_hcB_2025 + 0.02 · add_beds_hcC_2025 ≤ 1");
    expect(mathText(familyRows(s, am, "equity").rows[2]!.math)).toBe("equity_worst_shortfall − short_bedsPer1000_C ≥ 0");
  });

  it("familyRows pages through a family and agrees with the LP file row by row", () => {
    const p = familyRows(s, am, "coverage", 1, 1);
    expect(p.offset).toBe(1);
    expect(p.rows.map((r) => r.name)).toEqual(["cover_beds_bedsPer1000_B_2025"]);
    const lp = writeLp(am.model);
    for (const r of familyRows(s, am, "coverage").rows) expect(lp.split("\n").some((l) => l.trim().startsWith(`${r.name}: `)), r.name).toBe(true);
    expect(familyRows(s, am, "ratio")).toEqual({ family: "ratio", total: 0, offset: 0, rows: [] });
  });

  it("columnMeaning names shortfall and equity variables", () => {
    const short = am.model.columns.find((c) => c.family === "shortfall")!;
    expect(columnMeaning(s, am, short).en).toBe("bedsPer1000: relative shortfall of A");
    expect(columnMeaning(s, am, am.model.columns.find((c) => c.family === "equity")!).zh).toBe("最大相对缺口");
  });
});
