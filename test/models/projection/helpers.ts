import { formatIssue, type Parsed } from "../../../models/issues.js";
import type { Zone } from "../../../models/scenario/zone.js";

/** A zone for a test: id, population by year, and any other fields. */
export function zone(id: string, population: Record<string, number>, rest: Partial<Zone> = {}): Zone {
  return { id, name: { zh: id, en: id }, kind: "town", population, ...rest };
}

/** The value of a successful outcome; a failure is a mistake in the test. */
export function valueOf<T>(r: Parsed<T>): T {
  if (!r.ok) throw new Error(`unexpected issues: ${r.issues.map((i) => formatIssue(i, "en")).join("; ")}`);
  return r.value;
}

/** Each issue of a failed outcome as `path: zh / en`; [] for a success. */
export function issuesOf(r: Parsed<unknown>): string[] {
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.zh} / ${i.en}`);
}

/** Populations of a projection as `{zone: {year: figure}}`, for compact assertions. */
export function populations(r: { zones: readonly { id: string; population: Readonly<Record<string, number>> }[] }): Record<string, Record<string, number>> {
  return Object.fromEntries(r.zones.map((z) => [z.id, { ...z.population }]));
}

/** Freezes a value and everything in it, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
