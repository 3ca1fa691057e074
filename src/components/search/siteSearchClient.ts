// The site search page in the browser: asks Pagefind (built into /pagefind/ after `astro build`,
// served from the site itself) for the pages that contain the query, re-ranks its best results as
// src/lib/search/rank.ts explains, and lists them. The query lives in the address (?q=…), so a
// search can be shared, bookmarked and reloaded.
import { formatResultCount } from '../../lib/catalogue/format';
import { pageKind, rankHits, type SearchHit } from '../../lib/search/rank';

/** Pagefind's best results that are re-ranked (each costs one small request for its text): the best of
 *  all pages, and the best of the pages that are not territory factsheets (articles, resources,
 *  method), which the 1 200 factsheets would otherwise push out for a common word such as « carbone ». */
const RERANKED = 30;
const RERANKED_PAGES = 15;
/** Results shown at first and added by « Afficher plus de résultats ». */
const PAGE = 10;
const TYPING_DELAY_MS = 250;

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; content: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string, options?: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

interface Shown extends SearchHit {
  excerpt: string;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

if (form && input && status && list && more) {
  form.hidden = false;
  let pagefind: Promise<Pagefind> | undefined;
  let ranked: Shown[] = [];
  let rest: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The path is built at run time so that the bundler leaves it alone: Pagefind is not part of
  // the JavaScript build, it is generated next to the pages.
  const loadPagefind = () => (pagefind ??= import(/* @vite-ignore */ ['', 'pagefind', 'pagefind.js'].join('/')) as Promise<Pagefind>);

  const toShown = async (result: PagefindResult): Promise<Shown> => {
    const data = await result.data();
    return { url: data.url, title: data.meta.title ?? data.url, content: data.content, excerpt: data.excerpt };
  };

  const render = (from: number) => {
    for (const hit of ranked.slice(from, shown)) {
      const item = document.createElement('li');
      item.className = 'search-result';
      const kind = document.createElement('p');
      kind.className = 'search-result__kind';
      kind.textContent = pageKind(hit.url).label;
      const title = document.createElement('h2');
      title.className = 'search-result__title';
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.title;
      title.append(link);
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      // Pagefind's excerpt is the page's text, escaped, with the matched words in <mark>.
      excerpt.innerHTML = hit.excerpt;
      item.append(title, kind, excerpt);
      list.append(item);
    }
  };

  const showMore = async () => {
    // Past the re-ranked results, the rest follow in Pagefind's order.
    while (ranked.length < shown + PAGE && rest.length > 0) ranked.push(await toShown(rest.shift()!));
    const from = shown;
    shown = Math.min(ranked.length, shown + PAGE);
    render(from);
    more.hidden = shown >= ranked.length && rest.length === 0;
    return from;
  };

  const search = async (query: string) => {
    const mine = ++generation;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    more.hidden = true;
    ranked = [];
    rest = [];
    shown = 0;
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Recherche en cours…';
    let found: PagefindResult[];
    let pages: PagefindResult[];
    try {
      const engine = await loadPagefind();
      const [all, notFactsheets] = await Promise.all([engine.search(query), engine.search(query, { filters: { genre: 'page' } })]);
      found = all?.results ?? [];
      pages = notFactsheets?.results ?? [];
    } catch {
      status.textContent = 'L’index de recherche n’est pas disponible dans cette version du site. Consultez le plan du site.';
      return;
    }
    const candidates = [...found.slice(0, RERANKED), ...pages.slice(0, RERANKED_PAGES)].filter((r, i, list) => list.findIndex((o) => o.id === r.id) === i);
    const best = await Promise.all(candidates.map(toShown));
    if (mine !== generation) return;
    ranked = rankHits(query, best);
    const taken = new Set(candidates.map((r) => r.id));
    rest = found.filter((r) => !taken.has(r.id));
    await showMore();
    if (mine !== generation) return;
    status.textContent = `${formatResultCount(found.length)} pour « ${query.trim()} ».`;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value);
  });
  more.addEventListener('click', async () => {
    const from = await showMore();
    // Keyboard and screen reader users continue from the first added result.
    list.children[from]?.querySelector('a')?.focus();
  });

  // A shared address such as /recherche/?q=incendies opens with its results.
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
