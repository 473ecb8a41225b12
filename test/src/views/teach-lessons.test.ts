import { describe, expect, it } from "vitest";
import { LESSON_PREFIX, lessons, openCatalogEntry } from "../../../src/state/catalog.js";

describe("lessons in the catalog", () => {
  it("lessons lists scenarios/lessons/*.json in file order under lesson:<file> keys", () => {
    const keys = lessons.map((l) => l.key);
    expect(keys.length).toBeGreaterThanOrEqual(5);
    expect(keys[0]).toBe(`${LESSON_PREFIX}01-three-towns-two-resources`);
    expect([...keys].sort()).toEqual(keys);
  });

  it("openCatalogEntry(lesson key) opens the lesson's scenario, labelled with the lesson's title", async () => {
    const r = await openCatalogEntry(`${LESSON_PREFIX}01-three-towns-two-resources`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.label).toEqual({ zh: "三镇两资源一预算", en: "Three towns, two resources, one budget" });
    expect(r.value.scenario.lesson?.question.zh).toMatch(/万元/);
    expect(r.value.original).toBe(r.value.scenario);
  });

  it("every bundled lesson parses and carries a lesson", async () => {
    for (const l of lessons) {
      const r = await openCatalogEntry(l.key);
      expect(r.ok, l.key).toBe(true);
      if (r.ok) expect(r.value.scenario.lesson, l.key).toBeDefined();
    }
  });

  it("openCatalogEntry(unknown lesson) is refused in both languages", async () => {
    const r = await openCatalogEntry(`${LESSON_PREFIX}nope`);
    expect(r).toMatchObject({ ok: false, issues: [{ code: "unknownScenario" }] });
  });
});
