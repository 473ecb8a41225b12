const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a run of Chinese numerals below 10,000 (`五` → 5, `三十` → 30, `十二` → 12, `一百二十` → 120). */
export function parseChineseNumeral(run: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of run) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * Every number printed in a phrase: Arabic (thousands separators and full-width digits allowed)
 * and runs of Chinese numerals. Used to check that a seed figure really appears on its cited line.
 */
export function numbersIn(phrase: string): number[] {
  const normal = phrase
    .replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/(\d),(\d{3})/g, "$1$2");
  const out: number[] = [];
  for (const m of normal.matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
  for (const m of normal.matchAll(/[零〇一二两三四五六七八九十百千]+/g)) {
    const n = parseChineseNumeral(m[0]);
    if (n !== null) out.push(n);
  }
  return out;
}
