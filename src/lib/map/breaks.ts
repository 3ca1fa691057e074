// Class breaks of the choropleth, and the colour of each class.
//
// Method: quantiles. The thresholds split the significant values into classes holding about the
// same number of territories, so the colours read as a ranking (lightest fifth, …, darkest fifth)
// whatever the distribution, and every colour of the legend is used. The values of every period
// are pooled before cutting, so that one colour means the same range in every period and a change
// of colour between two periods is a change of value, not of rank. Thresholds are then rounded to
// two significant digits (three or four if needed to keep them distinct) so the legend is readable.
// Non-significant values are left out: they are drawn hatched, not coloured.
import { sequentialScheme } from '../palette.ts';
import { roundSignificant } from '../format/numbers.ts';

export { roundSignificant };

export const DEFAULT_CLASS_COUNT = 5;

/** Quantile of sorted values at p in [0, 1], linear between order statistics (R's type 7, as d3). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantileSorted : aucune valeur');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}

/**
 * Thresholds t1 < … < tk−1 splitting `values` into at most `classes` quantile classes; a value v
 * belongs to class i when t_i ≤ v < t_{i+1}. Fewer thresholds when the values have few distinct
 * levels; none for fewer than two distinct values.
 */
export function quantileBreaks(values: readonly number[], classes = DEFAULT_CLASS_COUNT): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const raw: number[] = [];
  for (let i = 1; i < classes; i++) raw.push(quantileSorted(sorted, i / classes));
  // Thresholds equal to the minimum would leave the lowest class empty; ties collapse classes.
  const usable = (ts: number[]) => [...new Set(ts.filter((t) => t > min && t <= max))];
  for (const digits of [2, 3, 4]) {
    const rounded = usable(raw.map((t) => roundSignificant(t, digits)));
    if (rounded.length === usable(raw).length) return rounded;
  }
  return usable(raw.map((t) => roundSignificant(t, 6)));
}

/** Index of the class of `value` (0 = lowest). */
export function classIndex(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]!) i++;
  return i;
}

/**
 * `count` colours of the design system's sequential scheme, evenly spread from light to dark.
 * The scheme's lightest tint is left out while there are colours to spare: it is too close to the
 * page background and to the fill of territories without a result.
 */
export function classColours(count: number, palette: readonly string[] = sequentialScheme): string[] {
  const scheme = count < palette.length ? palette.slice(1) : palette;
  if (count <= 1) return [scheme[Math.floor(scheme.length / 2)]!];
  const last = scheme.length - 1;
  return Array.from({ length: count }, (_, i) => scheme[Math.round((i * last) / (count - 1))]!);
}

/** `x` > 0 rounded down to `digits` significant digits. */
export function floorSignificant(x: number, digits: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const power = Math.floor(Math.log10(x)) - digits + 1;
  const factor = 10 ** Math.abs(power);
  const floored = power >= 0 ? Math.floor(x / factor) * factor : Math.floor(x * factor) / factor;
  // Guard against 0.29999999 floored one step too low.
  const rounded = roundSignificant(x, digits);
  return rounded <= x ? rounded : floored;
}

/**
 * Reference values of the proportional-symbol legend: about the maximum, a quarter and a
 * sixteenth of it (circles of full, half and quarter radius), rounded down to one significant
 * digit so they read as round numbers and never exceed the largest circle drawn.
 */
export function symbolLegendValues(maxValue: number): number[] {
  if (!(maxValue > 0)) return [];
  const values = [maxValue, maxValue / 4, maxValue / 16].map((v) => floorSignificant(v, 1));
  return [...new Set(values)].filter((v) => v > 0);
}

/** Radius of a proportional symbol: its area is proportional to the value. */
export function symbolRadius(value: number, maxValue: number, maxRadius: number): number {
  if (!(value > 0) || !(maxValue > 0)) return 0;
  return maxRadius * Math.sqrt(Math.min(value, maxValue) / maxValue);
}
