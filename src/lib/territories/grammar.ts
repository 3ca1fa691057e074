// French grammar of territory names: "de la Gironde", "de l'Ain", "des Landes", "du Nord",
// "de Bretagne". Départements and régions follow INSEE's "type de nom en clair" (TNCC) from the
// official geographic code; SER and GRECO are named with their kind ("de la sylvoécorégion …").

import type { Level } from '../estimation/types.ts';

export type { Level };

export interface NamedTerritory {
  level: Level;
  code: string;
  /** Name as written by its producer, with capitals and accents ("Gironde", "Landes de Gascogne"). */
  nom: string;
  /**
   * INSEE TNCC of départements and régions: 0 no article (consonant), 1 no article (vowel),
   * 2 "le", 3 "la", 4 "les", 5 "l'", 6 "aux", 7 "las", 8 "los". Absent for other levels.
   */
  tncc?: number | null;
}

const articles: Record<number, string> = { 0: '', 1: '', 2: 'le ', 3: 'la ', 4: 'les ', 5: 'l’', 6: 'aux ', 7: 'las ', 8: 'los ' };
const ofArticles: Record<number, string> = { 0: 'de ', 1: 'd’', 2: 'du ', 3: 'de la ', 4: 'des ', 5: 'de l’', 6: 'des ', 7: 'de las ', 8: 'de los ' };

/** Level names in French, singular and plural. */
export const levelNames: Record<Level, { singular: string; plural: string; article: string }> = {
  france: { singular: 'France métropolitaine', plural: 'France métropolitaine', article: 'la ' },
  region: { singular: 'région', plural: 'régions', article: 'la ' },
  departement: { singular: 'département', plural: 'départements', article: 'le ' },
  ser: { singular: 'sylvoécorégion', plural: 'sylvoécorégions', article: 'la ' },
  greco: { singular: 'grande région écologique', plural: 'grandes régions écologiques', article: 'la ' },
};

function startsWithVowelSound(word: string): boolean {
  return /^[aeiouyàâäéèêëîïôöûüh]/i.test(word);
}

/**
 * The name with its article, as the subject of a sentence: "la Gironde", "l’Ain", "les Landes",
 * "le Nord", "Paris". A région INSEE writes without article (TNCC 0 or 1: "de Bretagne", "en
 * Occitanie") still takes one as a subject: "la Bretagne se classe", "l’Occitanie"; all such
 * régions are feminine.
 */
export function nameWithArticle(t: NamedTerritory): string {
  if (t.level === 'france') return 'la France métropolitaine';
  if (t.level === 'ser' || t.level === 'greco') return `la ${levelNames[t.level].singular} ${t.nom}`;
  const tncc = t.tncc ?? 0;
  if (t.level === 'region' && tncc === 0) return `la ${t.nom}`;
  if (t.level === 'region' && tncc === 1) return `l’${t.nom}`;
  return `${articles[tncc] ?? ''}${t.nom}`;
}

/** "de" + name: "de la Gironde", "de l’Ain", "des Landes", "du Nord", "de Bretagne", "d’Occitanie". */
export function ofName(t: NamedTerritory): string {
  if (t.level === 'france' || t.level === 'ser' || t.level === 'greco') return `de ${nameWithArticle(t)}`;
  const tncc = t.tncc ?? (startsWithVowelSound(t.nom) ? 1 : 0);
  return `${ofArticles[tncc] ?? 'de '}${t.nom}`;
}

/**
 * « de » + a commune's name as the official code writes it, article included: « du Grau-du-Roi »
 * (Le Grau-du-Roi), « des Rousses » (Les Rousses), « de La Rochelle », « d’Annœullin ». Before an
 * h, « de » stays: the h of many place names is aspirated (« de Haguenau »).
 */
export function ofPlace(name: string): string {
  if (/^Le\s/.test(name)) return `du ${name.slice(3)}`;
  if (/^Les\s/.test(name)) return `des ${name.slice(4)}`;
  if (/^[aeiouyàâäéèêëîïôöûüœæ]/i.test(name) && !/^L['’]/.test(name)) return `d’${name}`;
  return `de ${name}`;
}

/**
 * "en" + name for a place: "en Bretagne", "en Nouvelle-Aquitaine", "dans le Grand Est", "dans les
 * Hauts-de-France", "dans les Landes".
 */
export function inName(t: NamedTerritory): string {
  if (t.level === 'france' || t.level === 'ser' || t.level === 'greco') return `dans ${nameWithArticle(t)}`;
  const tncc = t.tncc ?? 0;
  if (t.level === 'region' && [0, 1, 3, 5].includes(tncc)) return `en ${t.nom}`;
  return `dans ${nameWithArticle(t)}`;
}

/**
 * Whether a name takes a plural verb: "les Landes se classent", "les Hauts-de-France comptent".
 * INSEE's TNCC marks plural names by their article (4 "les", 6 "aux", 8 "los"); SER, GRECO and
 * France are named with a singular kind ("la sylvoécorégion …").
 */
export function isPluralName(t: NamedTerritory): boolean {
  return (t.level === 'departement' || t.level === 'region') && [4, 6, 8].includes(t.tncc ?? -1);
}

/** The verb form that agrees with the territory's name: agree(landes, 'se classe', 'se classent'). */
export function agree(t: NamedTerritory, singular: string, plural: string): string {
  return isPluralName(t) ? plural : singular;
}

/** Capitalises the first letter, for a name opening a sentence ("La Gironde", "L’Ain"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Short label used in lists and charts: "Gironde (33)", "Landes de Gascogne (F21)". */
export function labelWithCode(t: NamedTerritory): string {
  return t.level === 'france' ? 'France métropolitaine' : `${t.nom} (${t.code})`;
}
