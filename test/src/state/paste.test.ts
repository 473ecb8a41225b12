import { describe, expect, it } from "vitest";
import { isBlock, pastePopulation, splitGrid } from "../../../src/state/paste.js";

const zones = ["A", "B", "C"];
const years = ["2020", "2025"];

describe("pastePopulation", () => {
  it("pastePopulation(text, …) fills rightward and downward from the cell it lands in", () => {
    expect(pastePopulation("1\t2\r\n3\t4\r\n", zones, years, 1, 0)).toEqual({
      ok: true,
      cells: [
        { zone: "B", year: "2020", value: 1 }, { zone: "B", year: "2025", value: 2 },
        { zone: "C", year: "2020", value: 3 }, { zone: "C", year: "2025", value: 4 },
      ],
    });
  });

  it("understands grouped figures and 万, skips empty cells and ignores what falls off the table", () => {
    const r = pastePopulation("12,345\t\t99\n1.5万\n7\n8", zones, years, 1, 0);
    expect(r).toEqual({ ok: true, cells: [{ zone: "B", year: "2020", value: 12345 }, { zone: "C", year: "2020", value: 15000 }] });
  });

  it("rejects the whole paste when a cell is not a non-negative number, naming the cell", () => {
    const r = pastePopulation("1\tabc\n-4\t2", zones, years, 0, 0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}: ${i.zh}`)).toEqual(["zones[0].population.2025: 不是数字：abc（含有“a”，不是数字的一部分）", "zones[1].population.2020: 应为非负数，实际为 -4"]);
  });

  it("refuses a footnote mark or a space inside a figure instead of reading other digits (issue 16.4), and reads 3.2万人", () => {
    const r = pastePopulation("12345①\t1000 20\n3.2万人", zones, years, 0, 0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}: ${i.en}`)).toEqual([
      'zones[0].population.2020: not a number: 12345① (holds a footnote mark "①": remove it and enter the figure alone)',
      'zones[0].population.2025: not a number: 1000 20 (a space inside the figure (such as "1000 20"): one number or two? Remove the space)',
    ]);
    expect(pastePopulation("3.2万人", zones, years, 0, 0)).toEqual({ ok: true, cells: [{ zone: "A", year: "2020", value: 32000 }] });
  });

  it("splitGrid splits tab-separated rows and drops the trailing empty row", () => {
    expect(splitGrid("a\tb\r\nc\td\r\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(splitGrid("x")).toEqual([["x"]]);
  });

  it("isBlock(text) is true for more than one cell", () => {
    expect(isBlock("12")).toBe(false);
    expect(isBlock("12\n")).toBe(false);
    expect(isBlock("1\t2")).toBe(true);
    expect(isBlock("1\n2")).toBe(true);
  });
});
