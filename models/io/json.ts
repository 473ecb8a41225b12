import type { z } from "zod";
import { ScenarioSchema, type Scenario } from "../scenario/index.js";

/** The parts of a zod v4 schema definition the key ordering walks. */
type Def = {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
};

const defOf = (schema: z.ZodType | undefined): Def | undefined => (schema as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** Field order of an object schema, options of a union merged in order. */
function shapeOf(def: Def): Readonly<Record<string, z.ZodType>> | undefined {
  if (def.type === "object") return def.shape;
  if (def.type !== "union") return undefined;
  const merged: Record<string, z.ZodType> = {};
  for (const option of def.options ?? []) Object.assign(merged, shapeOf(defOf(option) ?? { type: "" }) ?? {});
  return merged;
}

const compareKeys = (a: string, b: string) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0);

/** A copy of a value with object keys in schema order (unknown keys after, sorted) and record keys sorted. */
function ordered(value: unknown, schema: z.ZodType | undefined): unknown {
  let def = defOf(schema);
  while (def && (WRAPPERS.has(def.type) || def.type === "pipe")) def = defOf(def.innerType ?? def.in);
  if (Array.isArray(value)) return value.map((v) => ordered(v, def?.type === "array" ? def.element : undefined));
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const shape = def ? shapeOf(def) : undefined;
  const known = shape ? Object.keys(shape).filter((k) => k in obj) : [];
  const rest = Object.keys(obj).filter((k) => !known.includes(k)).sort(compareKeys);
  const child = (k: string) => shape?.[k] ?? (def?.type === "record" ? def.valueType : undefined);
  return Object.fromEntries([...known, ...rest].filter((k) => obj[k] !== undefined).map((k) => [k, ordered(obj[k], child(k))]));
}

/**
 * A scenario as pretty JSON (2-space indent, final newline) with a stable key order: object fields in
 * the order of the zod schema (`version`, `region`, `zones`, …; in a zone `id`, `name`, `kind`, …),
 * record keys sorted (years ascending, resource ids alphabetically). Equal scenarios give equal text,
 * however their objects were built; the text parses back with `parseScenario`.
 */
export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify(ordered(scenario, ScenarioSchema), null, 2)}\n`;
}
