import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario, type Scenario, type ScenarioInput } from "../../models/index.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** A fresh, mutable copy of a scenario JSON under `test/cases/`. */
export function caseInput(name: string): ScenarioInput & Record<string, any> {
  return JSON.parse(readFileSync(join(ROOT, "test", "cases", `${name}.json`), "utf8"));
}

/** Parses a scenario input or fails the test with the issues. */
export function scenarioOf(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.en}`).join("\n"));
  return r.value;
}

/** three-towns.json edited by `edit` and parsed. */
export function threeTowns(edit: (s: any) => void = () => {}): Scenario {
  const s = caseInput("three-towns");
  edit(s);
  return scenarioOf(s);
}

/** Added units per facility (single allocation year) for one resource. */
export function addedOf(r: { allocation: readonly { facility: string; resource: string; total: number; existing: number }[] }, resource = "beds"): Record<string, number> {
  return Object.fromEntries(r.allocation.filter((l) => l.resource === resource).map((l) => [l.facility, l.total - l.existing]));
}
