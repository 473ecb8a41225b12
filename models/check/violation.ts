/** What a violation is about: the family of the rule or figure that does not hold. */
export type ViolationKind =
  | "structure"
  | "figure"
  | "coverage"
  | "binding"
  | "budget"
  | "limit"
  | "noGrowth"
  | "integrality"
  | "ratio"
  | "siting"
  | "objective";

/**
 * One thing the checker found wrong with an allocation result, named by `ref`
 * (`"coverage bedsPer1000/A"`, `"allocation hcA/beds"`, `"budget capital 2025"`) and described in both
 * languages. `expected` is the recomputed or allowed value, `actual` what the result gives.
 */
export type Violation = {
  readonly kind: ViolationKind;
  readonly ref: string;
  readonly zh: string;
  readonly en: string;
  readonly expected?: number;
  readonly actual?: number;
};

/** Relative tolerance of every comparison (docs/model.md). */
export const TOLERANCE = 1e-6;

/** `a` and `b` agree: `|a − b| ≤ 1e-6 × max(1, |a|, |b|)` (false for NaN). */
export function agree(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `a ≤ b` within tolerance: `a − b ≤ 1e-6 × max(1, |a|, |b|)` (false for NaN). */
export function atMost(a: number, b: number): boolean {
  return a - b <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `x` is a whole number within `1e-6`. */
export function isWhole(x: number): boolean {
  return Math.abs(x - Math.round(x)) <= TOLERANCE;
}

/** Prints a number for a message: at most 4 decimals, more significant digits below 1. */
export function fmt(x: number | undefined): string {
  if (x === undefined) return "—";
  if (!Number.isFinite(x)) return String(x);
  const v = Math.abs(x) >= 1 || x === 0 ? Number(x.toFixed(4)) : Number(x.toPrecision(4));
  return String(Object.is(v, -0) ? 0 : v);
}

/** Builds a violation; `expected` and `actual` are set only when given. */
export function violation(
  kind: ViolationKind,
  ref: string,
  zh: string,
  en: string,
  expected?: number,
  actual?: number,
): Violation {
  return {
    kind,
    ref,
    zh,
    en,
    ...(expected === undefined ? {} : { expected }),
    ...(actual === undefined ? {} : { actual }),
  };
}
