// Quantities written for readers of French prose: « 16,9 millions d’hectares », « 487 000 ha »,
// « 30,8 % », « 186 m³/ha », « 2,43 millions de m³ par an », and intervals « entre 2,21 et 2,65
// millions de m³ » on one scale, with more digits when the bounds would otherwise print equal.
// Rounded to about three significant digits, what the sampling supports; tables keep more
// (./numbers.ts). Shared by the factsheets, the map, the articles and the explorer, so a figure
// reads the same everywhere.
import { NNBSP, NON_SIGNIFICANT, NO_SPREAD_CELL, fixed, formatInteger, isWithoutSpread, roundSignificant, type EstimateLike } from './numbers.ts';

export { NNBSP, NON_SIGNIFICANT, isWithoutSpread, roundSignificant, type EstimateLike };


/** Units whose large values read better in millions or billions. */
const COUNTABLE = new Set(['ha', 'm³', 'm³/an', 'tC', 't CO₂e']);
/** [after a plain number, after « millions »] */
const UNIT_WORDS: Record<string, [string, string]> = {
  ha: ['ha', 'd’hectares'],
  'm³': ['m³', 'de m³'],
  'm³/an': ['m³ par an', 'de m³ par an'],
  tC: ['tonnes de carbone', 'de tonnes de carbone'],
  't CO₂e': ['tonnes d’équivalent CO₂', 'de tonnes d’équivalent CO₂'],
  'tC/ha': ['tonnes de carbone par hectare', 'tonnes de carbone par hectare'],
  'm³/ha/an': ['m³/ha par an', 'm³/ha par an'],
  '%/an': ['% par an', '% par an'],
};

interface WordScale { div: number; singular: string; plural: string }
const NONE: WordScale = { div: 1, singular: '', plural: '' };

function scaleOf(x: number, unit: string): WordScale {
  if (!COUNTABLE.has(unit)) return NONE;
  const a = Math.abs(x);
  if (a >= 1e9) return { div: 1e9, singular: 'milliard', plural: 'milliards' };
  if (a >= 1e6) return { div: 1e6, singular: 'million', plural: 'millions' };
  return NONE;
}

/**
 * Decimals of a scaled number: percentages with one decimal, annual rates with two (they are
 * below 1,5 % a year), other quantities with three significant digits.
 */
function decimalsOf(scaled: number, unit: string): number {
  if (unit === '%') return 1;
  if (unit === '%/an') return 2;
  const a = Math.abs(scaled);
  // Thresholds after rounding: 99,97 prints « 100 », not « 100,0 » (four digits).
  return a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2;
}

/** A number of the scale; plain large numbers (487 312 ha) rounded to `significant` digits. */
function digits(x: number, scale: WordScale, decimals: number, significant: number): string {
  const scaled = x / scale.div;
  if (decimals === 0 && scale === NONE && Math.abs(scaled) >= 1000) return fixed(roundSignificant(scaled, significant), 0);
  return fixed(scaled, decimals);
}

function words(unit: string, scale: WordScale, reference: number): string {
  const entry = UNIT_WORDS[unit];
  const scaledWord = scale === NONE ? '' : `${NNBSP}${Math.abs(reference / scale.div) >= 2 ? scale.plural : scale.singular}`;
  if (unit === 'essences') return `${scaledWord}${NNBSP}${Math.abs(reference) >= 2 ? 'essences' : 'essence'}`;
  if (unit === '%') return `${NNBSP}%`;
  const unitWords = entry ? entry[scale === NONE ? 0 : 1] : unit;
  // French puts the noun in the plural from two: « 1,42 tonne de carbone par hectare ».
  const agreed = scale === NONE && Math.abs(reference) < 2 ? unitWords.replace(/^tonnes/, 'tonne') : unitWords;
  return `${scaledWord}${NNBSP}${agreed}`;
}

/** A number that is not an estimate (a count, a sum of fires), three significant digits: 61 424 → « 61 400 ». */
export function round3(x: number): string {
  const r = roundSignificant(x, 3);
  const digits = Math.abs(r) >= 100 ? 0 : Math.abs(r) >= 10 ? 1 : 2;
  return fixed(r, digits).replace(/,0+$/, '');
}

/** A share that is not an estimate, for prose: 74.3 → « 74 % », 5.4 → « 5,4 % », 0.48 → « 0,5 % ». */
export function percent(x: number): string {
  const digits = Math.abs(x) >= 10 ? 0 : 1;
  return `${fixed(x, digits).replace(/,0$/, '')}${NNBSP}%`;
}

