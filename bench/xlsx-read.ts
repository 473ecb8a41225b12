/**
 * `npx tsx bench/xlsx-read.ts`: time of `readXlsx` (models/io/xlsx-read.ts) on the bench workbooks —
 * the import template filled with generated scenarios of 400, 3,200 and 20,000 towns — and on crafted
 * files: an unclosed attribute quote followed by many `>` (issue 16.10: quadratic in the hand-written
 * reader), a sparse sheet reaching column XFD, a row bomb, wide rows and 3,000 sheets (issue 16.9). Median of
 * `--repeats` runs (default 5; crafted files once), and the heap growth of one read. Run it at two
 * commits to compare readers (docs/bad-input.md keeps the numbers).
 *
 * Flags: --repeats N  --quotes 1000,2000,4000,11000 (sizes of the crafted quote file, in `>`)  --only NAME
 */
import { zipSync, strToU8 } from "fflate";
import { generateScenario } from "../models/generate.js";
import { templateXlsx } from "../models/io/template.js";
import { parseScenario } from "../models/scenario/index.js";
import { readXlsx } from "../models/io/xlsx-read.js";

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const repeats = Number(arg("--repeats", "5"));
const only = arg("--only", "");

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook of sheets given as `<sheetData>` bodies (or whole worksheet XML when it starts with `<?xml`). */
export function workbook(bodies: readonly string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${bodies.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="${PKG}">${bodies.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`),
  };
  bodies.forEach((b, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(b.startsWith("<?xml") ? b : `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${b}</sheetData></worksheet>`);
  });
  return zipSync(files, { level: 9 });
}

function rowsOf(n: number, cell: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) out.push(`<row r="${i}">${cell(i)}</row>`);
  return out.join("");
}

const cases: [string, () => Uint8Array, number][] = [
  ...[400, 3200, 20000].map((towns): [string, () => Uint8Array, number] => [`template, ${towns} towns`, () => {
    const s = parseScenario(generateScenario({ towns, seed: 1 }));
    if (!s.ok) throw new Error("generated scenario does not validate");
    return templateXlsx(s.value);
  }, repeats]),
  ...arg("--quotes", "1000,2000,4000,11000").split(",").map(Number).map((n): [string, () => Uint8Array, number] =>
    [`unclosed quote + ${n} ">"`, () => workbook([`<row r="1"><c r="A1" t="str" x="${">".repeat(n)}<v>1</v></c></row>`]), 1]),
  ["sparse sheet to XFD (60,000 rows)", () => workbook([rowsOf(60_000, (i) => `<c r="XFD${i}"><v>1</v></c>`)]), 1],
  ["row bomb (1,048,576 rows of one cell)", () => workbook([Array.from({ length: 1_048_576 }, () => "<row><c><v>1</v></c></row>").join("")]), 1],
  ["wide rows (20,000 rows to column AMJ)", () => workbook([rowsOf(20_000, (i) => `<c r="AMJ${i}"><v>1</v></c>`)]), 1],
  ["3,000 sheets", () => workbook(Array.from({ length: 3000 }, () => '<row r="1"><c r="A1"><v>1</v></c></row>')), 1],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log("| workbook | file | outcome | read (median ms) | heap growth |");
console.log("|---|---|---|---|---|");
for (const [name, make, n] of cases) {
  if (only && !name.includes(only)) continue;
  const bytes = make();
  const times: number[] = [];
  let outcome = "";
  let heap = 0;
  for (let i = 0; i < n; i++) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const r = readXlsx(bytes);
    times.push(performance.now() - t0);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    outcome = r.ok ? `${r.value.sheets.length} sheet(s), ${r.value.sheets.reduce((a, s) => a + s.rows.length, 0)} rows` : `refused: ${r.issues[0]!.en.slice(0, 90)}`;
  }
  console.log(`| ${name} | ${(bytes.byteLength / 1024).toFixed(0)} KB | ${outcome} | ${median(times).toFixed(0)} | ${(heap / 1024 / 1024).toFixed(0)} MB |`);
}
