/**
 * Reads a number as people type or paste it: `12,345`, `12 345`, full-width digits `１２３`, a trailing
 * `万` (×10,000) or `亿` (×100,000,000), `%` kept as written. Undefined when it is not a number.
 */
export function parseNumberText(text: string): number | undefined {
  let t = text.trim().replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s_]/g, "");
  if (t === "") return undefined;
  let scale = 1;
  if (t.endsWith("亿")) {
    scale = 1e8;
    t = t.slice(0, -1);
  } else if (t.endsWith("万")) {
    scale = 1e4;
    t = t.slice(0, -1);
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t) * scale;
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : undefined;
}

/** Splits text copied from a spreadsheet into rows of cells (tab-separated, CR/LF rows, trailing empty row dropped). */
export function splitGrid(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, "\n").split("\n");
  if (rows.length > 1 && rows.at(-1) === "") rows.pop();
  return rows.map((r) => r.split("\t"));
}
