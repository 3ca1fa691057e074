// Filtering, counting, sorting and paging the catalogue for one state: a pure function from
// (prepared items, state) to what the view shows. Runs in the browser on every interaction.
import { matchesTerms, queryTerms } from './normalize';
import type { PreparedItem } from './item';
import type { CatalogueState } from './state';
import { THEMES, TYPES, type SortKey, type ThemeSlug, type TypeSlug } from './vocabulary';

export interface CatalogueResult {
  /** The items of the current page, in order. */
  items: PreparedItem[];
  /** Number of items matching query and filters, all pages together. */
  total: number;
  /** Current page, brought back within 1…pageCount. */
  page: number;
  /** Number of pages (at least 1, even when nothing matches). */
  pageCount: number;
  /** For each theme, how many items would match with that theme selected (other filters kept). */
  themeCounts: Record<ThemeSlug, number>;
  /** For each type, how many items would match with that type selected (other filters kept). */
  typeCounts: Record<TypeSlug, number>;
}

/** True when the item concerns one of the wanted themes (or when none is wanted). */
export function hasTheme(item: Pick<PreparedItem, 'themes'>, wanted: readonly ThemeSlug[]): boolean {
  if (wanted.length === 0 || item.themes === 'toutes') return true;
  for (const theme of item.themes) if (wanted.includes(theme)) return true;
  return false;
}

/** True when the item is of one of the wanted types (or when none is wanted). */
export function hasType(item: Pick<PreparedItem, 'type'>, wanted: readonly TypeSlug[]): boolean {
  return wanted.length === 0 || wanted.includes(item.type);
}

const RANK: Record<SortKey, (item: PreparedItem) => number> = {
  titre: (item) => item.titleRank,
  'titre-desc': (item) => -item.titleRank,
  date: (item) => item.dateRank,
  'date-desc': (item) => item.dateDescRank,
};

/** Sorts items (a new array) by one of the catalogue's orders. */
export function sortItems(items: readonly PreparedItem[], sort: SortKey): PreparedItem[] {
  const rank = RANK[sort];
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** Page `page` (1-based) of `items`, the page brought back within range. */
export function paginate<T>(items: readonly T[], perPage: number, page: number): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pageCount };
}

/** Everything the catalogue view needs for one state. */
export function runQuery(all: readonly PreparedItem[], state: CatalogueState): CatalogueResult {
  const terms = queryTerms(state.q);
  const textMatches = terms.length === 0 ? all : all.filter((item) => matchesTerms(item.searchText, terms));

  const themeCounts = Object.fromEntries(THEMES.map((t) => [t.slug, 0])) as Record<ThemeSlug, number>;
  const typeCounts = Object.fromEntries(TYPES.map((t) => [t.slug, 0])) as Record<TypeSlug, number>;
  const matches: PreparedItem[] = [];
  for (const item of textMatches) {
    const themeOk = hasTheme(item, state.themes);
    const typeOk = hasType(item, state.types);
    // A facet's counts ignore its own selection, so each option tells what choosing it would give.
    if (typeOk) {
      if (item.themes === 'toutes') for (const t of THEMES) themeCounts[t.slug]++;
      else for (const t of item.themes) themeCounts[t]++;
    }
    if (themeOk) typeCounts[item.type]++;
    if (themeOk && typeOk) matches.push(item);
  }
  const sorted = sortItems(matches, state.sort);
  const paged = paginate(sorted, state.perPage, state.page);
  return { items: paged.items, total: matches.length, page: paged.page, pageCount: paged.pageCount, themeCounts, typeCounts };
}
