import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildScenarios, scenarioText } from "../../bin/build-scenarios.js";
import { ROOT } from "./helpers.js";

describe("bin/build-scenarios.ts", () => {
  it("buildScenarios() regenerates the five committed files exactly (seeds + data + costs → scenarios)", async () => {
    const built = await buildScenarios();
    expect(Object.keys(built).sort()).toEqual(["dazhou-2025.json", "rongchang-2025.json", "suining-2025.json", "yanjiang-2025.json", "zigong-2025.json"]);
    for (const [file, s] of Object.entries(built)) expect(scenarioText(s), file).toBe(readFileSync(join(ROOT, "scenarios", file), "utf8"));
  }, 60_000);

  it("seeds/data/populations.json is a verbatim copy of the shared data", () => {
    const shared = join(ROOT, "..", "shared", "data", "populations.json");
    let original: string;
    try {
      original = readFileSync(shared, "utf8");
    } catch {
      return; // the shared folder is not beside every checkout
    }
    expect(readFileSync(join(ROOT, "seeds", "data", "populations.json"), "utf8")).toBe(original);
  });
});
