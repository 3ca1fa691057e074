// The commented figures that open each section of a factsheet, generated from the estimates in
// correct French. They respect uncertainty: a territory is said to be above or below France only
// when the 95 % intervals do not overlap, and a non-significant figure is never printed as a number.
import { agree, capitalise, levelNames, nameWithArticle, ofName, type NamedTerritory } from '../territories/grammar.ts';
import { compare, isShown, type Estimate } from './estimate.ts';
import { NON_SIGNIFICANT, NOT_SHOWN_WHY, isWithoutSpread } from '../format/numbers.ts';
import { list, quantity, quantityRange } from '../format/prose.ts';


/**
 * « 487 000 ha (entre 470 000 et 504 000 ha) », or « estimation trop imprécise »: an estimate in a
 * sentence, on the factsheets and in the articles alike, the interval on the scale of the value.
 */
export function valueWithInterval(e: Estimate | undefined): string {
  if (!isShown(e)) return NON_SIGNIFICANT;
  return `${quantity(e.value, e.unit)} (${quantityRange(e.lower, e.upper, e.unit, e.value)})`;
}

/** « 47 % », or « estimation trop imprécise ». */
export function plainValue(e: Estimate | undefined): string {
  return isShown(e) ? quantity(e.value, e.unit) : NON_SIGNIFICANT;
}

const isFrance = (t: NamedTerritory) => t.level === 'france';

/** Words for a comparison with France, or an empty string when nothing can be said. */
function comparedWithFrance(a: Estimate | undefined, france: Estimate | undefined, higher: string, lower: string, similar: string): string {
  switch (compare(a, france)) {
    case 'higher':
      return higher;
    case 'lower':
      return lower;
    case 'similar':
      return similar;
    default:
      return '';
  }
}

export function areaSentence(t: NamedTerritory, area: Estimate | undefined, rate: Estimate | undefined, franceRate: Estimate | undefined): string {
  if (!isShown(area)) {
    return `La surface forestière ${ofName(t)} ne peut pas être estimée de façon fiable (${NOT_SHOWN_WHY}).`;
  }
  // A région's or France's area is IGN's published one (the calibration total): said so, without interval.
  let text = isWithoutSpread(area.lower, area.upper)
    ? `La forêt couvre ${quantity(area.value, area.unit)} ${ofName(t)}, d’après la surface publiée par l’IGN sur laquelle les estimations sont calées`
    : `La forêt couvre ${valueWithInterval(area)} ${ofName(t)}`;
  if (isShown(rate)) {
    text += `, soit un taux de boisement de ${quantity(rate.value, rate.unit)}`;
    if (!isFrance(t) && isShown(franceRate)) text += ` (${quantity(franceRate.value, franceRate.unit)} pour la France métropolitaine)`;
  }
  text += '.';
  if (!isFrance(t)) {
    const comparison = comparedWithFrance(
      rate,
      franceRate,
      ' Le territoire est plus boisé que la moyenne nationale.',
      ' Le territoire est moins boisé que la moyenne nationale.',
      ' Compte tenu de l’incertitude, son taux de boisement ne se distingue pas de celui de la France métropolitaine.',
    );
    text += comparison;
  }
  return text;
}

const rankWords = (rank: number) => (rank === 1 ? '1er' : `${rank}e`);

/** "Par sa surface forestière estimée, les Landes se classent au 3e rang des 96 départements ; …" */
export function rankSentence(t: NamedTerritory, rank: number, rateRank: number | undefined, total: number): string {
  const estimated = t.level === 'region' ? '' : ' estimée';
  return `Par ${agree(t, 'sa', 'leur')} surface forestière${estimated}, ${nameWithArticle(t)} ${agree(t, 'se classe', 'se classent')} au ${rankWords(rank)} rang des ${total} ${levelNames[t.level].plural}` +
    (rateRank ? ` ; par ${agree(t, 'son', 'leur')} taux de boisement, au ${rankWords(rateRank)} rang.` : '.') +
    (t.level === 'region'
      ? ' Ce classement compare les surfaces publiées par l’IGN.'
      : ' Ce classement compare des estimations et reste indicatif lorsque les intervalles se recouvrent.');
}

const compositionWords: Record<string, string> = {
  feuillus: 'de peuplements feuillus',
  resineux: 'de peuplements résineux',
  mixte: 'de peuplements mixtes',
};

/**
 * "Les forêts de la Gironde sont constituées à 87 % de peuplements feuillus (67 % pour la France
 * métropolitaine)." for the largest of feuillus / résineux / mixte.
 */
