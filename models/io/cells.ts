import { printReceived } from "../issues.js";
import { IdSchema } from "../scenario/common.js";
import { fold, lookupAlias, resourceIdOf, type ResourceName } from "./aliases.js";
import { looksLikeFormula } from "./guard.js";
import { parseNumberText, readNumberText } from "./number-text.js";
import { isEmptyCell, type Cell } from "./table.js";

/** A bilingual message. */
export type Message = { readonly zh: string; readonly en: string };

/** The outcome of reading one cell: a value (`undefined` for an empty cell), or what was expected. */
export type CellRead<T> = { readonly ok: true; readonly value: T | undefined } | CellFail;
/** A cell that could not be read: what was expected. */
export type CellFail = { readonly ok: false; readonly expected: Message };

/** Reads one cell into a value of a field. */
export type CellReader<T> = (cell: Cell) => CellRead<T>;

const fail = (zh: string, en: string): CellFail => ({ ok: false, expected: { zh, en } });

/** What a cell holds, printed for a message: `"-12"`, `-12`, `a date 2025-03-01`. */
export function describeCell(cell: Cell): Message {
  if (cell !== null && typeof cell === "object") {
    if (cell.kind === "date") return { zh: `日期 ${cell.iso}`, en: `a date ${cell.iso}` };
    if (cell.kind === "formula") return { zh: `公式 =${cell.formula}`, en: `formula =${cell.formula}` };
    return { zh: `错误值 ${cell.code}`, en: `error value ${cell.code}` };
  }
  const p = printReceived(cell);
  return { zh: p, en: p };
}

/**
 * Wraps a reader of non-empty plain values (text trimmed): empty → `undefined`; a formula without a
 * cached value, an error value, and a date (the column does not expect one) fail.
 */
function plain<T>(expected: Message, read: (cell: string | number | boolean) => CellRead<T>): CellReader<T> {
  return (cell) => {
    if (cell === null || isEmptyCell(cell)) return { ok: true, value: undefined };
    if (typeof cell !== "object") return read(typeof cell === "string" ? cell.trim() : cell);
    if (cell.kind === "formula") {
      return fail("公式没有缓存的计算结果（请在 Excel 中打开并保存，或“粘贴为数值”）", "a formula without a cached value (open and save the file in Excel, or paste as values)");
    }
    if (cell.kind === "error") return fail(`${expected.zh}（单元格为错误值）`, `${expected.en} (the cell holds an error value)`);
    return fail(`${expected.zh}（单元格被设置成了日期格式）`, `${expected.en} (the cell is formatted as a date)`);
  };
}

/**
 * Text (trimmed): strings, and numbers or booleans written as text; a date cell fails. A leading `'`
 * before `=`, `+`, `-`, `@`, a tab or a CR is the guard our CSV export writes (see `neutraliseText`) and
 * is dropped, so a name survives export and re-import unchanged.
 */
export const readText: CellReader<string> = plain({ zh: "应为文本", en: "expected text" }, (v) => {
  const text = String(v);
  return { ok: true, value: text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1).trim() : text };
});

/** An id (letter first; letters, digits, `_`, `-`; at most 64). */
export const readId: CellReader<string> = plain({ zh: "应为编号", en: "expected an id" }, (v) =>
  IdSchema.safeParse(String(v)).success
    ? { ok: true, value: String(v) }
    : fail("应为编号：字母开头，仅含字母、数字、_ 或 -（至多 64 个字符）", "must be an id: a letter, then letters, digits, _ or - (at most 64)"));

/** Bounds of a number reader; `decimal` when a dot is always a decimal point (coordinates); a unit word allowed after the figure (人). */
export type NumberRange = { readonly min?: number; readonly max?: number; readonly decimal?: boolean; readonly unitWord?: string };

/**
 * A non-negative number, or one within `range`. Text is read by `readNumberText` (one parser for imports
 * and fields): `12,345`, `1.5万`, full-width digits; a footnote mark, a space inside the figure, an
 * ambiguous dot or comma fail with the reason. A date cell fails with "expected a number".
 */
export function readNumber(range: NumberRange = { min: 0 }): CellReader<number> {
  return plain<number>({ zh: "应为数字", en: "expected a number" }, (v) => {
    if (typeof v === "string") {
      const r = readNumberText(v, { decimal: range.decimal === true, ...(range.unitWord ? { unitWord: range.unitWord } : {}) });
      // Text with no digit ("NaN", "四十") needs no more than "expected a number"; a figure gone wrong gets its reason.
      const detail = !r.ok && (["footnote", "space", "comma", "dot"].includes(r.code) || (r.code === "character" && /[0-9０-９]/.test(v)));
      if (!r.ok) return detail ? fail(`应为数字：${r.problem.zh}`, `must be a number: ${r.problem.en}`) : fail("应为数字", "must be a number");
      v = r.value;
    }
    const n = typeof v === "number" ? v : undefined;
    if (n === undefined || !Number.isFinite(n)) return fail("应为数字", "must be a number");
    if (range.min === 0 && range.max === undefined && n < 0) return fail("应为非负数", "must be a non-negative number");
    if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
      return fail(`应在 ${range.min ?? "-∞"} 到 ${range.max ?? "∞"} 之间`, `must be between ${range.min ?? "-∞"} and ${range.max ?? "∞"}`);
    }
    return { ok: true, value: n };
  });
}

