// Numbers for tables, chart axes and downloads, French style (Intl.NumberFormat('fr-FR'), the only
// place that calls it): grouping with a narrow no-break space, decimal comma, one rounding rule per
// kind of cell, and « estimation trop imprécise » where the significance rule hides a value. Prose
// quantities (« 16,9 millions d’hectares ») are in ./prose.ts and use these numbers.
import type { ResultRow } from '../estimation/types.ts';

/** Narrow no-break space: French typography before units and %, and Intl's group separator. */
export const NNBSP = '\u202f';
/**
 * What every page, chart, table and CSV prints instead of a figure below the significance rule
 * (the rule is explained at /methodologie/#significativite). One wording everywhere: « non
 * significatif » read as « no significant change » in the articles.
 */
export const NON_SIGNIFICANT = 'estimation trop imprécise';
/** Why the rule hides a figure, for sentences and legends (the two conditions of the rule). */
export const NOT_SHOWN_WHY = 'trop peu de placettes ou intervalle de confiance trop large';

const formatters = new Map<string, Intl.NumberFormat>();
function nf(min: number, max: number): Intl.NumberFormat {
  const key = `${min}-${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f;
}

/** `x` with exactly `decimals` decimals, French style: fixed(4.256, 1) → « 4,3 ». */
export function fixed(x: number, decimals: number): string {
  return nf(decimals, decimals).format(x);
}

/** `x` with at most `decimals` decimals, trailing zeros dropped: for axis ticks (« 0,5 », « 1 »). */
export function upTo(x: number, decimals: number): string {
  return nf(0, decimals).format(x);
}

const significantFormatters = new Map<number, Intl.NumberFormat>();
/** `x` with at most `digits` significant digits: signif(1234.5, 3) → « 1 230 ». */
export function signif(x: number, digits: number): string {
  let f = significantFormatters.get(digits);
  if (!f) significantFormatters.set(digits, (f = new Intl.NumberFormat('fr-FR', { maximumSignificantDigits: digits })));
  return f.format(x);
}

/** `x` rounded to `digits` significant digits: 61 424 → 61 400, 0.03456 → 0.035. */
export function roundSignificant(x: number, digits = 3): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const power = Math.floor(Math.log10(Math.abs(x))) - digits + 1;
  const factor = 10 ** Math.abs(power);
  // Dividing or multiplying by an exact power of ten avoids 0.1 * 3 = 0.30000000000000004.
  return power >= 0 ? Math.round(x / factor) * factor : Math.round(x * factor) / factor;
}

/** Decimals that keep about three significant digits (at least 0, at most 2 for |x| ≥ 0.01). */
export function autoDecimals(x: number): number {
  const a = Math.abs(x);
  if (a >= 100 || a === 0) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  if (a >= 0.01) return 2;
  return Math.min(6, 1 - Math.floor(Math.log10(a)));
}

export interface NumberOptions {
  /** Fixed number of decimals; by default about three significant digits. */
  decimals?: number;
}

/** 1234567.8 → « 1 234 568 » ; 30.79 → « 30,8 » ; 5.834 → « 5,83 ». Dash for null/NaN. */
export function formatNumber(x: number | null | undefined, opts: NumberOptions = {}): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const d = opts.decimals ?? autoDecimals(x);
  const s = nf(d, d).format(x);
  // A tiny negative value rounded to zero prints without its sign
  return /^[-\u2212]0(,0+)?$/.test(s) ? s.slice(1) : s;
}

/** Whole number with French grouping: 27333 → « 27 333 ». */
export function formatInteger(n: number | null | undefined): string {
  return formatNumber(n === null || n === undefined ? n : Math.round(n), { decimals: 0 });
}

/** A value already in percent: 30.79 → « 30,8 % ». */
export function formatPercent(x: number | null | undefined, decimals = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return `${formatNumber(x, { decimals })}${NNBSP}%`;
}

/** A relative gap as a signed percentage with a true minus sign: 0.083 → « +8,3 % », −0.41 → « −41,0 % ». */
export function signedPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '–';
  const sign = ratio >= 0.0005 ? '+' : ratio <= -0.0005 ? '−' : '';
  return `${sign}${formatPercent(Math.abs(ratio) * 100, 1)}`;
}

/** The fields of an estimate that formatting needs (a row of resultats.parquet fits). */
export interface EstimateLike {
  value: number | null;
  lower: number | null;
  upper: number | null;
  unit: string;
  significant: boolean;
}

/** Whether an interval has no width (a calibration total): bounds equal to the last bits. */
export function isWithoutSpread(lower: number, upper: number): boolean {
  return Math.abs(upper - lower) <= 1e-9 * Math.max(1, Math.abs(upper));
}

// ---- Table cells: more precision than prose, the unit in the column header.

/** Decimals shown in tables: none for large totals, one for shares and per-hectare values. */
export function tableDigits(value: number, unit: string): number {
  if (unit === '%/an') return 2;
  // Thresholds after rounding: 99,97 prints « 100 », not « 100,0 » (four digits).
  return Math.abs(value) >= 99.95 ? 0 : 1;
}

export function formatCell(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return fixed(value, tableDigits(value, unit));
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

/**
 * What a bound cell says when the interval has no width: a région's or France's forest area, and
 * the rates computed from it, are IGN's published figures (the calibration totals), not estimated
 * here. Printing « 30,9 | 30,9 | 30,9 » would read as a bug.
 */
export const NO_SPREAD_CELL = 'sans intervalle';

/** [estimate, lower, upper] cells of a result row, or « estimation trop imprécise » with empty bounds. */
export function estimateCells(row: Pick<ResultRow, 'value' | 'lower' | 'upper' | 'unit' | 'significant'> | undefined): [string, string, string] {
  if (!row || !row.significant || row.value === null) return [NON_SIGNIFICANT, '–', '–'];
  const cell = (x: number | null) => formatEstimateCell(x, row.value!, row.lower, row.upper, row.unit);
  if (row.lower !== null && row.upper !== null && isWithoutSpread(row.lower, row.upper)) return [cell(row.value), NO_SPREAD_CELL, NO_SPREAD_CELL];
  return [cell(row.value), cell(row.lower), cell(row.upper)];
}

/** Label formatter for charts of a unit: three significant digits at most for large values. */
export function chartFormatter(unit: string): (value: number) => string {
  return (value) => (Math.abs(value) >= 1000 ? formatEstimateCell(value, value, null, null, unit) : formatCell(value, unit));
}