/** « a », « a et b », « a, b et c ». */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** A count and its noun, agreed as French wants it (plural from two): « 1 feu », « 12 feux ». */
export function countOf(n: number, singular: string, plural: string): string {
  return `${formatInteger(n)} ${Math.abs(n) >= 2 ? plural : singular}`;
}

/** A value with its unit for a sentence: « 16,9 millions d’hectares », « 30,8 % », « 186 m³/ha ». */
export function quantity(value: number, unit: string): string {
  const scale = scaleOf(value, unit);
  return `${digits(value, scale, decimalsOf(value / scale.div, unit), 3)}${words(unit, scale, value)}`;
}

/**
 * What replaces the interval of a figure that has none: a région's or France's forest area is
 * IGN's published one by construction (the weights are calibrated on it, see the methodology).
 */
export const CALIBRATION_TOTAL = 'd’après la surface publiée par l’IGN, sur laquelle les estimations sont calées : sans intervalle propre';

/**
 * The bounds of an interval on the scale of `reference`, each with about three significant digits
 * of its own, as in the tables (« entre 66,5 et 101 m³/ha », not « entre 67 et 101 » beside a
 * table cell of 66,5), with more digits until they print apart.
 */
function bounds(lower: number, upper: number, unit: string, reference: number): { low: string; high: string; unitWords: string } {
  const scale = scaleOf(reference, unit);
  let extra = 0;
  let significant = 3;
  const show = (x: number) => digits(x, scale, decimalsOf(x / scale.div, unit) + extra, significant);
  while ((extra < 4 || significant < 6) && show(lower) === show(upper) && lower !== upper) {
    if (scale === NONE && Math.abs(reference) >= 1000 && significant < 6) significant++;
    else extra++;
  }
  return { low: show(lower), high: show(upper), unitWords: words(unit, scale, upper) };
}

/**
 * An interval for a sentence, on the scale of `reference` (the estimate, by default the upper
 * bound): « entre 30,5 et 31,1 % », « entre 2,21 et 2,65 millions de m³ ».
 */
export function quantityRange(lower: number, upper: number, unit: string, reference = upper): string {
  if (isWithoutSpread(lower, upper)) return CALIBRATION_TOTAL;
  const b = bounds(lower, upper, unit, reference);
  return `entre ${b.low} et ${b.high}${b.unitWords}`;
}

/** What a table cell says for an interval without width (a calibration total). */
export const CALIBRATION_CELL = `${NO_SPREAD_CELL} : surface publiée par l’IGN`;

/**
 * The same interval for a table cell or after a colon: « 16,7 à 17,1 millions d’hectares »; a dash
 * when a bound is missing.
 */
export function quantityBounds(lower: number | null | undefined, upper: number | null | undefined, unit: string, reference?: number | null): string {
  if (lower === null || lower === undefined || upper === null || upper === undefined || !Number.isFinite(lower) || !Number.isFinite(upper)) return '–';
  if (isWithoutSpread(lower, upper)) return CALIBRATION_CELL;
  const b = bounds(lower, upper, unit, reference ?? upper);
  return `${b.low} à ${b.high}${b.unitWords}`;
}

/**
 * The scale of an axis whose values reach `max`: divide by `div` and name the unit `label`
 * (« millions d’hectares », « m³/ha »), so ticks read 0, 5, 10 rather than 10 000 000.
 */
export function axisUnit(max: number, unit: string): { div: number; label: string } {
  const scale = scaleOf(max, unit);
  return { div: scale.div, label: words(unit, scale, 2 * scale.div).replaceAll(NNBSP, ' ').trim() };
}

export interface FormattedEstimate {
  /** « 16,9 millions d’hectares », or « estimation trop imprécise ». */
  value: string;
  /** « intervalle de confiance à 95 % : 16,7 à 17,1 millions d’hectares », or '' when not significant. */
  interval: string;
  significant: boolean;
}

/** An estimate as pages print it, by the prose rules; never a number when it is not significant. */
export function formatEstimate(e: EstimateLike): FormattedEstimate {
  if (!e.significant || e.value === null) return { value: NON_SIGNIFICANT, interval: '', significant: false };
  const value = quantity(e.value, e.unit);
  if (e.lower !== null && e.upper !== null && isWithoutSpread(e.lower, e.upper)) return { value, interval: CALIBRATION_TOTAL, significant: true };
  return { value, interval: `intervalle de confiance à 95${NNBSP}% : ${quantityBounds(e.lower, e.upper, e.unit, e.value)}`, significant: true };
}
