import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/** A file read up to a cap: its bytes, or why not (`tooLarge` with the bytes seen, or the system's error code). */
export type BoundedRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly tooLarge: number; readonly cutOff: boolean }
  | { readonly ok: false; readonly code: string };

/**
 * Reads a file, never more than `maxBytes` + 1 bytes (issue 16.11: `solve /dev/zero` read without
 * bound, the size check came after the read). A regular file larger than the cap is refused by its size
 * before any read; a device, a pipe or a FIFO is read in 1 MiB pieces and refused as soon as it passes
 * the cap.
 */
export function readFileBounded(path: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, code: "EISDIR" };
    if (stat.isFile() && stat.size > maxBytes) return { ok: false, tooLarge: stat.size, cutOff: false };
    const pieces: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const piece = new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, piece, 0, piece.length, null);
      if (n === 0) break;
      pieces.push(piece.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, tooLarge: total, cutOff: true };
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const p of pieces) {
      bytes.set(p, at);
      at += p.length;
    }
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    closeSync(fd);
  }
}
