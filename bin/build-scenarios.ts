/**
 * Regenerates the five bundled scenarios (`scenarios/<region>-2025.json`) from the plans' seeds
 * (`seeds/*.json`), the published population figures (`seeds/data/populations.json`) and the unit
 * costs and budgets (`scenarios/costs.json`). Deterministic: the same inputs give the same files.
 *
 *   npx tsx bin/build-scenarios.ts            write the five files
 *   npx tsx bin/build-scenarios.ts --check    exit 1 if a file differs from what would be written
 *
 * Every figure carries its source: `plan` (a seed figure, with file, line and phrase), `census`,
 * `national` (a higher-level standard, with how sure we are of it), `estimate` or `assumption`.
 * docs/scenarios.md explains each scenario's choices; each scenario's `notes` say the same.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseScenario, type ScenarioInput } from "../models/scenario/index.js";
import { solveScenario } from "../models/solve.js";
import { ROOT, costs, note, round } from "./scenarios/common.js";
import { buildYanjiang } from "./scenarios/yanjiang.js";
import { buildRongchang } from "./scenarios/rongchang.js";
import { buildCity } from "./scenarios/city.js";
import { suiningConfig, zigongConfig, dazhouConfig } from "./scenarios/cities.js";

// ---------------------------------------------------------------- budgets, validation, output

const BUILDERS: Record<string, () => ScenarioInput> = {
  yanjiang: buildYanjiang,
  suining: () => buildCity(suiningConfig()),
  zigong: () => buildCity(zigongConfig()),
  dazhou: () => buildCity(dazhouConfig()),
  rongchang: buildRongchang,
};

/** Placeholder budget: solve once with room to spare, then round the capital used up to the next 1,000 万元. */
async function fullFunding(input: ScenarioInput): Promise<number> {
  const probe = parseScenario({ ...input, budgets: { capital: { total: 10_000_000 } } });
  if (!probe.ok) throw new Error(`${input.region.id}: ${probe.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
  const result = await solveScenario(probe.value, { solver: "highs", marginal: false });
  if (result.status !== "optimal") throw new Error(`${input.region.id}: probe solve ${result.status}`);
  const used = result.budget.find((b) => b.kind === "capital")!.used;
  return Math.max(1000, Math.ceil((used + 1e-6) / 1000) * 1000);
}

/** Builds the five scenarios (validated), keyed by file name (`yanjiang-2025.json`). */
export async function buildScenarios(): Promise<Record<string, ScenarioInput>> {
  const out: Record<string, ScenarioInput> = {};
  for (const [region, build] of Object.entries(BUILDERS)) {
    let s = build();
    if (costs.budgets[region]!.method === "fullFunding") {
      const total = await fullFunding(s);
      s = { ...s, budgets: { capital: { total, source: { kind: "assumption", citation: "scenarios/costs.json budgets", note: `${costs.budgets[region]!.basis.en} Computed: ${total} 万元.`, noteZh: `${costs.budgets[region]!.basis.zh}计算结果：${total} 万元。` } } } };
    }
    const parsed = parseScenario(s);
    if (!parsed.ok) throw new Error(`${region}: ${parsed.issues.map((i) => `${i.path}: ${i.en}`).join("; ")}`);
    out[`${region}-2025.json`] = s;
  }
  return out;
}

/** The file text of a scenario (stable key order, two-space indent, trailing newline). */
export function scenarioText(s: ScenarioInput): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  const built = await buildScenarios();
  let differ = 0;
  for (const [file, s] of Object.entries(built)) {
    const path = join(ROOT, "scenarios", file);
    const text = scenarioText(s);
    if (check) {
      let old = "";
      try {
        old = readFileSync(path, "utf8");
      } catch {
        old = "";
      }
      if (old !== text) {
        differ++;
        process.stdout.write(`✗ ${file} differs from what the build writes\n`);
      }
      continue;
    }
    writeFileSync(path, text);
    process.stdout.write(`${file}: ${s.zones.length} zones, ${s.facilities.length} facilities, ${s.targets.length} targets, capital ${s.budgets.capital?.total ?? "∞"} 万元\n`);
  }
  return differ > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code), (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(2);
  });
}
