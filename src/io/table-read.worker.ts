/// <reference lib="webworker" />
import { readSpreadsheet } from "../../models/io/import.js";
import type { TableReadRequest, TableReadResponse } from "./table-protocol.js";

/**
 * Reads a table file (CSV, TSV, .xlsx) off the main thread: a file that takes long to read, or is
 * refused only after reading up to the limits of `models/io/xlsx-sheet.ts`, never freezes the page.
 */
self.onmessage = (e: MessageEvent<TableReadRequest>) => {
  const { id, bytes, fileName } = e.data;
  const response: TableReadResponse = { id, result: readSpreadsheet(bytes, fileName) };
  self.postMessage(response);
};
