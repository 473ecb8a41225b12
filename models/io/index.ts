export { columnLetter, columnIndex, cellRef, sheetRef, cellText, isEmptyCell, type Cell, type CellValue, type SpecialCell, type Row, type Table, type Workbook } from "./table.js";
export { decodeText, encodeUtf8Bom, textProblem, type DecodedText, type TextEncodingName } from "./decode.js";
export { parseCsv, detectSeparator, readCsv, type CsvRows, type CsvSeparator, type CsvTable } from "./csv.js";
export { tableToCsvText, tablesToCsv, type CsvFile } from "./csv-write.js";
export { looksLikeFormula, neutraliseText } from "./guard.js";
export { readXlsx, isZip } from "./xlsx-read.js";
export { tablesToXlsx, sheetNames } from "./xlsx-write.js";
export { isDateFormat, serialToIso } from "./xlsx-dates.js";
export {
  readText, readId, readNumber, readShare, readBoolean, readChoice, readCode, readResourceList, readCatchment, readDate,
  describeCell, type CellRead, type CellReader, type CellFail, type Message, type NumberRange,
} from "./cells.js";
export { readNumberText, parseNumberText, type NumberField, type NumberRead, type NumberProblem } from "./number-text.js";
export { ZONE_KIND_ZH, TIER_ZH, POPULATION_STATUS_ZH, RESOURCE_ZH, DEFAULT_RESOURCES, type ResourceName } from "./aliases.js";
export { matchHeader, templateFields, type Field, type SheetKind } from "./columns.js";
export {
  importSheet, findHeader, cellIssue, rowIssue, MAX_ISSUES,
  type SheetIssue, type SheetColumn, type ImportedRow, type SheetImport, type ImportOptions, type HeaderMatch,
} from "./sheet-import.js";
export { importZones, importFacilities, importTables, sheetKindOf, readSpreadsheet, MAX_TABLE_BYTES, type ZoneImport, type FacilityImport, type ScenarioImport } from "./import.js";
export { mergeImport, importIntoScenario, type MergeMode, type MergeOptions } from "./merge.js";
export { templateTables, templateCsv, templateXlsx, templateYears, TEMPLATE_SHEETS } from "./template.js";
export { resultToTables, roundTo, RESULT_SHEETS, type ExportOptions } from "./export.js";
export { scenarioToJson } from "./json.js";
export { readScenarioJson, readJsonFile, parseJsonText, MAX_SCENARIO_BYTES } from "./read-json.js";
