import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../models/scenario/scenario.js";
import { caseInput } from "../fixtures.js";

describe("parseScenario with a lesson", () => {
  const lesson = { title: { zh: "标题", en: "Title" }, paragraphs: [{ zh: "段落", en: "A paragraph" }], question: { zh: "问题？", en: "A question?" } };

  it("parseScenario accepts a scenario carrying a lesson and keeps it", () => {
    const r = parseScenario({ ...caseInput("three-towns"), lesson: { ...lesson, focus: "simplex" } });
    expect(r.ok && r.value.lesson?.focus).toBe("simplex");
  });

  it("parseScenario names the lesson field that is missing or wrong, in both languages", () => {
    const { question: _q, ...noQuestion } = lesson;
    const r = parseScenario({ ...caseInput("three-towns"), lesson: { ...noQuestion, focus: "tableau" } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    expect(paths).toContain("lesson.question");
    expect(paths).toContain("lesson.focus");
    for (const i of r.issues) expect(i.zh.length * i.en.length).toBeGreaterThan(0);
  });
});
