/** Summary of a sample: mean and the 5th, 50th and 95th percentiles. */
export type Spread = { readonly mean: number; readonly p5: number; readonly p50: number; readonly p95: number };

/**
 * The p-quantile of a sorted sample by linear interpolation between order statistics
 * (Hyndman–Fan type 7, the default of R and NumPy): h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The p-quantile of an unsorted sample (the input is not changed). */
export function quantile(values: ArrayLike<number>, p: number): number {
  return quantileSorted(Float64Array.from(values).sort(), p);
}

/** Mean, p5, p50 and p95 of a sample. */
export function spreadOf(values: ArrayLike<number>): Spread {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return { mean: sorted.length ? sum / sorted.length : Number.NaN, p5: quantileSorted(sorted, 0.05), p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95) };
}

/** `a ≤ b` with the model's tolerance (docs/model.md): a − b ≤ 1e-6 × max(1, |a|, |b|). */
export function atMost(a: number, b: number): boolean {
  return a - b <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The smallest sample value v with (count of values ≤ v) / n ≥ α (the inverse of the empirical
 * distribution, Hyndman–Fan type 1): x[⌈αn⌉ − 1] of the sorted sample. Supply at least this meets the
 * need in at least a share α of the draws — the exact sample form of a chance constraint.
 */
export function empiricalQuantile(values: ArrayLike<number>, alpha: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(alpha * sorted.length - 1e-9) - 1))]!;
}

/** The standard normal distribution function Φ(x) (Abramowitz & Stegun 7.1.26 for erf; error below 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The u-quantile of the triangular distribution on [low, high] with mode `mode`. */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
  if (high <= low) return mode;
  const f = (mode - low) / (high - low);
  return u < f ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}
