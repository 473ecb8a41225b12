/** A bilingual message. */
type Message = { readonly zh: string; readonly en: string };

/**
 * What a number field expects. A 万元 budget is `{ unitScale: 10_000, unitWord: "元" }`: `4.6亿` there
 * means 46,000 (万元), `4.6万` means 4.6. A population is `{ unitWord: "人" }`: `3.2万` means 32,000.
 */
export type NumberField = {
  /** The field's unit in plain units, a power of ten: 10,000 for a 万元 field (default 1). */
  readonly unitScale?: number;
  /** Whether `万` and `亿` are understood (default true; false for years). */
  readonly magnitudes?: boolean;
  /** A unit word that may follow the figure (`元` for money, `人` for people). */
  readonly unitWord?: string;
  /** Whether a dot is always a decimal point (ratios, shares, coordinates): `2.125` is then not ambiguous. */
  readonly decimal?: boolean;
  /** Bounds, checked after conversion (inclusive). */
  readonly min?: number;
  readonly max?: number;
};

/**
 * A figure read from text: the value in the field's unit and whether `万`/`亿` converted it (the caller
 * shows the conversion back); or what is wrong with the text, in both languages, without the field's name.
 */
export type NumberRead =
  | { readonly ok: true; readonly value: number; readonly converted: boolean }
  | { readonly ok: false; readonly code: NumberProblem; readonly problem: Message };

/** Why text is not a number a person meant. */
export type NumberProblem = "empty" | "footnote" | "character" | "space" | "comma" | "dot" | "notNumber" | "tooLarge" | "range";

const FULL_WIDTH: Readonly<Record<string, string>> = { "，": ",", "．": ".", "－": "-", "＋": "+", "−": "-", "ｅ": "e", "Ｅ": "E" };
/** Full-width digits and signs to ASCII; every other character is left as it is (no NFKC: it reads ① as 1). */
const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[，．－＋−ｅＥ]/g, (c) => FULL_WIDTH[c]!);

/** Footnote and reference marks that a table copied from a document carries beside a figure. */
const FOOTNOTE = /[\u2460-\u24ff\u2776-\u2793\u00b9\u00b2\u00b3\u2070-\u2079\u2080-\u2089*†‡※#＊]/u;
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

const fail = (code: NumberProblem, zh: string, en: string): NumberRead => ({ ok: false, code, problem: { zh, en } });

/** The exponent of ten of a unit scale (10,000 → 4); a scale that is not a power of ten is a programmer error. */
function decimalExponent(scale: number): number {
  const e = Math.round(Math.log10(scale));
  if (!(scale > 0) || 10 ** e !== scale) throw new Error(`unitScale must be a power of ten, got ${scale}`);
  return e;
}

/** Checks the numeral's separators: thousands commas in their usual places, one decimal dot. */
function separatorProblem(numeral: string, dotIsDecimal: boolean): NumberRead | undefined {
  if (numeral.includes(",")) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(numeral)) return undefined;
    return fail("comma", "逗号位置不对：千位分隔符应每三位一个（如 12,345），小数请用点（如 12.34）",
      "a comma in an unusual place: thousands separators go every three digits (12,345); use a dot for decimals (12.34)");
  }
  const dots = numeral.split(".").length - 1;
  if (dots > 1) return fail("dot", "有多个点，无法判断是小数点还是千位分隔符；千位请用逗号（如 1,000,000）", "more than one dot: is it a decimal point or a thousands separator? Use commas for thousands (1,000,000)");
  if (dots === 1 && !dotIsDecimal && /^[1-9]\d{0,2}\.\d{3}$/.test(numeral)) {
    return fail("dot", `“${numeral}”有歧义：可能是小数，也可能是千位分隔；千位请写 ${numeral.replace(".", ",")} 或 ${numeral.replace(".", "")}，小数请去掉末尾的 0 或多写一位`,
      `"${numeral}" is ambiguous: a decimal, or a thousands separator? Write ${numeral.replace(".", ",")} or ${numeral.replace(".", "")} for thousands`);
  }
  return undefined;
}

