// The compact record of one resource that the catalogue page ships to the browser (its index),
// and the preparation done once on load so that each interaction only filters precomputed data.
import { normalizeText } from './normalize';
import type { ThemeSlug, TypeSlug } from './vocabulary';

/** One resource as listed in the catalogue (the JSON index holds an array of these). */
export interface CatalogueItem {
  /** Identifier and last part of the metadata page's address. */
  slug: string;
  title: string;
  description: string;
  /** Theme slugs, or 'toutes' for a resource concerning every theme. */
  themes: ThemeSlug[] | 'toutes';
  type: TypeSlug;
  producer: string;
  /**
   * Publication or update date as precise as known (YYYY, YYYY-MM, YYYY-MM-DD); for a web site
   * updated continuously, the day it was consulted (then `continuous` is true).
   */
  date?: string;
  continuous?: true;
  /** True when the producer states no date (« non datée »): the card says so, the date sort puts it last. */
  undated?: true;
  /** Where the resource is: a path of this site or an external address; absent when an internal target is not built. */
  href?: string;
  /** True when `href` leaves this site. */
  external: boolean;
  /** True when `href` is a file to download (a path of this site with an extension). */
  download: boolean;
  formats: string[];
  /** The entry's keywords, searched with title and description. */
  keywords?: string[];
  /** Size of a downloadable file, in bytes, read from the built file. */
  size?: number;
}

/** An item with what filtering and sorting need, computed once. */
export interface PreparedItem extends CatalogueItem {
  /** Folded title, description, producer, keywords and themes, searched by the query. */
  searchText: string;
  /** Position in title order (A → Z), French collation. */
  titleRank: number;
  /** Position in date order (oldest first, undated last, ties by title). */
  dateRank: number;
  /** Position in reverse date order (newest first, undated still last, ties by title). */
  dateDescRank: number;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** Compares two titles the way a French reader orders them. */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Adds search text and sort ranks to every item. */
export function prepareItems(items: readonly CatalogueItem[]): PreparedItem[] {
  const prepared: PreparedItem[] = items.map((item) => ({
    ...item,
    searchText: normalizeText([item.title, item.description, item.producer, ...(item.keywords ?? []), ...(item.themes === 'toutes' ? [] : item.themes)].join(' ')),
    titleRank: 0,
    dateRank: 0,
    dateDescRank: 0,
  }));
  const byTitle = [...prepared].sort((a, b) => compareTitles(a.title, b.title) || (a.slug < b.slug ? -1 : 1));
  byTitle.forEach((item, i) => (item.titleRank = i));
  const byDate = (direction: 1 | -1) => (a: PreparedItem, b: PreparedItem) => {
    if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -direction : direction;
    if (a.date && !b.date) return -1;
    if (!a.date && b.date) return 1;
    return a.titleRank - b.titleRank;
  };
  [...prepared].sort(byDate(1)).forEach((item, i) => (item.dateRank = i));
  [...prepared].sort(byDate(-1)).forEach((item, i) => (item.dateDescRank = i));
  return prepared;
}
