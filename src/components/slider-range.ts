/** A slider's bounds and step for a value whose reference (plan or original) figure is `reference`. */
export type SliderRange = { readonly min: number; readonly max: number; readonly step: number };

function niceStep(span: number): number {
  const raw = span / 200;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/**
 * From 0 to twice the reference (or 1.25 × the current value when that is larger), in about 200 nice
 * steps, so a budget can be cut or doubled and a ratio halved or doubled by dragging.
 */
export function sliderRange(reference: number, current: number): SliderRange {
  const top = Math.max(reference * 2, current * 1.25, 1e-9);
  const step = niceStep(top);
  const max = Math.ceil(top / step) * step;
  return { min: 0, max: Number(max.toPrecision(12)), step: Number(step.toPrecision(12)) };
}
