import { describe, expect, it } from "vitest";
import { SeedFileSchema, collectFigures, numbersIn } from "../../models/seed/index.js";
import { documentLines, readJson, seedJsonFiles, squash } from "./load.js";

const files = seedJsonFiles();

describe("seeds/*.json", () => {
  it("holds one seed file per plan", () => {
    expect(files).toEqual(["dazhou.json", "rongchang.json", "suining.json", "yanjiang.json", "zigong.json"]);
  });

  describe.each(files)("%s", (file) => {
    const parsed = SeedFileSchema.safeParse(readJson(`seeds/${file}`));

    it("SeedFileSchema.safeParse(seed) succeeds", () => {
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    });
    if (!parsed.success) return;
    const seed = parsed.data;

    it("is named after its id", () => {
      expect(file).toBe(`${seed.id}.json`);
    });

    it("cites only its own document", () => {
      const foreign = collectFigures(seed).filter((f) => f.provenance.file !== seed.document);
      expect(foreign.map((f) => f.path)).toEqual([]);
    });

    it("has unique ids in each list", () => {
      for (const list of [seed.indicators, seed.targets, seed.facilities, seed.totals, seed.conflicts]) {
        const ids = list.map((x) => x.id);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      }
    });

    it("collectFigures(seed): every cited line contains its phrase", () => {
      const bad = collectFigures(seed)
        .filter((f) => !squash(documentLines(f.provenance.file)[f.provenance.line] ?? "").includes(squash(f.provenance.phrase)))
        .map((f) => `${f.path}: line ${f.provenance.line} lacks «${f.provenance.phrase}»`);
      expect(bad).toEqual([]);
    });

    it("collectFigures(seed): every number of a figure is printed in its phrase", () => {
      const bad = collectFigures(seed)
        .filter((f) => {
          const printed = numbersIn(f.provenance.phrase);
          return f.numbers.some((n) => !printed.some((p) => Math.abs(p - n) <= 1e-9 * Math.max(1, Math.abs(n))));
        })
        .map((f) => `${f.path}: ${f.numbers.join(",")} not in «${f.provenance.phrase}»`);
      expect(bad).toEqual([]);
    });

    it("refers to indicator rows that exist", () => {
      const ids = new Set(seed.indicators.map((r) => r.id));
      expect(seed.targets.filter((t) => t.indicator && !ids.has(t.indicator)).map((t) => t.id)).toEqual([]);
    });
  });
});
