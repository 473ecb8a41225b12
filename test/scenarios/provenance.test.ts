import { describe, expect, it } from "vitest";
import { documentLines, squash } from "../seeds/load.js";
import { REGIONS, bundled, scenarioJson, seedOf } from "./helpers.js";
import type { Source } from "../../models/scenario/index.js";

/** Every `source` object in a scenario, with where it sits. */
function sources(node: unknown, path = ""): { path: string; source: Source }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => sources(x, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const out: { path: string; source: Source }[] = [];
  for (const [k, v] of Object.entries(node)) {
    if ((k === "source" || k === "populationSource" || k === "costSource") && v && typeof v === "object" && "kind" in v) out.push({ path: `${path}.${k}`, source: v as Source });
    else out.push(...sources(v, `${path}.${k}`));
  }
  return out;
}

function seedIds(id: string): Set<string> {
  const seed = seedOf(id);
  return new Set([...seed.targets, ...seed.indicators, ...seed.totals, ...seed.facilities].map((x) => x.id));
}

describe.each(REGIONS)("scenarios/%s-2025.json sources", (region) => {
  const json = scenarioJson(region);
  const all = sources(json);

  it("every plan source names its seed figure, and the cited line prints the phrase", () => {
    const plan = all.filter((x) => x.source.kind === "plan");
    expect(plan.length).toBeGreaterThan(0);
    for (const { path, source } of plan) {
      expect(source.seed, path).toBe(region);
      if (source.ref !== undefined) expect(seedIds(region).has(source.ref), `${path}: ${source.ref}`).toBe(true);
      expect(source.file && source.line && source.phrase, path).toBeTruthy();
      const line = documentLines(source.file!)[source.line!] ?? "";
      expect(squash(line).includes(squash(source.phrase!)), `${path}: line ${source.line} lacks “${source.phrase}”`).toBe(true);
    }
  });

  it("every target says where its ratio comes from: the plan, or a labelled higher-level standard", () => {
    for (const t of bundled(region).targets) {
      expect(t.source, t.id).toBeDefined();
      expect(["plan", "national", "provincial"], `${t.id}: ${t.source?.kind}`).toContain(t.source!.kind);
      if (t.source!.kind !== "plan") {
        expect(t.source!.citation, t.id).toMatch(/《.+》/);
        expect(t.source!.note, `${t.id}: how sure we are`).toMatch(/[Cc]onfidence|interpolation/);
      }
    }
  });

  it("every zone says how its population was obtained, and non-published figures are never flagged published", () => {
    for (const z of bundled(region).zones) {
      expect(z.populationSource, z.id).toBeDefined();
      for (const year of Object.keys(z.population)) {
        const status = z.populationStatus?.[year];
        expect(status, `${z.id} ${year}`).toBeDefined();
        if (z.populationSource!.kind !== "census") expect(status, `${z.id} ${year}`).not.toBe("published");
      }
    }
  });

  it("every resource's unit cost says it is an assumption", () => {
    for (const r of bundled(region).resources) expect(r.costSource?.kind, r.id).toBe("assumption");
  });
});