export function compositionSentence(t: NamedTerritory, shares: Record<string, Estimate | undefined>, franceShares: Record<string, Estimate | undefined>): string {
  const ranked = Object.keys(compositionWords)
    .filter((category) => isShown(shares[category]))
    .sort((a, b) => shares[b]!.value! - shares[a]!.value!);
  const first = ranked[0];
  if (first === undefined) {
    return `La répartition entre feuillus et résineux des forêts ${ofName(t)} ne peut pas être estimée de façon fiable (${NOT_SHOWN_WHY}).`;
  }
  const share = shares[first]!;
  let text = `Les forêts ${ofName(t)} sont constituées à ${quantity(share.value!, share.unit)} ${compositionWords[first]}`;
  const france = franceShares[first];
  if (!isFrance(t) && isShown(france)) text += ` (${quantity(france.value, france.unit)} pour la France métropolitaine)`;
  text += '.';
  const second = ranked[1];
  if (second !== undefined) text += ` Les peuplements ${second === 'feuillus' ? 'feuillus' : second === 'resineux' ? 'résineux' : 'mixtes'} en représentent ${quantity(shares[second]!.value!, shares[second]!.unit)}.`;
  return text;
}

/** What the share of forest without recorded tree cover means, when it is large enough to matter (5 % and more). */
export function noCoverSentence(share: Estimate | undefined): string {
  if (!isShown(share) || share.value < 5) return '';
  return `Les surfaces sans couvert d’arbres recensé (coupes rases, jeunes plantations, peuplements détruits par une tempête), qui restent de la forêt, en représentent ${quantity(share.value, share.unit)}.`;
}

const feminineSpecies = /^(aubépine|bourdaine|viorne|ronce|bruyère|aulne glutineux x)/i;

/** Species name with its article: "le chêne pédonculé", "l’épicéa commun", "l’if". */
export function speciesWithArticle(name: string): string {
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  if (/^[aeiouyéèêh]/i.test(lower) && !/^(hêtre|houx|haut)/i.test(lower)) return `l’${lower}`;
  return feminineSpecies.test(lower) ? `la ${lower}` : `le ${lower}`;
}

export function speciesSentence(t: NamedTerritory, species: { name: string; share: Estimate }[]): string {
  const shown = species.filter((s) => isShown(s.share));
  const first = shown[0];
  if (first === undefined) {
    return `Aucune essence ne couvre une part de la surface forestière ${ofName(t)} estimable de façon fiable (${NOT_SHOWN_WHY}).`;
  }
  const named = (s: { name: string; share: Estimate }) => `${speciesWithArticle(s.name)} (${quantity(s.share.value!, s.share.unit)})`;
  const text = `${capitalise(speciesWithArticle(first.name))} est l’essence principale sur ${valueWithInterval(first.share)} de la surface forestière`;
  // « devant » only when the intervals part: otherwise the order of the estimates is not a finding.
  // Every species whose interval overlaps the first's is named, not only the next two.
  const tied = shown.slice(1).filter((s) => compare(first.share, s.share) === 'similar');
  if (tied.length > 0) {
    const named4 = tied.slice(0, 4).map(named);
    const more = tied.length - named4.length;
    // With one species tied, the sentence still names three, the third behind both.
    const next = tied.length === 1 ? shown.slice(1).find((s) => !tied.includes(s)) : undefined;
    return `${text}, à égalité statistique avec ${list(more > 0 ? [...named4, `${more} autre${more > 1 ? 's' : ''}`] : named4)}${next ? `, puis ${named(next)}` : ''}.`;
  }
  const [second, third] = shown.slice(1, 3);
  if (second === undefined) return `${text}.`;
  if (third === undefined) return `${text}, devant ${named(second)}.`;
  const thirdTied = compare(second.share, third.share) === 'similar';
  return `${text}, devant ${named(second)}${thirdTied ? ` et ${named(third)}, à égalité statistique entre eux` : `, puis ${named(third)}`}.`;
}

export function volumeSentence(t: NamedTerritory, volume: Estimate | undefined, perHa: Estimate | undefined, francePerHa: Estimate | undefined): string {
  if (!isShown(volume)) return `Le volume de bois sur pied ${ofName(t)} ne peut pas être estimé de façon fiable (${NOT_SHOWN_WHY}).`;
  let text = `Le volume de bois sur pied atteint ${valueWithInterval(volume)}`;
  if (isShown(perHa)) {
    text += `, soit ${quantity(perHa.value, perHa.unit)} en moyenne`;
    if (!isFrance(t) && isShown(francePerHa)) text += ` (${quantity(francePerHa.value, francePerHa.unit)} pour la France métropolitaine)`;
  }
  text += '.';
  if (!isFrance(t)) {
    text += comparedWithFrance(
      perHa,
      francePerHa,
      ' Les forêts y sont plus riches en bois à l’hectare que la moyenne nationale.',
      ' Les forêts y portent moins de bois à l’hectare que la moyenne nationale.',
      ' Compte tenu de l’incertitude, le volume à l’hectare ne se distingue pas de la moyenne nationale.',
    );
  }
  return text;
}

