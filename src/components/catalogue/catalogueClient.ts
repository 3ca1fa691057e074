// Browser side of the catalogue page: reads the state from the address, runs the pure query module
// on the JSON index, renders cards, counts and pager, and keeps the address in step so that a view
// can be shared and the back button restores the previous one.
import { prepareItems, type CatalogueItem, type PreparedItem } from '../../lib/catalogue/item';
import { runQuery } from '../../lib/catalogue/query';
import { parseState, serializeState, updateState, DEFAULT_STATE, type CatalogueState } from '../../lib/catalogue/state';
import { formatInteger, formatResultCount } from '../../lib/catalogue/format';
import { THEMES, TYPES, type PageSize, type SortKey, type ThemeSlug, type TypeSlug } from '../../lib/catalogue/vocabulary';
import { renderCard, renderPager } from './cardHtml';
import { element } from '../dom';

const root = document.querySelector<HTMLElement>('.catalogue--interactive');
const form = document.querySelector<HTMLFormElement>('#catalogue-controls');


async function start(rootEl: HTMLElement, formEl: HTMLFormElement) {
  const base = rootEl.dataset['base'] ?? '/';
  const list = element<HTMLUListElement>('#catalogue-list');
  const pager = element<HTMLElement>('#catalogue-pager');
  const heading = element<HTMLHeadingElement>('#catalogue-count');
  const status = element<HTMLElement>('#catalogue-status');
  const query = element<HTMLInputElement>('#catalogue-q');
  const sort = element<HTMLSelectElement>('#catalogue-sort');
  const perPage = element<HTMLSelectElement>('#catalogue-per-page');
  const filters = element<HTMLDetailsElement>('#catalogue-filters');
  const active = element<HTMLElement>('#catalogue-active');
  const themeBoxes = [...formEl.querySelectorAll<HTMLInputElement>('input[name="theme"]')];
  const typeBoxes = [...formEl.querySelectorAll<HTMLInputElement>('input[name="type"]')];

  const response = await fetch(rootEl.dataset['index']!);
  if (!response.ok) throw new Error(`Catalogue : index introuvable (${response.status})`);
  const items: PreparedItem[] = prepareItems((await response.json()) as CatalogueItem[]);

  let state: CatalogueState = parseState(location.search);
  let typing = false;

  const pageHref = (s: CatalogueState) => (p: number) => `${location.pathname}${serializeState({ ...s, page: p })}`;

  function showControls(s: CatalogueState) {
    query.value = s.q;
    for (const box of themeBoxes) box.checked = s.themes.includes(box.value as ThemeSlug);
    for (const box of typeBoxes) box.checked = s.types.includes(box.value as TypeSlug);
    sort.value = s.sort;
    perPage.value = String(s.perPage);
  }

  /** Renders the results of `s`; `announce` also tells screen readers the new count. */
  function render(s: CatalogueState, announce: boolean) {
    const result = runQuery(items, s);
    state = { ...s, page: result.page };
    list.innerHTML = result.items.map((item) => renderCard(item, base)).join('');
    pager.innerHTML = renderPager(result.page, result.pageCount, pageHref(state));
    const countText = formatResultCount(result.total);
    heading.textContent = countText;
    for (const t of THEMES) rootEl.querySelector(`[data-count-theme="${t.slug}"]`)!.textContent = `(${formatInteger(result.themeCounts[t.slug])})`;
    for (const t of TYPES) rootEl.querySelector(`[data-count-type="${t.slug}"]`)!.textContent = `(${formatInteger(result.typeCounts[t.slug])})`;
    const selected = s.themes.length + s.types.length;
    active.textContent = selected ? `(${selected} sélectionné${selected > 1 ? 's' : ''})` : '';
    if (announce) status.textContent = `${countText}, page ${result.page} sur ${result.pageCount}`;
  }

  /** Applies a change: renders it and records it in the address (a new history entry unless `replace`). */
  function apply(change: Partial<CatalogueState>, { replace = false } = {}) {
    const next = updateState(state, change);
    render(next, true);
    const url = `${location.pathname}${serializeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
  }

  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
    apply({ q: query.value });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // The first keystrokes of a search make one history entry; the following ones refine it.
      apply({ q: query.value }, { replace: typing });
      typing = true;
    }, 200);
  });
  query.addEventListener('blur', () => (typing = false));
  formEl.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === query) return;
    typing = false;
    if (target.name === 'theme') apply({ themes: themeBoxes.filter((b) => b.checked).map((b) => b.value as ThemeSlug) });
    else if (target.name === 'type') apply({ types: typeBoxes.filter((b) => b.checked).map((b) => b.value as TypeSlug) });
    else if (target === sort) apply({ sort: sort.value as SortKey });
    else if (target === perPage) apply({ perPage: Number(perPage.value) as PageSize });
  });
  element<HTMLButtonElement>('#catalogue-reset').addEventListener('click', () => {
    showControls(DEFAULT_STATE);
    apply({ ...DEFAULT_STATE, themes: [], types: [] });
    query.focus();
  });
  pager.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    apply({ page: Number(link.dataset['page']) });
    // The list changed under the reader: take focus back to the top of the results.
    heading.focus();
  });
  addEventListener('popstate', () => {
    const s = parseState(location.search);
    showControls(s);
    render(s, true);
  });

  // Filters open beside the results on wide screens; on a phone they stay folded above them,
  // their summary telling how many are selected.
  if (matchMedia('(min-width: 60rem)').matches) filters.open = true;
  showControls(state);
  render(state, false);
  formEl.hidden = false;
  // Lets tests and styles know the filters are live.
  rootEl.dataset['ready'] = 'true';
}

if (root && form) {
  start(root, form).catch((error: unknown) => {
    // Keep the static list usable and say why the filters are missing.
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = 'La recherche et les filtres n’ont pas pu être chargés ; la liste ci-dessous reste consultable page par page.';
    root.prepend(note);
    console.error(error);
  });
}
