// Finding a territory by name or code, accent- and case-insensitive: "ardeche" finds Ardèche,
// "33" finds Gironde. Pure and DOM-free: used by the picker in the browser and by its tests.
import { matchesTerms, normalizeText, queryTerms } from '../catalogue/normalize.ts';

export interface SearchableTerritory {
  /** Display label, e.g. "Gironde (33)". */
  label: string;
  /** Level name in French, e.g. "Département". */
  levelLabel: string;
  code: string;
  href: string;
}

interface Prepared<T> { item: T; folded: string; code: string }

export function prepareTerritories<T extends SearchableTerritory>(items: readonly T[]): Prepared<T>[] {
  return items.map((item) => ({ item, folded: normalizeText(`${item.label} ${item.levelLabel}`), code: item.code.toLowerCase() }));
}

/**
 * Territories matching the query, best first: exact code, then names starting with the query,
 * then names containing every word. At most `limit` results.
 */
export function searchTerritories<T extends SearchableTerritory>(prepared: readonly Prepared<T>[], query: string, limit = 12): T[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const whole = terms.join(' ');
  const scored: { item: T; score: number; order: number }[] = [];
  prepared.forEach((p, order) => {
    let score: number | undefined;
    if (terms.length === 1 && p.code === whole) score = 0;
    else if (p.folded.startsWith(whole)) score = 1;
    else if (matchesTerms(p.folded, terms)) score = 2;
    if (score !== undefined) scored.push({ item: p.item, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.item);
}
