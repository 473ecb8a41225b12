import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineColumn } from "../../../models/io/json-syntax.js";
import { MAX_SCENARIO_BYTES, parseJsonText, readScenarioJson } from "../../../models/io/read-json.js";
import { textProblem } from "../../../models/io/decode.js";
import { createRng } from "../../../models/rng.js";

const GOOD = readFileSync(join(import.meta.dirname, "..", "..", "cases", "three-towns.json"), "utf8");
const parses = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

describe("jsonErrorOffset", () => {
  it("jsonErrorOffset(text) agrees with JSON.parse on 2,000 seeded mutations of a scenario", () => {
    const rng = createRng(8);
    const pieces = ['"', ",", "}", "]", "{", "[", ":", "\\", "NaN", "1e999", "-", "0", "01", " ", "\n", "\u0001", "tru", "null", "\\u12", "é"];
    for (let k = 0; k < 2000; k++) {
      const at = rng.int(0, GOOD.length);
      const cut = rng.int(0, 3);
      const text = GOOD.slice(0, at) + pieces[rng.int(0, pieces.length - 1)]! + GOOD.slice(at + cut);
      const offset = jsonErrorOffset(text);
      expect(offset < 0, JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))).toBe(parses(text));
      if (offset >= 0) expect(offset).toBeLessThanOrEqual(text.length);
    }
  });

  it("jsonErrorOffset(text) points at the first bad character", () => {
    expect(jsonErrorOffset('{\n  "version": 1,\n}\n')).toBe(18);
    expect(jsonErrorOffset("[1, NaN]")).toBe(4);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset("[".repeat(100_000) + "]".repeat(100_000))).toBe(-1);
    expect(lineColumn('{\n  "version": 1,\n}\n', 18)).toEqual({ line: 3, column: 1 });
  });
});

describe("readScenarioJson", () => {
  it("parseJsonText(text) names the line and column in both languages", () => {
    const r = parseJsonText('{\n  "version": 1,\n}\n');
    if (r.ok) throw new Error("expected an issue");
    expect(r.issues[0]!.zh).toMatch(/^不是有效的 JSON 文件：第 3 行第 1 列附近有语法错误（NaN、Infinity、注释和末尾逗号在 JSON 中都不允许）$/);
    expect(r.issues[0]!.en).toMatch(/^not a valid JSON file: syntax error near line 3, column 1 \(NaN, Infinity, comments and trailing commas are not allowed in JSON\) — /);
  });

  it("readScenarioJson(text) drops a BOM from text, and refuses more than MAX_SCENARIO_BYTES before parsing", () => {
    expect(readScenarioJson(`\uFEFF${GOOD}`).ok).toBe(true);
    const big = readScenarioJson(" ".repeat(MAX_SCENARIO_BYTES + 1));
    expect(!big.ok && big.issues[0]!.code).toBe("fileTooLarge");
  });

  it("textProblem(bytes) passes UTF-8, GBK and UTF-16 text and names binary data and bad bytes", () => {
    expect(textProblem(new TextEncoder().encode("编号,名称\n"))).toBeUndefined();
    expect(textProblem(new Uint8Array([0xb1, 0xe0, 0xba, 0xc5]))).toBeUndefined(); // 编号 in GBK
    expect(textProblem(new Uint8Array([0xff, 0xfe, 0x16, 0x7f, 0xf7, 0x53]))).toBeUndefined();
    expect(textProblem(new Uint8Array([0x41, 0x00, 0x42]))?.code).toBe("notText");
    expect(textProblem(new Uint8Array([0x41, 0x2c, 0xff, 0x42]))?.en).toContain("invalid byte 0xFF at offset 2");
  });
});
