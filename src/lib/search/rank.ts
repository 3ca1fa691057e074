// The order of the site search's results. Pagefind finds the pages that contain every word of the
// query and scores them by word frequency, which puts « Alpes-Maritimes » first for « pin maritime »
// (its stem « maritim » fills the page) and an intercommunality named « …-aux-Chênes » first for
// « chêne ». The site re-ranks Pagefind's best results by what a reader means:
//   1. a page whose title is the query (the Allier factsheet for « Allier »), then pages whose
//      title contains every word of the query, the more of the title it covers the better;
//   2. then pages that use the query as it is written, whole words in the same order, the denser
//      the better (occurrences per thousand words, so a long page does not win by length alone);
//   3. then articles before factsheets of large territories before small ones;
//   4. then Pagefind's own order.
import { normalizeText, queryTerms } from '../catalogue/normalize';

/** A result as the ranking needs it: the page's address, title and indexed text. */
export interface SearchHit {
  url: string;
  title: string;
  content: string;
}

/** Words that say what kind of page a title names, not which one. */
const TITLE_STOP_WORDS = new Set([
  'les', 'le', 'la', 'l', 'de', 'du', 'des', 'd', 'et', 'en', 'a', 'au', 'aux', 'sur',
  'forets', 'foret', 'intercommunalite', 'sylvoecoregion', 'grande', 'region', 'ecologique',
]);

/** Pages shorter than this count as this long, so that a catalogue entry of a few lines does not win on density. */
const MIN_WORDS = 500;

/** Kinds of page in the order a reader looking for a subject expects them. */
const PAGE_KINDS: readonly { prefix: string; label: string; weight: number }[] = [
  { prefix: '/thematiques/', label: 'Article', weight: 5 },
  { prefix: '/methodologie/', label: 'Méthodologie', weight: 4 },
  { prefix: '/ressources/', label: 'Ressource du catalogue', weight: 4 },
  { prefix: '/territoires/france/', label: 'Fiche nationale', weight: 4 },
  { prefix: '/territoires/region/', label: 'Fiche de région', weight: 3 },
  { prefix: '/territoires/greco/', label: 'Fiche de grande région écologique', weight: 3 },
  { prefix: '/territoires/departement/', label: 'Fiche de département', weight: 2 },
  { prefix: '/territoires/ser/', label: 'Fiche de sylvoécorégion', weight: 2 },
  { prefix: '/territoires/epci/', label: 'Fiche d’intercommunalité', weight: 1 },
];

/** The kind of page an address is, as the result list labels it (« Article », « Fiche de département »…). */
export function pageKind(url: string): { label: string; weight: number } {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  // The index pages of a section (/territoires/epci/) are pages, not factsheets.
  const kind = PAGE_KINDS.find((k) => path.startsWith(k.prefix) && (k.prefix === '/thematiques/' || k.prefix === '/methodologie/' || k.prefix === '/territoires/france/' || path.length > k.prefix.length));
  return kind ?? { label: 'Page', weight: 2 };
}

/** The folded words of a text, apostrophes and hyphens splitting words. */
function words(text: string): string[] {
  const folded = normalizeText(text).replace(/'/g, ' ');
  return folded === '' ? [] : folded.split(' ').filter((w) => w !== '');
}

/** Share of the title's meaningful words that the query names, when the title has every query word; 0 otherwise. */
export function titleCoverage(title: string, terms: readonly string[]): number {
  const titleWords = words(title);
  if (terms.length === 0 || !terms.every((t) => titleWords.includes(t))) return 0;
  const meaningful = titleWords.filter((w) => !TITLE_STOP_WORDS.has(w));
  if (meaningful.length === 0) return 1;
  return meaningful.filter((w) => terms.includes(w)).length / meaningful.length;
}

/** How many times the query's words occur in the text as whole words, in the query's order, and per thousand words. */
export function phraseStats(content: string, terms: readonly string[]): { count: number; perThousand: number } {
  const all = words(content);
  if (terms.length === 0) return { count: 0, perThousand: 0 };
  const text = ` ${all.join(' ')} `;
  const phrase = ` ${terms.join(' ')} `;
  let count = 0;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length - 1)) count++;
  return { count, perThousand: (1000 * count) / Math.max(all.length, MIN_WORDS) };
}

/** The hits in the order to show them; `hits` come in Pagefind's order, which breaks ties. */
export function rankHits<T extends SearchHit>(query: string, hits: readonly T[]): T[] {
  const terms = queryTerms(query).flatMap((t) => t.split("'")).filter((t) => t !== '');
  const scored = hits.map((hit, index) => ({
    hit,
    index,
    title: titleCoverage(hit.title, terms),
    // Rounded: pages of one template (the factsheets) differ by a fraction that says nothing of relevance.
    phrase: Math.round(phraseStats(hit.content, terms).perThousand),
    kind: pageKind(hit.url).weight,
  }));
  scored.sort((a, b) => b.title - a.title || b.phrase - a.phrase || b.kind - a.kind || a.index - b.index);
  return scored.map((s) => s.hit);
}
