import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AllocationLine, AllocationResult, CoverageLine, UnmetTarget } from "../../../models/result-types.js";
import { parseScenario, type Scenario } from "../../../models/scenario/index.js";
import type { Violation } from "../../../models/check/index.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** The three-towns case as plain JSON, to vary before parsing. */
export function threeTownsInput(): any {
  return JSON.parse(readFileSync(join(ROOT, "test/cases/three-towns.json"), "utf8"));
}

/** Parses a scenario written in a test; a bad one is a mistake in the test. */
export function scenarioOf(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(`bad test scenario: ${r.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
  return r.value;
}

/** The parts of a result a test writes by hand; the rest is filled with neutral values. */
export type Plan = Pick<AllocationResult, "status" | "years" | "allocation" | "subCentres" | "coverage" | "budget" | "objective"> & {
  readonly unmet?: readonly UnmetTarget[];
};

/** A full AllocationResult from the hand-written parts. */
export function resultOf(p: Plan): AllocationResult {
  return {
    scenario: "test",
    status: p.status,
    years: p.years,
    allocation: p.allocation,
    subCentres: p.subCentres,
    coverage: p.coverage,
    budget: p.budget,
    objective: p.objective,
    explanation: { binding: [], capitalValue: null, recurringValue: null, marginalMethod: "none", unmet: p.unmet ?? [], remarks: [] },
    solver: { name: "hand", ms: 0, phases: 0, reason: "worked on paper" },
  };
}

/** Replaces the allocation line of `facility/resource` with `change` applied. */
export function withLine(r: AllocationResult, facility: string, resource: string, change: Partial<AllocationLine>): AllocationResult {
  return {
    ...r,
    allocation: r.allocation.map((l) => (l.facility === facility && l.resource === resource ? { ...l, ...change } : l)),
  };
}

/** Replaces the coverage line of `target/unit` with `change` applied. */
export function withCoverage(r: AllocationResult, target: string, unit: string, change: Partial<CoverageLine>): AllocationResult {
  return { ...r, coverage: r.coverage.map((c) => (c.target === target && c.unit === unit ? { ...c, ...change } : c)) };
}

/** Kind and ref of each violation, for compact assertions. */
export function refs(v: readonly Violation[]): { kind: string; ref: string }[] {
  return v.map(({ kind, ref }) => ({ kind, ref }));
}
