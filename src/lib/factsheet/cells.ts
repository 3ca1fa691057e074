// Table cells of the factsheets: French numbers with the precision a table reader expects
// (more than the rounded prose), and « trop peu de placettes » where the rule hides the value.
import { NON_SIGNIFICANT } from '../format.ts';
import type { ResultRow } from '../estimation/types.ts';
import { isWithoutSpread } from './quantities.ts';

const formatters = new Map<number, Intl.NumberFormat>();
function nf(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f;
}

/** Decimals shown in tables: none for large totals, one for shares and per-hectare values. */
export function tableDigits(value: number, unit: string): number {
  if (unit === '%/an') return 2;
  if (Math.abs(value) >= 1000) return 0;
  return Math.abs(value) >= 100 ? 0 : 1;
}

export function formatCell(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return nf(tableDigits(value, unit)).format(value);
}

/**
 * The rounding step an estimate's interval supports: three significant digits of the value, or a
 * finer step when the interval is narrower than that (one significant digit of its half-width).
 * Only values of 1 000 and more are concerned: smaller ones already show three digits at most.
 */
export function supportedStep(value: number, lower: number | null, upper: number | null): number {
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  let step = 10 ** (magnitude - 2);
  // A calibration total (a région's published area) has no spread: three digits, like any other.
  const halfWidth = lower !== null && upper !== null && !isWithoutSpread(lower, upper) ? (upper - lower) / 2 : 0;
  if (halfWidth > 0 && halfWidth < step) step = Math.max(1, 10 ** Math.floor(Math.log10(halfWidth)));
  return step;
}

/** A table cell of an estimate rounded to what its interval supports (32 673 732 → 32 700 000). */
export function formatEstimateCell(x: number | null, value: number, lower: number | null, upper: number | null, unit: string): string {
  if (x === null || !Number.isFinite(x) || Math.abs(value) < 1000) return formatCell(x, unit);
  const step = supportedStep(value, lower, upper);
  return formatCell(Math.round(x / step) * step, unit);
}

/** [estimate, lower, upper] cells of a result row, or « trop peu de placettes » with empty bounds. */
export function estimateCells(row: ResultRow | undefined): [string, string, string] {
  if (!row || !row.significant || row.value === null) return [NON_SIGNIFICANT, '–', '–'];
  const cell = (x: number | null) => formatEstimateCell(x, row.value!, row.lower, row.upper, row.unit);
  return [cell(row.value), cell(row.lower), cell(row.upper)];
}

/** Label formatter for charts of a unit: three significant digits at most for large values. */
export function chartFormatter(unit: string): (value: number) => string {
  return (value) => (Math.abs(value) >= 1000 ? formatEstimateCell(value, value, null, null, unit) : formatCell(value, unit));
}
