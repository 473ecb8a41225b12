import type { AllocationResult, Scenario } from "../../models/index.js";
import { encodeUtf8Bom } from "../../models/io/decode.js";
import type { Table } from "../../models/io/table.js";
import type { Locale } from "../i18n/index.js";

/** A file ready to download. */
export type OutFile = { readonly name: string; readonly bytes: Uint8Array<ArrayBuffer>; readonly type: string };
/** The template files: the workbook (zones and facilities sheets) or one sheet as CSV. */
export type TemplateKind = "xlsx" | "zones" | "facilities";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV = "text/csv;charset=utf-8";
/** English names of the result tables (the CSV section titles and the CLI's per-table file names). */
export const RESULT_TABLE_EN: Readonly<Record<string, string>> = { 概要: "summary", 配置方案: "allocation", 覆盖情况: "coverage", 预算: "budget" };

/** `<region id>-<plan year>-<what>.<ext>`. */
export function exportFileName(s: Scenario, what: string, ext: "xlsx" | "csv"): string {
  return `${s.region.id}-${s.region.planYear}-${what}.${ext}`;
}

/**
 * The result tables as one CSV text with a section per table: a title line `## 配置方案 / allocation`,
 * the table (Chinese header row, English header row, data), then an empty line. One file, so the
 * browser asks no permission for several downloads; each section opens in Excel as a block.
 */
export function sectionedCsv(tables: readonly Table[], toText: (t: Table) => string): string {
  return tables.map((t) => `## ${t.name} / ${RESULT_TABLE_EN[t.name] ?? t.name}\r\n${toText(t)}`).join("\r\n");
}

/** The checked result as an .xlsx workbook (a sheet per table) or a sectioned CSV; models/io is loaded on demand. */
export async function resultFile(s: Scenario, r: AllocationResult, format: "xlsx" | "csv", locale: Locale): Promise<OutFile> {
  const { resultToTables } = await import("../../models/io/export.js");
  const tables = resultToTables(s, r, { locale: locale === "en" ? "en" : "zh" });
  if (format === "xlsx") {
    const { tablesToXlsx } = await import("../../models/io/xlsx-write.js");
    return { name: exportFileName(s, "result", "xlsx"), bytes: tablesToXlsx(tables), type: XLSX };
  }
  const { tableToCsvText } = await import("../../models/io/csv-write.js");
  return { name: exportFileName(s, "result", "csv"), bytes: encodeUtf8Bom(sectionedCsv(tables, tableToCsvText)), type: CSV };
}

/** The import template filled with the scenario's zones and facilities (Chinese headers, English second row). */
export async function templateFile(s: Scenario, kind: TemplateKind): Promise<OutFile> {
  const io = await import("../../models/io/template.js");
  if (kind === "xlsx") return { name: exportFileName(s, "template", "xlsx"), bytes: io.templateXlsx(s), type: XLSX };
  return { name: exportFileName(s, `template-${kind}`, "csv"), bytes: io.templateCsv(kind, s), type: CSV };
}

/** Hands a file to the browser as a download. */
export function saveFile(f: OutFile): void {
  const url = URL.createObjectURL(new Blob([f.bytes], { type: f.type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: f.name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What exporting needs of the store (kept narrow so that leaves can pass less). */
type ExportStore = {
  readonly state: { readonly scenario: Scenario; readonly revision: number; readonly locale: Locale; readonly solve: { readonly checked: { readonly revision: number; readonly result: AllocationResult; readonly violations: readonly unknown[] } | null } };
  notify(n: { key: "downloaded"; detail: string }): void;
  reject(r: { source: "file"; issues: readonly { path: string; code: string; zh: string; en: string }[] }): void;
};

/** The checked result of the current revision that may be exported (a plan or an unmet least-gap allocation), or null. */
export function exportableResult(st: ExportStore["state"]): AllocationResult | null {
  const c = st.solve.checked;
  if (!c || c.revision !== st.revision || c.violations.length > 0) return null;
  return c.result.status === "optimal" || c.result.status === "unmet" ? c.result : null;
}

async function deliver(store: ExportStore, make: () => Promise<OutFile>): Promise<void> {
  try {
    const f = await make();
    saveFile(f);
    store.notify({ key: "downloaded", detail: f.name });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    store.reject({ source: "file", issues: [{ path: "(file)", code: "export", zh: `无法生成文件：${why}`, en: `could not make the file: ${why}` }] });
  }
}

/** Downloads the current checked result (does nothing when there is none for the current revision). */
export async function exportResult(store: ExportStore, format: "xlsx" | "csv"): Promise<void> {
  const r = exportableResult(store.state);
  if (!r) return;
  const { scenario, locale } = store.state;
  await deliver(store, () => resultFile(scenario, r, format, locale));
}

/** Downloads the import template filled from the current scenario. */
export async function downloadTemplate(store: ExportStore, kind: TemplateKind): Promise<void> {
  const s = store.state.scenario;
  await deliver(store, () => templateFile(s, kind));
}
