import { parseScenario } from "../../models/scenario/index.js";
import type { Label, Parsed, Scenario } from "../../models/index.js";
import threeTowns from "../../test/cases/three-towns.json" with { type: "json" };
import { emptyHistory } from "./history.js";
import type { Workspace } from "./types.js";

/** A scenario the app ships with: loaded (and validated) only when opened. */
export type CatalogEntry = { readonly key: string; readonly label: Label; readonly load: () => Promise<unknown> };

const files = import.meta.glob<unknown>("../../scenarios/*-20*.json", { import: "default" });
const lessonFiles = import.meta.glob<unknown>("../../scenarios/lessons/*.json", { import: "default" });

const REGION_NAMES: Readonly<Record<string, Label>> = {
  yanjiang: { zh: "资阳市雁江区", en: "Yanjiang District, Ziyang" },
  suining: { zh: "遂宁市", en: "Suining" },
  zigong: { zh: "自贡市", en: "Zigong" },
  dazhou: { zh: "达州市", en: "Dazhou" },
  rongchang: { zh: "重庆市荣昌区", en: "Rongchang District, Chongqing" },
};

/** Key of the built-in teaching example. */
export const EXAMPLE_KEY = "example:three-towns";
/** Key of the default scenario (Yanjiang 2025). */
export const DEFAULT_BUNDLED_KEY = "bundled:yanjiang-2025";

function labelOf(file: string): Label {
  const [region = file, year = ""] = file.split("-");
  const name = REGION_NAMES[region] ?? { zh: region, en: region };
  return { zh: `${name.zh} ${year}`.trim(), en: `${name.en} ${year}`.trim() };
}

/** The bundled scenarios (scenarios/*-20*.json, in file order) followed by the three-towns example. */
export const catalog: readonly CatalogEntry[] = [
  ...Object.keys(files)
    .sort()
    .map((path) => {
      const file = path.split("/").pop()!.replace(/\.json$/, "");
      return { key: `bundled:${file}`, label: labelOf(file), load: files[path]! };
    }),
  { key: EXAMPLE_KEY, label: { zh: "示例：三镇", en: "Example: three towns" }, load: () => Promise.resolve(threeTowns) },
];

/** Prefix of a bundled lesson's key: `lesson:<file>`. */
export const LESSON_PREFIX = "lesson:";

/**
 * The bundled lessons (scenarios/lessons/*.json, in file order), loaded only when listed or opened; the
 * label until then is the file name (opening one labels the workspace with the lesson's title).
 */
export const lessons: readonly CatalogEntry[] = Object.keys(lessonFiles)
  .sort()
  .map((path) => {
    const file = path.split("/").pop()!.replace(/\.json$/, "");
    return { key: `${LESSON_PREFIX}${file}`, label: { zh: `课程 ${file}`, en: `Lesson ${file}` }, load: lessonFiles[path]! };
  });

/** The scenario the app opens first: Yanjiang 2025 when bundled, else the three-towns example. */
export function defaultKey(): string {
  return catalog.some((e) => e.key === DEFAULT_BUNDLED_KEY) ? DEFAULT_BUNDLED_KEY : EXAMPLE_KEY;
}

/** A fresh workspace on a scenario. */
export function newWorkspace(key: string, label: Label, scenario: Scenario): Workspace {
  return { key, label, scenario, original: scenario, history: emptyHistory };
}

/** Loads and validates a catalog entry into a fresh workspace (issues when the bundled file is invalid). */
export async function openCatalogEntry(key: string): Promise<Parsed<Workspace>> {
  const entry = catalog.find((e) => e.key === key) ?? lessons.find((e) => e.key === key);
  if (!entry) return { ok: false, issues: [{ path: "(root)", code: "unknownScenario", zh: `没有名为 ${key} 的内置情景`, en: `no bundled scenario ${key}` }] };
  const parsed = parseScenario(await entry.load());
  if (!parsed.ok) return parsed;
  return { ok: true, value: newWorkspace(key, parsed.value.lesson?.title ?? entry.label, parsed.value) };
}
