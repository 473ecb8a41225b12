import type { InputIssue } from "../issues.js";

/**
 * The encoding a text file was read in. `gbk` means GBK or GB18030 (decoded as GB18030, a superset),
 * still the default "ANSI" encoding of Chinese Windows and of many government office files.
 * `utf-16le`/`utf-16be` come from Excel's "Unicode Text" export (tab-separated, with a BOM).
 */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "gbk" | "utf-16le" | "utf-16be";

/** Decoded text and the encoding it was found in. */
export type DecodedText = { readonly text: string; readonly encoding: TextEncodingName };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes the bytes of a text file (CSV, TSV): a byte-order mark decides first (UTF-8, UTF-16);
 * otherwise strict UTF-8, and when that fails GB18030. The BOM is not part of the text.
 * Runs in Node and in browsers and workers (`TextDecoder` only).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: GBK bytes are valid GB18030, which every TextDecoder supports.
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gbk" };
  }
}

/** Encodes text as UTF-8 with a byte-order mark, which Excel needs to open Chinese CSV correctly. */
export function encodeUtf8Bom(text: string): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
function firstBadUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

const decodes = (label: string, bytes: Uint8Array) => {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * Why bytes are not a text file, or `undefined` when they are: binary data (a NUL byte or other
 * control characters in the first 8 KB, as in an image or a zip renamed `.csv`), or bytes that are
 * neither UTF-8 nor GBK/GB18030 (named by the offset of the first bad byte). Text with a UTF-16 BOM passes.
 */
export function textProblem(bytes: Uint8Array): InputIssue | undefined {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return undefined;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)) control++;
  if (head.includes(0) || control > Math.max(4, head.length / 100)) {
    const zip = startsWith(bytes, [0x50, 0x4b]);
    return {
      path: "(file)", code: "notText",
      zh: `不是文本文件（含有二进制数据${zip ? "，看起来是压缩包" : ""}），请选择 CSV、TSV、.xlsx 或 JSON 文件`,
      en: `not a text file (it holds binary data${zip ? "; it looks like a zip archive" : ""}): choose a CSV, TSV, .xlsx or JSON file`,
    };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (decodes("utf-8", body) || decodes("gb18030", body)) return undefined;
  const at = firstBadUtf8(body) + (body === bytes ? 0 : 3);
  const hex = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
  return {
    path: "(file)", code: "badEncoding",
    zh: `文件编码无法识别：既不是 UTF-8 也不是 GBK（第 ${at} 字节 ${hex} 无效），请以 UTF-8 编码另存`,
    en: `unreadable encoding: neither UTF-8 nor GBK (invalid byte ${hex} at offset ${at}); save the file as UTF-8`,
  };
}
