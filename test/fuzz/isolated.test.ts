import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isolatedSolve } from "../../bin/fuzz-isolated.js";
import { parseScenario, type Scenario } from "../../models/scenario/index.js";

const input = JSON.parse(readFileSync(join(import.meta.dirname, "..", "cases", "three-towns.json"), "utf8"));
const parsed = parseScenario(input);
if (!parsed.ok) throw new Error("three-towns.json does not parse");
const s: Scenario = parsed.value;

describe("isolatedSolve", () => {
  let kill = 60_000;
  const solve = isolatedSolve(() => kill);
  afterAll(() => solve.close());

  it("solves in a worker thread and returns the result", { timeout: 60_000 }, async () => {
    const out = await solve(s, "jslp", 5000);
    expect("result" in out && out.result.status).toBe("optimal");
  });

  it("kills a solve that does not answer in time, reports a hang, and starts a fresh worker", { timeout: 60_000 }, async () => {
    kill = 1;
    const hung = await solve(s, "highs", 5000);
    expect(hung).toMatchObject({ hang: true });
    kill = 60_000;
    const again = await solve(s, "highs", 5000);
    expect("result" in again && again.result.status).toBe("optimal");
  });
});
