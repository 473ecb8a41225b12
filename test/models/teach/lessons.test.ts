import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../../../models/scenario/scenario.js";
import { teachScenario } from "../../../models/teach/teach-scenario.js";
import type { AllocationResult } from "../../../models/result-types.js";
import { addedOf } from "../fixtures.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
function lesson(name: string, edit: (s: any) => void = () => {}): Scenario {
  const input = JSON.parse(readFileSync(join(ROOT, "scenarios", "lessons", `${name}.json`), "utf8"));
  edit(input);
  const p = parseScenario(input);
  if (!p.ok) throw new Error(p.issues.map((i) => i.en).join("; "));
  return p.value;
}
/** The checked result the teaching simplex ends at. */
function stepped(s: Scenario): AllocationResult {
  const o = teachScenario(s);
  if (!o.ok || !o.result) throw new Error("no result");
  expect(o.violations).toEqual([]);
  return o.result;
}
const rounded = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 100) / 100]));

describe("the hand checks written in each lesson's answer", () => {
  it("lesson 1: doctors then beds in A, doctors in B, the last 100 万元 on beds in B; sum 3/4", () => {
    const r = stepped(lesson("01-three-towns-two-resources"));
    expect(r.objective.expected).toBeCloseTo(3 / 4, 9);
    expect(rounded(addedOf(r, "doctors"))).toEqual({ hcA: 10, hcB: 10, hcC: 0 });
    expect(rounded(addedOf(r, "beds"))).toEqual({ hcA: 20, hcB: 10, hcC: 0 });
  });

  it("lesson 2: binding targets take 400 万元, equity 5/36, expected 5/12; at 300 万元 C stays 1/15 short (unmet)", () => {
    const r = stepped(lesson("02-binding-vs-expected"));
    expect(r.status).toBe("optimal");
    expect(r.objective.binding).toBe(0);
    expect(r.objective.equity).toBeCloseTo(5 / 36, 9);
    expect(r.objective.expected).toBeCloseTo(5 / 12, 9);
    const poor = stepped(lesson("02-binding-vs-expected", (s) => (s.budgets.capital.total = 300)));
    expect(poor.status).toBe("unmet");
    expect(poor.objective.binding).toBeCloseTo(1 / 15, 9);
    expect(poor.explanation.unmet.map((u) => [u.unit, Math.round(u.gap)])).toEqual([["C", 10]]);
  });

  it("lesson 3: the worst shortfall falls to 5/36 with 11.67, 3.33 and 35 beds; sum 5/12", () => {
    const r = stepped(lesson("03-equity-objective"));
    expect(r.objective.equity).toBeCloseTo(5 / 36, 9);
    expect(r.objective.expected).toBeCloseTo(5 / 12, 9);
    expect(rounded(addedOf(r))).toEqual({ hcA: 11.67, hcB: 3.33, hcC: 35 });
  });

  it("lesson 4: A then B then C; sum 5/18", () => {
    const r = stepped(lesson("04-budget-shadow-price"));
    expect(r.objective.expected).toBeCloseTo(5 / 18, 9);
    expect(rounded(addedOf(r))).toEqual({ hcA: 20, hcB: 20, hcC: 10 });
  });

  it("lesson 5: 10 + 10 in A, 2 + 2 in B, sum 1/5; without the ratio rule 1/20", () => {
    const r = stepped(lesson("05-doctor-nurse-ratio"));
    expect(r.objective.expected).toBeCloseTo(1 / 5, 9);
    expect(rounded(addedOf(r, "doctors"))).toEqual({ hcA: 10, hcB: 2 });
    expect(rounded(addedOf(r, "nurses"))).toEqual({ hcA: 10, hcB: 2 });
    const free = stepped(lesson("05-doctor-nurse-ratio", (s) => (s.rules.staffRatios = [])));
    expect(free.objective.expected).toBeCloseTo(1 / 20, 9);
  });

  it("lesson 6: 10 beds at A's health centre and 10 at the county hospital; worst 0.05, sum 0.1", () => {
    const r = stepped(lesson("06-county-hospital-catchment"));
    expect(r.objective.equity).toBeCloseTo(0.05, 9);
    expect(r.objective.expected).toBeCloseTo(0.1, 9);
    expect(rounded(addedOf(r))).toEqual({ hcA: 10, hcB: 0, county: 10 });
  });
});
