/**
 * Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in
 * Chinese, Japanese and Korean Excel (e.g. 31 = `yyyy"年"m"月"d"日"`).
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format shows a date or time: a built-in date format id, or a custom format code
 * with y, m, d, h or s outside quoted text, escapes and `[colour]`/`[$-804]` brackets.
 */
export function isDateFormat(numFmtId: number, formatCode?: string): boolean {
  if (BUILT_IN_DATES.has(numFmtId)) return true;
  if (formatCode === undefined) return false;
  const bare = formatCode
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/General/gi, "");
  return /[ymdhs]/i.test(bare);
}

const DAY_MS = 86_400_000;

/**
 * An Excel serial day as ISO text: `2025-03-01`, or `2025-03-01T08:30:00` with a time of day.
 * In the 1900 system serial 1 is 1900-01-01 and serial 60 is Excel's phantom 1900-02-29 (shown as
 * 1900-02-28); in the 1904 system (old Mac workbooks) serial 0 is 1904-01-01.
 */
export function serialToIso(serial: number, date1904 = false): string {
  const s = !date1904 && serial >= 60 && serial < 61 ? serial - 1 : serial;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : s < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = Math.round((epoch + s * DAY_MS) / 1000) * 1000;
  if (!Number.isFinite(ms) || serial < 0 || serial > 2_958_465) return String(serial);
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}