/**
 * Reads a figure as a person types or pastes it, in a field's unit (`NumberField`): digits, full-width
 * digits, a sign (`-`, `−`, `－`), thousands commas every three digits, one decimal dot, an exponent
 * (`1.2E+05`, as spreadsheets export), then `万` or `亿` and the field's unit word, with or without a
 * space. Everything else is refused with a reason: a footnote mark (`12345①`), a space inside the figure
 * (`1000 20`), a comma elsewhere (`12,34`), a dot that may be a thousands separator (`1.000`), several
 * dots, any other character, a figure too large for a number, or one outside the field's bounds.
 * Empty text is `empty` (the caller decides whether a field may be cleared).
 */
export function readNumberText(text: string, field: NumberField = {}): NumberRead {
  const t = toAscii(text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""));
  if (t === "") return fail("empty", "没有填写数字", "no figure was entered");
  const mark = FOOTNOTE.exec(t);
  if (mark) return fail("footnote", `含有脚注或注释符号“${mark[0]}”，请删去后再输入数字`, `holds a footnote mark "${mark[0]}": remove it and enter the figure alone`);
  const unit = field.unitWord ?? "";
  const magnitudes = field.magnitudes ?? true;
  const m = /^([+-]?)(\d[\d.,]*|[.]\d+)([eE][+-]?\d+)?[\s\u3000]*(万|亿)?[\s\u3000]*(.*)$/u.exec(t);
  const rest = m?.[5] ?? t;
  if (!m || (rest !== "" && rest !== unit)) {
    if (/\d[\s\u3000]+[\d.,]/.test(t)) return fail("space", "数字中间有空格（如 “1000 20”），无法判断是一个数还是两个数，请删去空格", 'a space inside the figure (such as "1000 20"): one number or two? Remove the space');
    if (/%|％/.test(t)) return fail("character", "这里不接受百分数，请输入数值", "a percentage is not expected here: enter the figure");
    const odd = [...t].find((c) => !/[\d.,+\-eE\s\u3000万亿]/u.test(c) && c !== unit);
    if (odd) return fail("character", `含有“${odd}”，不是数字的一部分`, `holds "${odd}", which is not part of a number`);
    return fail("notNumber", "不是数字", "not a number");
  }
  const [, sign, numeral, exponent, magnitude] = m;
  if (magnitude && !magnitudes) return fail("character", `这里不接受“${magnitude}”，请输入完整数值`, `"${magnitude}" is not understood here: enter the whole figure`);
  const problem = separatorProblem(numeral!, field.decimal === true || magnitude !== undefined || exponent !== undefined);
  if (problem) return problem;
  // Scaling by shifting the exponent keeps 4.6亿 → 46000 exact (4.6 * 1e4 is 45999.99…).
  // A bare figure is in the field's unit; with 万/亿 or the unit word (元) it is in plain units.
  const plainUnits = magnitude !== undefined || rest !== "";
  const shift = (magnitude ? MAGNITUDE[magnitude]! : 0) - (plainUnits ? decimalExponent(field.unitScale ?? 1) : 0) + Number((exponent ?? "e0").slice(1));
  const value = Number(`${sign}${numeral!.replace(/,/g, "")}e${shift}`);
  if (!Number.isFinite(value)) return fail("tooLarge", "数值过大", "the figure is too large");
  if (field.min !== undefined && value < field.min) {
    return field.min === 0 ? fail("range", "应为非负数", "must not be negative") : fail("range", `应不小于 ${field.min}`, `must be at least ${field.min}`);
  }
  if (field.max !== undefined && value > field.max) return fail("range", `应不大于 ${field.max}`, `must be at most ${field.max}`);
  return { ok: true, value: Object.is(value, -0) ? 0 : value, converted: plainUnits && (magnitude !== undefined || (field.unitScale ?? 1) !== 1) };
}

/** The figure of `readNumberText`, or `undefined` when the text is not one (bounds of `field` applied). */
export function parseNumberText(text: string, field: NumberField = {}): number | undefined {
  const r = readNumberText(text, field);
  return r.ok ? r.value : undefined;
}