/** A share between 0 and 1: `0.12`, or a percentage `12%`. */
export const readShare: CellReader<number> = plain({ zh: "应为比例", en: "expected a share" }, (v) => {
  const percent = typeof v === "string" && /[%％]$/.test(v);
  const n = typeof v === "number" ? v : typeof v === "string" ? parseNumberText(percent ? v.slice(0, -1) : v, { decimal: true, magnitudes: false }) : undefined;
  const share = n === undefined ? undefined : percent ? n / 100 : n;
  if (share === undefined || !(share >= 0 && share <= 1)) return fail("应为 0 到 1 之间的比例（如 0.12 或 12%）", "must be a share between 0 and 1 (such as 0.12 or 12%)");
  return { ok: true, value: share };
});

const TRUE_WORDS = new Set(["是", "yes", "y", "true", "1", "√", "✓", "对"]);
const FALSE_WORDS = new Set(["否", "no", "n", "false", "0", "×", "✗", "不"]);

/** A yes/no: a boolean cell, 1/0, 是/否, yes/no, true/false, √/×. */
export const readBoolean: CellReader<boolean> = plain({ zh: "应为 是/否", en: "expected yes or no" }, (v) => {
  const w = fold(String(v));
  if (TRUE_WORDS.has(w)) return { ok: true, value: true };
  if (FALSE_WORDS.has(w)) return { ok: true, value: false };
  return fail("应为 是/否", "must be yes or no");
});

/** One of a set of values, by its id or a Chinese alias. */
export function readChoice<T extends string>(aliases: Readonly<Record<T, readonly string[]>>): CellReader<T> {
  const names = (Object.entries(aliases) as [T, readonly string[]][]).map(([v, a]) => `${v}（${a[0]}）`);
  return plain({ zh: "应为选项", en: "expected a choice" }, (v) => {
    const found = lookupAlias(aliases, String(v));
    return found ? { ok: true, value: found } : fail(`应为以下之一：${names.join("、")}`, `must be one of ${names.join(", ")}`);
  });
}

/** A statistical division code (统计用区划代码): 6–12 digits; a number cell is taken digit for digit. */
export const readCode: CellReader<string> = plain({ zh: "应为区划代码", en: "expected a division code" }, (v) => {
  const s = typeof v === "number" && Number.isInteger(v) ? v.toFixed(0) : String(v).normalize("NFKC");
  if (/^\d{6,12}$/.test(s)) return { ok: true, value: s };
  if (/e\+/i.test(s)) return fail("应为 6–12 位数字；Excel 把它改成了科学计数法，请把该列设为文本后重新输入", "must be 6–12 digits; Excel turned it into scientific notation: format the column as text and type it again");
  return fail("应为 6–12 位数字的区划代码", "must be a division code of 6–12 digits");
});

/** A list of resources (`beds, doctors`, `床位、医师`), separated by commas, 、, ; or spaces. */
export function readResourceList(resources: readonly ResourceName[]): CellReader<string[]> {
  return plain({ zh: "应为资源列表", en: "expected a list of resources" }, (v) => {
    const ids: string[] = [];
    for (const word of String(v).split(/[,，、;；\s]+/).filter(Boolean)) {
      const id = resourceIdOf(word, resources) ?? (IdSchema.safeParse(word).success ? word : undefined);
      if (!id) return fail(`应为资源编号或名称的列表（如 beds、doctors），“${word}”无法识别`, `must be a list of resource ids or names (such as beds, doctors); "${word}" is not one`);
      if (!ids.includes(id)) ids.push(id);
    }
    return { ok: true, value: ids };
  });
}

/** A catchment: `A:0.6; B:0.4` or `A 60%，B 40%` (zone id, then its share). */
export const readCatchment: CellReader<{ zone: string; share: number }[]> = plain({ zh: "应为服务范围", en: "expected a catchment" }, (v) => {
  const entries: { zone: string; share: number }[] = [];
  for (const part of String(v).split(/[;；,，、\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z][A-Za-z0-9_-]*)\s*[:：=\s]\s*(.+)$/.exec(part);
    const share = m ? readShare(m[2]!) : undefined;
    if (!m || !share?.ok || share.value === undefined) {
      return fail("应为“镇街编号:份额”的列表，如 A:0.6; B:0.4", 'must be a list of "zone:share", such as A:0.6; B:0.4');
    }
    entries.push({ zone: m[1]!, share: share.value });
  }
  return { ok: true, value: entries };
});

/**
 * A date, for columns that expect one: a date cell, or text `2025-03-01`, `2025/3/1`, `2025年3月1日`;
 * the value is ISO text. (No template column holds a date today.)
 */
export function readDate(cell: Cell): CellRead<string> {
  if (cell !== null && typeof cell === "object" && cell.kind === "date") return { ok: true, value: cell.iso };
  return plain({ zh: "应为日期", en: "expected a date" }, (v) => {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(v).normalize("NFKC"));
    const iso = m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : "";
    const d = new Date(`${iso}T00:00:00Z`);
    return m && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? { ok: true, value: iso } : fail("应为日期，如 2025-03-01", "must be a date such as 2025-03-01");
  })(cell);
}
