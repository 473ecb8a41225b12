import type { Parsed } from "../../models/issues.js";
import type { Table } from "../../models/io/table.js";
import type { TableReadRequest, TableReadResponse } from "./table-protocol.js";

/** How long a read may take before the worker is stopped and the file refused. */
export const TABLE_READ_TIMEOUT_MS = 60_000;

let nextId = 0;

const failed = (fileName: string, code: string, zh: string, en: string): Parsed<never> => ({ ok: false, issues: [{ path: fileName, code, zh: `${fileName}：${zh}`, en: `${fileName}: ${en}` }] });

/**
 * Reads a table file in a worker of its own (`table-read.worker.ts`), ended after the read: the page
 * stays responsive whatever the file, a read that takes over `timeoutMs` is stopped and refused, and a
 * worker that dies (out of memory) is an issue, never a frozen or crashed tab. Where there is no
 * `Worker` (Node, tests) the file is read in place with the same reader.
 */
export async function readTables(bytes: Uint8Array, fileName: string, timeoutMs = TABLE_READ_TIMEOUT_MS): Promise<Parsed<readonly Table[]>> {
  if (typeof Worker === "undefined") {
    const io = await import("../../models/io/import.js");
    return io.readSpreadsheet(bytes, fileName);
  }
  const worker = new Worker(new URL("./table-read.worker.ts", import.meta.url), { type: "module" });
  const id = ++nextId;
  try {
    return await new Promise<Parsed<readonly Table[]>>((resolve) => {
      const timer = setTimeout(() => resolve(failed(fileName, "readTimeout", `读取超过 ${timeoutMs / 1000} 秒，已停止；文件可能过大或已损坏`, `reading took over ${timeoutMs / 1000} s and was stopped; the file may be too large or damaged`)), timeoutMs);
      worker.onmessage = (e: MessageEvent<TableReadResponse>) => {
        if (e.data.id !== id) return;
        clearTimeout(timer);
        resolve(e.data.result);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        clearTimeout(timer);
        resolve(failed(fileName, "readFailed", `读取时出错（${e.message || "内存不足？"}），文件未导入`, `reading failed (${e.message || "out of memory?"}); nothing was imported`));
      };
      const request: TableReadRequest = { id, bytes, fileName };
      worker.postMessage(request, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
