// French number formatting shared by every page: numbers, percentages, large quantities in
// millions / milliards, 95 % intervals, and estimates that print « trop peu de placettes » instead
// of a number when the significance rule says so. Intl.NumberFormat('fr-FR') throughout.
import { CALIBRATION_TOTAL, isWithoutSpread } from './factsheet/quantities.ts';

/** Narrow no-break space: French typography before units and %, and Intl's group separator. */
export const NNBSP = '\u202f';
/**
 * What every page, chart, table and CSV prints instead of a figure below the significance rule
 * (the rule is explained at /methodologie/#significativite). One wording everywhere: « non
 * significatif » read as « no significant change » in the articles.
 */
export const NON_SIGNIFICANT = 'trop peu de placettes';

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

export interface Scale {
  factor: number;
  /** Word placed before the unit: « millions », « milliards » ; empty for none. */
  word: string;
}

/** Scale for large quantities: ≥ 1 milliard → milliards, ≥ 1 million → millions, else none. */
export function chooseScale(x: number): Scale {
  const a = Math.abs(x);
  if (a >= 1e9) return { factor: 1e9, word: 'milliards' };
  if (a >= 1e6) return { factor: 1e6, word: 'millions' };
  return { factor: 1, word: '' };
}

/**
 * The unit as printed after a narrow no-break space. With a scale, « millions d’hectares »,
 * « milliards de m³ »; the word is singular below 2 (« 1,5 milliard »), as French wants.
 */
function withUnit(number: string, unit: string, scale: Scale, scaled: number): string {
  if (!scale.word) return unit ? `${number}${NNBSP}${unit}` : number;
  const word = Math.abs(scaled) < 2 ? scale.word.replace(/s$/, '') : scale.word;
  if (!unit) return `${number}${NNBSP}${word}`;
  // « 16,9 millions d’hectares » reads better than « 16,9 millions ha »
  return `${number}${NNBSP}${word} ${unit === 'ha' ? 'd’hectares' : `de ${unit}`}`;
}

export interface QuantityOptions extends NumberOptions {
  /** Force a scale (to print several values on the same one); default: chosen from the value. */
  scale?: Scale;
}

/** 16.9e6 ha → « 16,9 millions d’hectares » ; 185.7 m³/ha → « 186 m³/ha » ; 30.8 % → « 30,8 % ». */
export function formatQuantity(x: number | null | undefined, unit: string, opts: QuantityOptions = {}): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const scale = opts.scale ?? (unit.startsWith('%') ? { factor: 1, word: '' } : chooseScale(x));
  const v = x / scale.factor;
  const decimals = opts.decimals ?? autoDecimals(v);
  return withUnit(formatNumber(v, { decimals }), unit, scale, v);
}

/**
 * A 95 % interval on the value's scale: « 16,7 à 17,1 millions d’hectares ». Bounds use the
 * decimals of the value (or more if they would print equal).
 */
export function formatInterval(
  lower: number | null | undefined,
  upper: number | null | undefined,
  unit = '',
  opts: QuantityOptions & { value?: number | null } = {},
): string {
  if (lower === null || lower === undefined || upper === null || upper === undefined) return '–';
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return '–';
  const ref = opts.value ?? upper;
  const scale = opts.scale ?? (unit.startsWith('%') ? { factor: 1, word: '' } : chooseScale(ref));
  let decimals = opts.decimals ?? autoDecimals(ref / scale.factor);
  const fmt = (x: number, d: number) => formatNumber(x / scale.factor, { decimals: d });
  while (decimals < 4 && fmt(lower, decimals) === fmt(upper, decimals) && lower !== upper) decimals++;
  return withUnit(`${fmt(lower, decimals)} à ${fmt(upper, decimals)}`, unit, scale, upper / scale.factor);
}

/** The fields of an estimate that formatting needs (a row of resultats.parquet fits). */
export interface EstimateLike {
  value: number | null;
  lower: number | null;
  upper: number | null;
  unit: string;
  significant: boolean;
}

export interface FormattedEstimate {
  /** « 16,9 millions d’hectares », or « non significatif ». */
  value: string;
  /** « intervalle de confiance à 95 % : 16,7 à 17,1 millions d’hectares », or '' when not significant. */
  interval: string;
  significant: boolean;
}

/** An estimate as pages print it; never a number when it is not significant. */
export function formatEstimate(e: EstimateLike, opts: NumberOptions = {}): FormattedEstimate {
  if (!e.significant || e.value === null) return { value: NON_SIGNIFICANT, interval: '', significant: false };
  const scale = e.unit.startsWith('%') ? { factor: 1, word: '' } : chooseScale(e.value);
  const decimals = opts.decimals ?? autoDecimals(e.value / scale.factor);
  const value = formatQuantity(e.value, e.unit, { scale, decimals });
  if (e.lower !== null && e.upper !== null && isWithoutSpread(e.lower, e.upper)) return { value, interval: CALIBRATION_TOTAL, significant: true };
  return {
    value,
    interval: `intervalle de confiance à 95${NNBSP}% : ${formatInterval(e.lower, e.upper, e.unit, { scale, decimals, value: e.value })}`,
    significant: true,
  };
}

/** « ± 1,2 % »: half-width of the interval relative to the value, for tables. */
export function formatRelativeHalfWidth(e: EstimateLike): string {
  if (e.value === null || e.value === 0 || e.lower === null || e.upper === null) return '–';
  const rel = ((e.upper - e.lower) / 2 / Math.abs(e.value)) * 100;
  return `±${NNBSP}${formatNumber(rel, { decimals: rel < 10 ? 1 : 0 })}${NNBSP}%`;
}
