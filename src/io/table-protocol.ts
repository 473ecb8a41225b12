import type { Parsed } from "../../models/issues.js";
import type { Table } from "../../models/io/table.js";

/** A file to read, posted to the table-reading worker (its bytes transferred, not copied). */
export type TableReadRequest = { readonly id: number; readonly bytes: Uint8Array; readonly fileName: string };
/** The tables read, or the file's issues, tagged with the request's id. */
export type TableReadResponse = { readonly id: number; readonly result: Parsed<readonly Table[]> };
