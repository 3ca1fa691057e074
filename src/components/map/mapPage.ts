// Over 400 lines: the map page's one controller; its pure parts (state, figures, legend) are in src/lib/map.
// The browser side of /carte/: reads the map's state from the URL, wires the controls, downloads
// the data of the chosen level and indicator, and keeps the legend, summary and table (the
// accessible alternative) in step with the map. The map is created only when WebGL works; without
// it, the page keeps its build-time SVG map and table.
import { parseMapState, serializeMapState, type MapChoices, type MapState } from '../../lib/map/state.ts';
import {
  describeFigure,
  legendHtml,
  sortFigures,
  summaryHtml,
  tableRowsHtml,
  territoryFigures,
  type SortDirection,
  type SortKey,
  type TerritoryFigure,
} from '../../lib/map/figures.ts';
import type { Topology } from 'topojson-specification';
import type { IndicatorFile, LevelFile, MapIndicator, MapLevel, Overlay } from '../../lib/map/types.ts';
import { prepareTerritories, searchTerritories, type SearchableTerritory } from '../../lib/territories/search.ts';
import { mapTitle, sourceLine, tableCaption } from '../../lib/map/titles.ts';
// A static import: the browser fetches MapLibre with the page's own script, in parallel with the
// HTML, instead of after it has run (a dynamic import would cost a round trip and a parse later).
// Only this page's script imports it, so no other page downloads it.
import { InteractiveMap, prewarmMap, type Drawing } from './maplibreView.ts';
import { element } from '../dom.ts';

/** What the page embeds for the script (see MapExplorer.astro). */
export interface MapConfig {
  /** The site's base path (`/`), for the data URLs. */
  base: string;
  series: MapIndicator[];
  periods: string[];
  defaults: MapChoices['defaults'];
  /** "département", "départements", "un département". */
  levelNames: Record<MapLevel, { singular: string; plural: string; indefinite: string }>;
  overlayNames: Partial<Record<Overlay, string>>;
  linkFactsheets: boolean;
}



function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

