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
