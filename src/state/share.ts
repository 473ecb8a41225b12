import { parseScenario } from "../../models/scenario/index.js";
import type { InputIssue, Parsed, Scenario } from "../../models/index.js";

/** The URL hash prefix of a shared scenario. */
export const SHARE_PREFIX = "#s=";
/** Largest decompressed scenario accepted from a link (guards against a deflate bomb). */
export const SHARE_MAX_BYTES = 8 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  try {
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError("too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The URL hash that carries a scenario: `#s=` + base64url(deflate-raw(JSON)). */
export async function encodeShare(s: Scenario): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(s));
  return SHARE_PREFIX + toBase64Url(await pipe(json, new CompressionStream("deflate-raw")));
}

const linkIssue = (zh: string, en: string): InputIssue => ({ path: "(link)", code: "badLink", zh, en });

/**
 * Reads a scenario from a URL hash: null when the hash carries none; otherwise the validated scenario
 * or issues (a damaged link, or the scenario's own issues).
 */
export async function decodeShare(hash: string): Promise<Parsed<Scenario> | null> {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const bytes = fromBase64Url(hash.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length === 0) return { ok: false, issues: [linkIssue("链接已损坏：不是有效的编码", "the link is damaged: not valid base64url")] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await pipe(bytes, new DecompressionStream("deflate-raw"), SHARE_MAX_BYTES));
  } catch {
    return { ok: false, issues: [linkIssue("链接已损坏：无法解压", "the link is damaged: it does not decompress")] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: [linkIssue("链接已损坏：不是 JSON", "the link is damaged: not JSON")] };
  }
  return parseScenario(data);
}
