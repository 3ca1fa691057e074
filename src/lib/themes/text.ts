// Words and numbers of the thematic articles: quantities rounded for prose, estimates with their
// interval or « estimation trop imprécise », comparisons that respect the intervals, and the small French
// grammar the sentences need (lists, ordinals, years). Every sentence generator of the themes
// uses these, so a figure reads the same on every page.
import { compare, isShown, type Estimate } from '../factsheet/estimate.ts';
import { NNBSP, NON_SIGNIFICANT, formatInteger } from '../format/numbers.ts';
import { list, percent, quantity as proseQuantity, round3 } from '../format/prose.ts';

export { list, percent, round3 };

export { NNBSP };
import { plainValue, speciesWithArticle, valueWithInterval } from '../factsheet/sentences.ts';



/** A count in full: 2574 → « 2 574 ». */
export function count(n: number): string {
  return formatInteger(n);
}

/** Hectares for prose: « 61 400 ha ». */
export function hectares(x: number): string {
  return `${round3(x)}${NNBSP}ha`;
}

/** A volume in m³ for prose, with millions: « 38,1 millions de m³ ». */
export function cubicMetres(x: number, perYear = false): string {
  return amount(x, perYear ? 'm³/an' : 'm³');
}

/** A quantity with its unit, rounded for prose: « 16,9 millions d’hectares », « 186 m³/ha ». */
export function quantity(x: number, unit: string): string {
  return proseQuantity(x, unit);
}

const amount = proseQuantity;

/** An estimate as prose prints it: « 30,8 % (entre 30,5 et 31,1 %) », or « estimation trop imprécise ». */
export const withInterval = valueWithInterval;

/** An estimate's value alone: « 30,8 % », or « estimation trop imprécise ». */
export const value = plainValue;

/** « 2015–2019 » from « 2015-2019 ». */
export function period(p: string): string {
  return p.replace('-', '–');
}


/** « du hêtre », « de l’épicéa commun », « de la bourdaine », from a species name. */
export function ofSpecies(name: string): string {
  const withArticle = speciesWithArticle(name);
  return withArticle.startsWith('le ') ? `du ${withArticle.slice(3)}` : `de ${withArticle}`;
}

/** Capital first letter (territories/grammar.ts). */
export { capitalise } from '../territories/grammar.ts';

/**
 * How an estimate changed between two windows, said only when the intervals do not overlap:
 * « a augmenté », « a diminué », « n’a pas varié de façon significative », or « ne peut pas être comparé ».
 */
export function change(before: Estimate | undefined, after: Estimate | undefined): 'hausse' | 'baisse' | 'stable' | 'inconnu' {
  switch (compare(after, before)) {
    case 'higher':
      return 'hausse';
    case 'lower':
      return 'baisse';
    case 'similar':
      return 'stable';
    default:
      return 'inconnu';
  }
}

/** The significant estimates among `rows`, largest value first. */
export function ranked<T extends Estimate>(rows: readonly T[]): (T & { value: number; lower: number; upper: number })[] {
  return (rows.filter((r) => isShown(r)) as (T & { value: number; lower: number; upper: number })[]).sort((a, b) => b.value - a.value);
}

/** The others of a ranking whose interval overlaps the first's: those it cannot be told from. */
export function tiedWithFirst<T extends Estimate>(ranking: readonly T[]): T[] {
  const top = ranking[0];
  return top ? ranking.slice(1).filter((x) => compare(top, x) === 'similar') : [];
}

/**
 * The first of a ranking (highest first; pass it reversed for the lowest), named with its value, and
 * — when its interval overlaps theirs — the ones it cannot be told from: « les Landes (64 %), à
 * égalité statistique avec le Var (61 %) ». A superlative is only said as far as the intervals allow.
 * `tiedName` names the others when the leader's name does not fit after « avec » (« en Corse »).
 */
export function leader<T extends Estimate>(
  ranking: readonly T[],
  opts: { name: (x: T) => string; tiedName?: (x: T) => string; others: string },
): string {
  const top = ranking[0];
  if (!isShown(top)) return NON_SIGNIFICANT;
  const tied = tiedWithFirst(ranking);
  const head = `${opts.name(top)} (${value(top)})`;
  if (tied.length === 0) return head;
  const tiedName = opts.tiedName ?? opts.name;
  // Two are named with their value, up to five by name only; beyond, the sentence would drown.
  const names =
    tied.length <= 2 ? list(tied.map((x) => `${tiedName(x)} (${value(x)})`))
    : tied.length <= 5 ? list(tied.map(tiedName))
    : `${count(tied.length)} autres ${opts.others}`;
  return `${head}, à égalité statistique avec ${names}`;
}