export function flowSentence(production: Estimate | undefined, mortality: Estimate | undefined, mortalityRate: Estimate | undefined): string {
  const parts: string[] = [];
  parts.push(
    isShown(production)
      ? `La production biologique des arbres atteint ${valueWithInterval(production)}.`
      : `La production biologique annuelle ne peut pas être estimée de façon fiable (${NOT_SHOWN_WHY}).`,
  );
  if (isShown(mortality)) {
    let text = `La mortalité représente ${valueWithInterval(mortality)}`;
    if (isShown(mortalityRate)) text += `, soit ${quantity(mortalityRate.value, mortalityRate.unit)} du volume sur pied`;
    parts.push(`${text}.`);
  } else {
    parts.push(`La mortalité annuelle ne peut pas être estimée de façon fiable (${NOT_SHOWN_WHY}).`);
  }
  return parts.join(' ');
}

export function carbonSentence(t: NamedTerritory, carbon: Estimate | undefined, co2: Estimate | undefined): string {
  if (!isShown(carbon)) return `Le stock de carbone des arbres vivants ${ofName(t)} ne peut pas être estimé de façon fiable (${NOT_SHOWN_WHY}).`;
  let text = `Les arbres vivants ${ofName(t)}, troncs, branches et racines, stockent ${valueWithInterval(carbon)}`;
  if (isShown(co2)) text += `, soit ${quantity(co2.value, co2.unit)}`;
  return `${text}.`;
}

/** "Le volume sur pied a augmenté entre 2005-2009 et 2015-2019" only when intervals do not overlap. */
export function evolutionSentence(label: string, first: { period: string; estimate: Estimate | undefined }, last: { period: string; estimate: Estimate | undefined }, feminine = false): string {
  const from = first.period.replace('-', '–');
  const to = last.period.replace('-', '–');
  switch (compare(last.estimate, first.estimate)) {
    case 'higher':
      return `${label} a augmenté entre ${from} et ${to} : ${plainValue(first.estimate)} puis ${plainValue(last.estimate)}.`;
    case 'lower':
      return `${label} a diminué entre ${from} et ${to} : ${plainValue(first.estimate)} puis ${plainValue(last.estimate)}.`;
    case 'similar':
      return `${label} n’a pas varié de façon significative entre ${from} et ${to} : les intervalles de confiance se recouvrent.`;
    default:
      return `${label} ne peut pas être comparé${feminine ? 'e' : ''} entre ${from} et ${to} : l’une des estimations n’est pas significative.`;
  }
}

/**
 * How the forest area changed between two windows. For a région or France the figures are IGN's
 * published ones (the calibration totals): the sentence reports them without a significance claim.
 */
export function areaEvolutionSentence(t: NamedTerritory, first: { period: string; estimate: Estimate | undefined }, last: { period: string; estimate: Estimate | undefined }): string {
  if (t.level !== 'france' && t.level !== 'region') return evolutionSentence('La surface forestière', first, last, true);
  if (!isShown(first.estimate) || !isShown(last.estimate)) return '';
  const from = first.period.replace('-', '–');
  const to = last.period.replace('-', '–');
  return `D’après les surfaces publiées par l’IGN, sur lesquelles les estimations sont calées, la forêt ${ofName(t)} est passée de ${quantity(first.estimate.value, first.estimate.unit)} en ${from} à ${quantity(last.estimate.value, last.estimate.unit)} en ${to}.`;
}

/**
 * Production minus mortality, the part of the balance of flows the public files allow: harvest is
 * not deducted. Said to be negative only when its whole interval is.
 */
export function balanceSentence(balance: Estimate | undefined): string {
  if (!isShown(balance)) return `Le solde production moins mortalité ne peut pas être estimé de façon fiable (${NOT_SHOWN_WHY}).`;
  const range = quantityRange(balance.lower, balance.upper, balance.unit, balance.value);
  const sign = balance.upper < 0 ? ' : la mortalité dépasse la production' : balance.lower > 0 ? '' : ' : l’écart n’est pas significatif';
  return `Production moins mortalité : ${quantity(balance.value, balance.unit)} (${range})${sign}. Les prélèvements (coupes) n’en sont pas déduits : les fichiers publics de l’inventaire ne permettent pas de les mesurer.`;
}
