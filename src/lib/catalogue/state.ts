// The state of the catalogue view (query, filters, sort, page size, page) and its URL form, so
// that a filtered view can be shared and the back button restores it. Unknown or invalid values
// in a URL are dropped, never fatal: a mistyped link still opens the catalogue.
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  PAGE_SIZES,
  SORTS,
  THEMES,
  TYPES,
  type PageSize,
  type SortKey,
  type ThemeSlug,
  type TypeSlug,
} from './vocabulary';

export interface CatalogueState {
  /** Free text searched in titles and descriptions. */
  q: string;
  /** Selected themes (a resource matches if it has one of them). */
  themes: ThemeSlug[];
  /** Selected types (a resource matches if it is one of them). */
  types: TypeSlug[];
  sort: SortKey;
  perPage: PageSize;
  /** 1-based page number. */
  page: number;
}

/** Names of the URL parameters. */
export const PARAMS = { q: 'q', theme: 'theme', type: 'type', sort: 'tri', perPage: 'par', page: 'page' } as const;

export const DEFAULT_STATE: Readonly<CatalogueState> = Object.freeze({
  q: '',
  themes: [],
  types: [],
  sort: DEFAULT_SORT,
  perPage: DEFAULT_PAGE_SIZE,
  page: 1,
});

const themeOrder = THEMES.map((t) => t.slug as string);
const typeOrder = TYPES.map((t) => t.slug as string);

/** Known values only, without duplicates, in the order of the vocabulary (so equal states give equal URLs). */
function pick<T extends string>(values: string[], order: readonly string[]): T[] {
  const wanted = new Set(values);
  return order.filter((v) => wanted.has(v)) as T[];
}

/** Reads a state from a query string (`?q=…&theme=…`) or URLSearchParams. */
export function parseState(search: string | URLSearchParams): CatalogueState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sort = params.get(PARAMS.sort);
  const perPage = Number(params.get(PARAMS.perPage));
  const page = Number(params.get(PARAMS.page));
  return {
    q: (params.get(PARAMS.q) ?? '').trim().slice(0, 200),
    themes: pick<ThemeSlug>(params.getAll(PARAMS.theme), themeOrder),
    types: pick<TypeSlug>(params.getAll(PARAMS.type), typeOrder),
    sort: SORTS.some((s) => s.slug === sort) ? (sort as SortKey) : DEFAULT_SORT,
    perPage: (PAGE_SIZES as readonly number[]).includes(perPage) ? (perPage as PageSize) : DEFAULT_PAGE_SIZE,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Writes a state as a query string, leaving out default values; '' for the default view. */
export function serializeState(state: CatalogueState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set(PARAMS.q, q);
  for (const t of pick<ThemeSlug>(state.themes, themeOrder)) params.append(PARAMS.theme, t);
  for (const t of pick<TypeSlug>(state.types, typeOrder)) params.append(PARAMS.type, t);
  if (state.sort !== DEFAULT_SORT) params.set(PARAMS.sort, state.sort);
  if (state.perPage !== DEFAULT_PAGE_SIZE) params.set(PARAMS.perPage, String(state.perPage));
  if (state.page > 1) params.set(PARAMS.page, String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A new state with some fields changed; any change but the page itself goes back to page 1. */
export function updateState(state: CatalogueState, change: Partial<CatalogueState>): CatalogueState {
  const next = { ...state, ...change };
  if (!('page' in change)) next.page = 1;
  return next;
}
