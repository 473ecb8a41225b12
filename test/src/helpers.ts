import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkResult } from "../../models/check/index.js";
import { parseScenario, solveScenario, type Scenario } from "../../models/index.js";
import type { CheckedResult } from "../../src/solve/protocol.js";
import { newWorkspace } from "../../src/state/catalog.js";
import { DEFAULT_VIEW } from "../../src/state/prefs.js";
import { initialState, Store } from "../../src/state/store.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** A scenario file of the repository, validated. */
export function loadScenario(rel: string): Scenario {
  const r = parseScenario(JSON.parse(readFileSync(join(ROOT, rel), "utf8")));
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.en}`).join("\n"));
  return r.value;
}

/** The three-towns teaching example. */
export const threeTowns = (): Scenario => loadScenario("test/cases/three-towns.json");

/** Solves and checks a scenario as the worker does. */
export async function solved(s: Scenario, revision = 1): Promise<CheckedResult> {
  const result = await solveScenario(s, { solver: "jslp" });
  return { revision, result, violations: checkResult(s, result), final: true };
}

/** A store on a scenario with a controllable clock. */
export function storeOn(s: Scenario, clock = { now: 1_000_000 }): { store: Store; clock: { now: number } } {
  const store = new Store(initialState(newWorkspace("example:three-towns", s.region.name, s), { locale: "zh-CN", view: DEFAULT_VIEW }), () => clock.now);
  return { store, clock };
}