const jsonCache = new Map<string, Promise<unknown>>();
function getJson<T>(url: string): Promise<T> {
  let pending = jsonCache.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url} : HTTP ${r.status}`);
      return r.json();
    });
    pending.catch(() => jsonCache.delete(url));
    jsonCache.set(url, pending);
  }
  return pending as Promise<T>;
}
let base = '/';
const levelUrl = (level: string) => `${base}carte/donnees/${level}.json`;
const indicatorUrl = (level: string, key: string) => `${base}carte/donnees/${level}/${key}.json`;

export function startMapPage(root: HTMLElement): void {
  const config = JSON.parse(element('script[data-map-config]', root).textContent ?? '{}') as MapConfig;
  base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const choices: MapChoices = { indicators: config.series.map((s) => s.key), periods: config.periods, defaults: config.defaults };
  /** The state in the address, keeping only the outline layers this build offers. */
  const readState = (): MapState => {
    const parsed = parseMapState(location.search, choices);
    return { ...parsed, overlays: parsed.overlays.filter((o) => o in config.overlayNames) };
  };
  let state: MapState = readState();
  let sort: { key: SortKey; direction: SortDirection } = { key: 'nom', direction: 'ascending' };
  let current: { level: LevelFile; file: IndicatorFile; figures: TerritoryFigure[]; period: string } | null = null;
  let view: InteractiveMap | null = null;
  let renderId = 0;

  const frame = element<HTMLElement>('[data-map-frame]', root);
  const controls = element<HTMLElement>('[data-map-controls]', root);
  const tools = element<HTMLElement>('[data-map-tools]', root);
  const levelSelect = element<HTMLSelectElement>('[name="niveau"]', controls);
  const indicatorSelect = element<HTMLSelectElement>('[name="indicateur"]', controls);
  const periodSelect = element<HTMLSelectElement>('[name="periode"]', controls);
  const overlayBoxes = [...tools.querySelectorAll<HTMLInputElement>('[name="contours"]')];
  const title = element<HTMLElement>('[data-map-title]', root);
  const legend = element<HTMLElement>('[data-map-legend]', root);
  const summary = element<HTMLElement>('[data-map-summary]', root);
  const table = element<HTMLTableElement>('[data-map-table]', root);
  const caption = element<HTMLElement>('caption', table);
  const tbody = element<HTMLElement>('tbody', table);
  const status = element<HTMLElement>('[data-map-status]', root);
  const info = element<HTMLElement>('[data-map-info]', root);
  const infoText = element<HTMLElement>('[data-map-info-text]', info);
  const infoLink = element<HTMLAnchorElement>('[data-map-info-link]', info);
  const tooltip = element<HTMLElement>('[data-map-tooltip]', root);
  const source = element<HTMLElement>('[data-map-source]', root);

  const seriesOf = (key: string) => config.series.find((s) => s.key === key)!;

  // ---- Sortable table (works with or without WebGL) ----
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-table__sort';
    button.innerHTML = `${th.innerHTML}<span class="map-table__arrow" aria-hidden="true"></span>`;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sort as SortKey;
      sort = { key, direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : key === 'nom' ? 'ascending' : 'descending' };
      renderTable();
      status.textContent = `Tableau trié par ${button.textContent?.toLowerCase()}, ordre ${sort.direction === 'ascending' ? 'croissant' : 'décroissant'}.`;
    });
  }
  function renderTable(): void {
    for (const th of headers) {
      if (th.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.direction);
      else th.removeAttribute('aria-sort');
    }
    if (!current) return;
    tbody.innerHTML = tableRowsHtml(sortFigures(current.figures, sort.key, sort.direction), current.file.unit, config.linkFactsheets);
  }
  // Build-time table rows are sorted by name: keep them until the data is loaded.
  renderTable();

  if (!webglAvailable()) {
    element<HTMLElement>('[data-map-no-webgl]', root).hidden = false;
    // The build-time map and table describe the default map: sorting works, the rest cannot.
    void loadStaticFigures();
    return;
  }

  // Without WebGL the table still sorts: read the figures of the default map from the data files.
  async function loadStaticFigures(): Promise<void> {
    const { level, indicator, period } = config.defaults;
    const [levelFile, file] = await Promise.all([getJson<LevelFile>(levelUrl(level)), getJson<IndicatorFile>(indicatorUrl(level, indicator))]);
    current = { level: levelFile, file, figures: territoryFigures(file, period, levelFile.territories), period };
  }

  // ---- Interactive map ----
  controls.hidden = false;
  tools.hidden = false;
  frame.classList.add('map-frame--interactive');

  function syncControls(): void {
    levelSelect.value = state.level;
    indicatorSelect.value = state.indicator;
    periodSelect.value = state.period;
    for (const box of overlayBoxes) {
      box.checked = state.overlays.includes(box.value as Overlay);
      box.disabled = box.value === state.level;
      box.closest('li')!.hidden = box.value === state.level;
    }
    locateLabel.textContent = `Localiser ${config.levelNames[state.level].indefinite}`;
  }

  function writeUrl(push: boolean): void {
    const url = `${location.pathname}${serializeMapState(state, choices)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function describe(code: string | null): string | null {
    const figure = code ? current?.figures.find((f) => f.code === code) : undefined;
    return figure && current ? describeFigure(figure, current.file.unit) : null;
  }

  function showInfo(code: string | null, hint: string): void {
    const figure = code ? current?.figures.find((f) => f.code === code) : undefined;
    if (!figure || !current) {
      infoText.textContent = hint;
      infoLink.hidden = true;
      return;
    }
    infoText.textContent = describeFigure(figure, current.file.unit);
    infoLink.hidden = !config.linkFactsheets;
    infoLink.href = figure.href;
    infoLink.textContent = `Ouvrir la fiche de ce territoire : ${figure.nom}`;
  }

  /** The territory last tapped, clicked or found: a second tap on it opens its factsheet. */
  let selectedCode: string | null = null;

  function open(code: string): void {
    const figure = current?.figures.find((f) => f.code === code);
    if (figure && config.linkFactsheets) location.assign(figure.href);
  }

  /** Downloads the chosen data; null if a newer choice came meanwhile. */
  async function prepare(): Promise<Drawing | null> {
    const id = ++renderId;
    syncControls();
    const [levelFile, file] = await Promise.all([getJson<LevelFile>(levelUrl(state.level)), getJson<IndicatorFile>(indicatorUrl(state.level, state.indicator))]);
    if (id !== renderId) return null;
    const period = file.periods.includes(state.period) ? state.period : file.periods[file.periods.length - 1]!;
    const figures = territoryFigures(file, period, levelFile.territories);
    current = { level: levelFile, file, figures, period };
    return { level: levelFile, file, figures };
  }

  /** Title, legend, summary, table and search list of the current data. */
  function describeCurrent(announce: boolean): void {
    if (!current) return;
    const { file, figures, period } = current;
    const series = seriesOf(file.key);
    const level = config.levelNames[current.level.level];
    const heading = mapTitle(series, level.singular, period);
    title.textContent = heading;
    legend.innerHTML = legendHtml(file, figures) + overlayLegend();
    summary.innerHTML = summaryHtml(figures, file.unit, level.plural);
    caption.textContent = tableCaption(heading, file.unit);
    source.textContent = sourceLine(period);
    renderTable();
    updatePicker();
    if (announce) status.textContent = `Carte mise à jour : ${heading}.`;
  }

  async function render(): Promise<void> {
    const drawing = await prepare();
    if (!drawing) return;
    describeCurrent(true);
    if (!view) return;
    await view.show(drawing);
    await applyOverlays();
    markShown(drawing);
  }

  /** Which map is on screen, for scripts and tests that wait for a change to be drawn. */
  function markShown(drawing: Drawing): void {
    frame.dataset.mapShown = `${drawing.level.level}/${drawing.file.key}/${current?.period ?? ''}`;
  }

  function overlayLegend(): string {
    if (!state.overlays.length) return '';
    const items = state.overlays
      .map((o) => `<li class="map-legend__item"><span class="map-legend__line map-legend__line--${o}"></span><span>limites des ${config.overlayNames[o] ?? o}</span></li>`)
      .join('');
    return `<ul class="map-legend__list map-legend__overlays">${items}</ul>`;
  }

  async function applyOverlays(): Promise<void> {
    if (!view) return;
    // National forest regions are only outlines: the pipeline's TopoJSON, served as is.
    const topologyOf = async (o: Overlay): Promise<Topology> =>
      o === 'rfn' ? getJson<Topology>(`${base}donnees/regions-forestieres.topojson`) : (await getJson<LevelFile>(levelUrl(o))).topology;
    const files = await Promise.all(state.overlays.map(async (o) => [o, await topologyOf(o)] as const));
    await view.setOverlays(new Map(files));
  }

  let drawn = false;
  function markDrawn(): void {
    if (drawn) return;
    drawn = true;
    // The static map stays underneath until the interactive one is drawn, then leaves the page.
    element<HTMLElement>('[data-map-static]', root).hidden = true;
    frame.dataset.mapReady = 'true';
    performance.mark('carte-choroplethe');
  }

  // ---- Controls ----
  levelSelect.addEventListener('change', () => {
    state = { ...state, level: levelSelect.value as MapLevel, overlays: state.overlays.filter((o) => o !== levelSelect.value) };
    writeUrl(true);
    render().catch(fail);
  });
  indicatorSelect.addEventListener('change', () => {
    state = { ...state, indicator: indicatorSelect.value };
    writeUrl(true);
    render().catch(fail);
  });
  periodSelect.addEventListener('change', () => {
    state = { ...state, period: periodSelect.value };
    writeUrl(true);
    render().catch(fail);
  });
  for (const box of overlayBoxes) {
    box.addEventListener('change', () => {
      state = { ...state, overlays: overlayBoxes.filter((b) => b.checked && b.value !== state.level).map((b) => b.value as Overlay) };
      writeUrl(true);
      legend.innerHTML = current ? legendHtml(current.file, current.figures) + overlayLegend() : legend.innerHTML;
      applyOverlays().catch(fail);
    });
  }
  element<HTMLButtonElement>('[data-map-reset]', tools).addEventListener('click', () => {
    state = { ...state, view: null };
    writeUrl(false);
    view?.resetView();
  });
  addEventListener('popstate', () => {
    state = readState();
    view?.setView(state.view);
    render().catch(fail);
  });

  // ---- "Locate a territory" combobox (WAI-ARIA APG pattern) ----
  const picker = element<HTMLElement>('[data-map-locate]', tools);
  const locateLabel = element<HTMLLabelElement>('label', picker);
  const input = element<HTMLInputElement>('input', picker);
  const list = element<HTMLUListElement>('ul', picker);
  let prepared = prepareTerritories<SearchableTerritory>([]);
  let results: SearchableTerritory[] = [];
  let active = -1;
  function updatePicker(): void {
    if (!current) return;
    const levelLabel = config.levelNames[state.level].singular;
    prepared = prepareTerritories(current.level.territories.map((t) => ({ label: `${t.nom} (${t.code})`, levelLabel, code: t.code, href: t.href })));
  }
  function renderList(): void {
    list.replaceChildren(
      ...results.map((item, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.textContent = item.label;
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(item);
        });
        return li;
      }),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }
  function choose(item: SearchableTerritory): void {
    input.value = item.label;
    results = [];
    active = -1;
    renderList();
    tooltip.hidden = true;
    selectedCode = item.code;
    // The information line first: it takes room from the map, which must be fitted to the room left.
    showInfo(item.code, '');
    view?.flyToTerritory(item.code);
    // The search field is below the map on a phone and the map may end below the fold on a
    // desktop: bring the whole map into sight, or the territory is found where no one sees it.
    frame.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }
  input.addEventListener('input', () => {
    results = searchTerritories(prepared, input.value, 8);
    active = -1;
    renderList();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length) {
      active = (active + 1) % results.length;
      renderList();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && results.length) {
      active = active <= 0 ? results.length - 1 : active - 1;
      renderList();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active >= 0 ? active : 0];
      if (chosen) choose(chosen);
    } else if (event.key === 'Escape') {
      results = [];
      active = -1;
      renderList();
    }
  });
  input.addEventListener('blur', () => {
    results = [];
    renderList();
  });

  // ---- Start ----
  const hint = info.dataset.hint ?? '';
  prewarmMap();
  void (async () => {
    const canvas = element<HTMLElement>('[data-map-canvas]', root);
    let drawing = await prepare();
    // The reader may have changed a control while the first data was loading.
    while (!drawing) drawing = await prepare();
    view = new InteractiveMap(canvas, frame, {
      onHover(code, point) {
        const text = describe(code);
        if (!text || !point) {
          tooltip.hidden = true;
          return;
        }
        tooltip.textContent = text;
        tooltip.hidden = false;
        const x = Math.min(point.x + 14, frame.clientWidth - tooltip.offsetWidth - 4);
        const y = point.y + 14 + tooltip.offsetHeight > frame.clientHeight ? point.y - tooltip.offsetHeight - 10 : point.y + 14;
        tooltip.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
        showInfo(code, hint);
      },
      onKeyboardTerritory(code) {
        showInfo(code, hint);
      },
      // A first tap shows the value and the link to the factsheet; a second tap on the same
      // territory (or the link) opens it: on a phone, a value can be read before leaving the map.
      onSelect(code) {
        if (code === selectedCode) return open(code);
        selectedCode = code;
        showInfo(code, hint);
        // The link below the map may be off the screen of a phone: the value's box says how to go on.
        const text = describe(code);
        if (text && config.linkFactsheets && !tooltip.hidden) {
          tooltip.textContent = `${text}. ${matchMedia('(pointer: coarse)').matches ? 'Touchez' : 'Cliquez'} encore pour ouvrir sa fiche.`;
        }
      },
      onOpen: open,
      onViewChange(v) {
        state = { ...state, view: v };
        writeUrl(false);
      },
    }, state.view, drawing);
    // The page's text follows once MapLibre is busy drawing.
    describeCurrent(false);
    await applyOverlays();
    await view.drawn();
    markDrawn();
    markShown(drawing);
    const themeChanged = () => view?.refreshTheme();
    new MutationObserver(themeChanged).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', themeChanged);
  })().catch(fail);

  /** A map that cannot load leaves the static map and the table, and says so. */
  function fail(error: unknown): void {
    element<HTMLElement>('[data-map-error]', root).hidden = false;
    element<HTMLElement>('[data-map-static]', root).hidden = false;
    frame.classList.remove('map-frame--interactive');
    controls.hidden = true;
    tools.hidden = true;
    console.error(error);
  }
}
