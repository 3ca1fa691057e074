// Over 400 lines: the explorer page's one state machine; drawing is in render.ts, queries and state in src/lib/explorer.
// The explorer page's controller: reads the state from the address (or shows what is wrong with
// it), fills the form, shows the default selection's published result at once, starts DuckDB-WASM
// (with a visible progress indication) only when a selection must be computed, runs it and draws
// the table, the chart, the map, the SQL and the downloads. State lives in the URL: every result has
// a permalink.
import type { Topology } from 'topojson-specification';
import { SOURCE_IFN, indicator as catalogueIndicator } from '../../../lib/estimation/catalogue.ts';
import type { Level } from '../../../lib/estimation/types.ts';
import { explorerCsv } from '../../../lib/explorer/csv.ts';
import { BREAKDOWN_LABELS, FILTER_IDS, availableBreakdowns, unavailableReason, type BreakdownId, type FilterId } from '../../../lib/explorer/options.ts';
import { explorerParquet } from '../../../lib/explorer/parquetExport.ts';
import { DERIVED_TABLES, buildExplorerQuery, type BuiltQuery, type Selection, type TerritorySelection } from '../../../lib/explorer/query.ts';
import { breakdownTitle, shapeRows, type ExplorerRow } from '../../../lib/explorer/results.ts';
import { DEFAULT_SELECTION, LEVELS, describeSelection, parseState, serializeState, type Reference } from '../../../lib/explorer/state.ts';
import type { Engine, Progress } from './engine.ts';
import { mapLevel, mapSvg, resultChart, tableHtml } from './render.ts';
import { formatInteger } from '../../../lib/format/numbers.ts';
import { element } from '../../dom.ts';

interface Config {
  base: string;
  ref: Reference;
}

const root = element('[data-explorer]');
const config = JSON.parse(element('script[data-explorer-config]').textContent ?? '{}') as Config;
/** The default selection's result as published by the build (null rows: none). */
const published = JSON.parse(element('script[data-explorer-published]').textContent ?? '{}') as { search: string; rows: Record<string, unknown>[] | null };
const ref = config.ref;
const form = element<HTMLFormElement>('form.explorer-form', root);
const statusEl = element('[data-status]', root);
const progressEl = element<HTMLProgressElement>('[data-progress]', root);
const statusText = element('[data-status-text]', root);
const errorEl = element('[data-error]', root);
const resultEl = element('[data-result]', root);

// ---- Form -----------------------------------------------------------------------------------

const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T | null;

function selectedValues(name: string): string[] {
  const el = field<HTMLSelectElement>(name);
  if (el instanceof HTMLSelectElement) return [...el.selectedOptions].map((o) => o.value);
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

function setValues(name: string, values: readonly string[]): void {
  const set = new Set(values);
  const el = field<HTMLSelectElement>(name);
  if (el instanceof HTMLSelectElement) for (const o of el.options) o.selected = set.has(o.value);
  else for (const i of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) i.checked = set.has(i.value);
}

/** Lower case without accents, for the territory filter. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Fills the territory list for a level: one checkbox per territory, « Tous » first. */
function fillTerritories(level: Level): void {
  const box = element('[data-territory-list]', root);
  const list = ref.territories.filter((t) => t.level === level);
  const all = level === 'france' ? [] : [{ code: 'tous', label: `Tous (${level === 'departement' ? 'tous les départements' : level === 'region' ? 'toutes les régions' : level === 'ser' ? 'toutes les sylvoécorégions' : 'toutes les GRECO'})` }];
  const items = [...all, ...list.map((t) => ({ code: t.code, label: t.level === 'france' ? 'France métropolitaine' : `${t.nom} (${t.code})` }))];
  box.replaceChildren(
    ...items.map(({ code, label }) => {
      const item = document.createElement('label');
      item.className = 'inline';
      item.dataset['search'] = fold(label);
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = 'territoires';
      input.value = code;
      item.append(input, ` ${label}`);
      return item;
    }),
  );
  const filter = element<HTMLInputElement>('[data-territory-filter]', root);
  filter.value = '';
  filter.hidden = list.length < 10;
  filter.previousElementSibling?.toggleAttribute('hidden', list.length < 10);
}

/** « Tous » and single territories exclude each other: ticking one unticks the other kind. */
function keepTerritoriesConsistent(changed: HTMLInputElement): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="territoires"]')];
  if (changed.value === 'tous' && changed.checked) for (const b of boxes) b.checked = b.value === 'tous';
  else if (changed.checked) for (const b of boxes) if (b.value === 'tous') b.checked = false;
  if (!boxes.some((b) => b.checked)) (boxes.find((b) => b.value === 'tous') ?? boxes[0])!.checked = true;
}

function updateBreakdowns(indicatorId: string): void {
  const ok = new Set(availableBreakdowns(indicatorId));
  const select = field<HTMLSelectElement>('ventilation')!;
  for (const o of select.options) {
    o.disabled = !ok.has(o.value as BreakdownId);
    o.textContent = BREAKDOWN_LABELS[o.value as BreakdownId] + (o.disabled ? ` (indisponible : ${unavailableReason(indicatorId, o.value as BreakdownId)})` : '');
  }
  const ind = catalogueIndicator(indicatorId);
  element('[data-indicator-description]', root).textContent = `${ind.description} Unité : ${ind.unit}.`;
}

function fillForm(sel: Selection): void {
  field<HTMLSelectElement>('indicateur')!.value = sel.indicator;
  const main = sel.territories.find((t) => t.level !== 'france') ?? sel.territories[0] ?? DEFAULT_SELECTION.territories[0]!;
  field<HTMLSelectElement>('niveau')!.value = main.level;
  fillTerritories(main.level);
  setValues('territoires', main.level === 'france' ? ['FR'] : main.codes === 'tous' ? ['tous'] : main.codes);
  field<HTMLInputElement>('avec-france')!.checked = main.level !== 'france' && sel.territories.some((t) => t.level === 'france');
  field<HTMLSelectElement>('periode')!.value = sel.period;
  updateBreakdowns(sel.indicator);
  field<HTMLSelectElement>('ventilation')!.value = sel.breakdown;
  for (const f of FILTER_IDS) setValues(f, sel.filters[f] ?? []);
  const active = FILTER_IDS.filter((f) => sel.filters[f]?.length).length;
  element('[data-filter-count]', root).textContent = active ? ` (${active} actif${active > 1 ? 's' : ''})` : '';
}

function readForm(): Selection {
  const level = field<HTMLSelectElement>('niveau')!.value as Level;
  const codes = selectedValues('territoires');
  const territories: TerritorySelection[] = [];
  if (level === 'france' || field<HTMLInputElement>('avec-france')!.checked) territories.push({ level: 'france', codes: ['FR'] });
  if (level !== 'france' && codes.length) territories.push({ level, codes: codes.includes('tous') ? 'tous' : codes });
  const filters: Partial<Record<FilterId, string[]>> = {};
  for (const f of FILTER_IDS) {
    const v = selectedValues(f);
    if (v.length) filters[f] = v.sort();
  }
  return {
    indicator: field<HTMLSelectElement>('indicateur')!.value,
    territories: territories.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level)),
    period: field<HTMLSelectElement>('periode')!.value,
    breakdown: field<HTMLSelectElement>('ventilation')!.value as BreakdownId,
    filters,
  };
}

// ---- Status, errors ---------------------------------------------------------------------------

const STEP_LABELS: Record<string, string> = {
  moteur: 'Démarrage du moteur de calcul (DuckDB-WASM, chargé une fois par visite)',
  placettes: 'Chargement des placettes',
  arbres: 'Chargement des arbres (1 million de lignes)',
  arbres_morts: 'Chargement des arbres morts',
  couverts: 'Chargement des couverts par essence',
  especes: 'Chargement des essences',
  territoires: 'Chargement des territoires',
  production_arbre: 'Calcul de la production par arbre (une fois par visite)',
  variables: 'Calcul des variables par placette',
  calcul: 'Estimation',
};

function showStatus(text: string, fraction?: number): void {
  statusEl.hidden = false;
  statusText.textContent = text;
  if (fraction === undefined) progressEl.removeAttribute('value');
  else progressEl.value = fraction;
}

function hideStatus(): void {
  statusEl.hidden = true;
}

function showErrors(messages: readonly string[], title = 'Cette sélection ne peut pas être calculée'): void {
  hideStatus();
  errorEl.hidden = false;
  errorEl.innerHTML = '';
  const h = document.createElement('h2');
  h.textContent = title;
  const ul = document.createElement('ul');
  for (const m of messages) {
    const li = document.createElement('li');
    li.textContent = m;
    ul.append(li);
  }
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.href = `${config.base}explorateur/?${serializeState(DEFAULT_SELECTION)}`;
  a.textContent = 'Revenir à la sélection par défaut';
  p.append('Corrigez la sélection dans le formulaire, ou ', a, '.');
  errorEl.append(h, ul, p);
  // Above the form, and brought into view: the reader sees at once what is wrong.
  errorEl.focus({ preventScroll: true });
  errorEl.scrollIntoView({ block: 'nearest' });
}

function hideErrors(): void {
  errorEl.hidden = true;
  errorEl.innerHTML = '';
}

// ---- Engine ---------------------------------------------------------------------------------

let engine: Promise<Engine | null> | null = null;
let engineStarted = false;
// Until DuckDB has started, its download is the long part: tables decoding meanwhile stay silent.
const stepProgress: Progress = ({ step, fraction }) => {
  // Nothing to show while the engine warms up with no computation waiting for it.
  if (root.dataset.state !== 'loading') return;
  if (!engineStarted && step !== 'moteur') return;
  showStatus(`${STEP_LABELS[step] ?? step}…`, fraction);
};

/**
 * DuckDB-WASM, downloaded and started on the first selection that must be computed (its code is a
 * separate bundle: the page loads none of it before). Null, with a message, if the browser cannot run it.
 */
function startEngine(tables: readonly string[]): Promise<Engine | null> {
  engine ??= (async () => {
    const { Engine, missingFeatures } = await import('./engine.ts');
    const missing = await missingFeatures();
    if (missing) {
      hideStatus();
      element('[data-unsupported]', root).hidden = false;
      element('[data-unsupported-reason]', root).textContent = missing;
      root.dataset.state = 'unsupported';
      return null;
    }
    const started = new Engine(config.base, stepProgress, tables);
    void started.started().then(() => {
      engineStarted = true;
      if (root.dataset.state === 'loading') showStatus('Chargement des données…');
    });
    return started;
  })();
  return engine;
}

// ---- Result ---------------------------------------------------------------------------------

const topologies = new Map<Level, Promise<Topology>>();
function topology(level: Level): Promise<Topology> {
  let p = topologies.get(level);
  if (!p) {
    p = fetch(`${config.base}donnees/territoires-${level}.topojson`).then((r) => {
      if (!r.ok) throw new Error(`Fond de carte introuvable (${r.status})`);
      return r.json() as Promise<Topology>;
    });
    topologies.set(level, p);
  }
  return p;
}

let downloadUrls: string[] = [];
function downloadLink(a: HTMLAnchorElement, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrls.push(url);
  a.href = url;
  a.download = filename;
}

async function render(sel: Selection, q: BuiltQuery, rows: ExplorerRow[]): Promise<void> {
  const ind = catalogueIndicator(sel.indicator);
  const title = describeSelection(sel, ref);
  resultEl.hidden = false;
  // Measured once shown: the chart is drawn at the width it will have (phones included).
  const width = Math.min(720, resultEl.clientWidth || 720);
  element('[data-result-title]', resultEl).textContent = title;
  const titles = breakdownTitle(q);
  element('[data-result-meta]', resultEl).textContent = [
    `Unité : ${ind.unit}`,
    titles.category ? `catégories : ${titles.category}` : null,
    titles.domain ? `placettes ventilées par ${titles.domain.toLowerCase()}` : null,
    `${rows.length} estimation${rows.length > 1 ? 's' : ''}, intervalles de confiance à 95 %`,
    `Source : ${SOURCE_IFN}`,
  ]
    .filter(Boolean)
    .join(' · ');

  const chartBox = element('[data-chart]', resultEl);
  chartBox.replaceChildren(resultChart(rows, { width, unit: ind.unit, title }));
  element('[data-chart-caption]', resultEl).textContent = new Set(rows.map((r) => r.period)).size > 1
    ? 'Points : estimations par fenêtre de cinq campagnes ; traits verticaux : intervalles de confiance à 95 %. Une estimation que la règle de significativité écarte n’est pas tracée (« n. s. » : estimation trop imprécise).'
    : 'Barres : estimations ; traits : intervalles de confiance à 95 %. Une estimation que la règle de significativité écarte n’est pas tracée (« estimation trop imprécise »).';

  const mapBox = element('[data-map]', resultEl);
  const level = mapLevel(rows, q.split);
  mapBox.hidden = true;
  mapBox.innerHTML = '';
  if (level) {
    const periods = [...new Set(rows.map((r) => r.period))];
    const categories = [...new Set(rows.map((r) => r.category))];
    const period = periods[periods.length - 1]!;
    const category = categories[0]!;
    const shown = rows.filter((r) => r.period === period && r.category === category);
    const keyOf = (r: ExplorerRow) => (level === 'ser' && r.domain ? r.domain : r.code);
    try {
      const topo = await topology(level);
      const label = rows.find((r) => r.category === category)?.categoryLabel ?? '';
      mapBox.innerHTML = `<h3>Carte${categories.length > 1 ? ` : ${label}` : ''}, ${period}</h3>${mapSvg(topo, shown, keyOf, { width: Math.min(420, width), title: `${title}${categories.length > 1 ? `, ${label}` : ''}, ${period}`, unit: ind.unit })}`;
      mapBox.hidden = false;
    } catch (e) {
      mapBox.textContent = `Carte indisponible : ${(e as Error).message}`;
      mapBox.hidden = false;
    }
  }

  element('[data-table]', resultEl).innerHTML = tableHtml(rows, title);

  element('[data-sql]', resultEl).textContent = q.sql;
  element('[data-params]', resultEl).textContent = q.params.map((p, i) => `$${i + 1} = ${typeof p === 'string' ? `'${p}'` : p}`).join('\n');
  const setup = element('[data-setup]', resultEl);
  setup.hidden = q.setup.length === 0;
  element('[data-setup-sql]', resultEl).textContent = q.setup.map((d) => catalogueSetup(d)).join('\n\n');

  for (const u of downloadUrls) URL.revokeObjectURL(u);
  downloadUrls = [];
  const name = `explorateur-${sel.indicator}-${sel.period}`;
  downloadLink(element('[data-csv]', resultEl), new Blob([explorerCsv(rows, ind.label)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  downloadLink(element('[data-parquet]', resultEl), new Blob([explorerParquet(rows, title)], { type: 'application/vnd.apache.parquet' }), `${name}.parquet`);
  element<HTMLInputElement>('[data-permalink]', resultEl).value = location.href;
}

const catalogueSetup = (name: string) => DERIVED_TABLES.get(name) ?? '';

// ---- Runs -------------------------------------------------------------------------------------

let generation = 0;

async function compute(sel: Selection): Promise<void> {
  const mine = ++generation;
  const q = buildExplorerQuery(sel);
  if ('error' in q) {
    resultEl.hidden = true;
    hideStatus();
    showErrors([q.error]);
    root.dataset.state = 'error';
    return;
  }
  hideErrors();
  root.dataset.state = 'loading';
  try {
    if (!engineStarted) showStatus(`${STEP_LABELS['moteur']}…`);
    const duck = await startEngine(q.tables);
    if (!duck) return;
    await duck.started();
    const t0 = performance.now();
    const raw = await duck.run(q, stepProgress);
    const ms = performance.now() - t0;
    if (mine !== generation) return;
    const rows = shapeRows(raw, q, ref);
    hideStatus();
    if (rows.length === 0) {
      resultEl.hidden = true;
      showErrors(['Aucune placette ne correspond à cette sélection : élargissez les filtres (pente, exposition, sylvoécorégion, composition) ou choisissez un autre territoire.'], 'Sélection vide');
      root.dataset.state = 'empty';
      return;
    }
    await render(sel, q, rows);
    element('[data-timing]', resultEl).textContent = `Calculé dans votre navigateur en ${formatInteger(ms)} ms.`;
    root.dataset.state = 'result';
    // Marks for the benchmark: the first result after opening the page, and each result.
    if (performance.getEntriesByName('explorateur-premier-resultat').length === 0) performance.mark('explorateur-premier-resultat');
    (window as unknown as { __explorer: unknown }).__explorer = { rows, query: q, ms, at: performance.now(), bytes: duck.bytes };
    document.dispatchEvent(new CustomEvent('explorer:result', { detail: { ms } }));
    // Once the first result is on screen, the other tables load in the background.
    void duck.loadAll().then(
      () => (root.dataset.tables = 'chargees'),
      () => undefined,
    );
  } catch (e) {
    if (mine !== generation) return;
    hideStatus();
    resultEl.hidden = true;
    showErrors([`Le calcul a échoué : ${(e as Error).message}. Rechargez la page ; si l’erreur persiste, signalez-la avec le lien de cette page.`], 'Erreur de calcul');
    root.dataset.state = 'error';
  }
}

/** The published result of the default selection, drawn without the engine. */
async function showPublished(sel: Selection): Promise<void> {
  const q = buildExplorerQuery(sel);
  if ('error' in q || !published.rows) return compute(sel);
  ++generation;
  hideErrors();
  hideStatus();
  const rows = shapeRows(published.rows, q, ref);
  await render(sel, q, rows);
  element('[data-timing]', resultEl).textContent =
    'Résultat publié par le site, déjà calculé : le moteur de calcul ne se charge dans votre navigateur que si vous changez la sélection.';
  root.dataset.state = 'result';
  if (performance.getEntriesByName('explorateur-premier-resultat').length === 0) performance.mark('explorateur-premier-resultat');
  (window as unknown as { __explorer: unknown }).__explorer = { rows, query: q, ms: 0, at: performance.now(), bytes: 0, published: true };
}

/** Shows a selection: the published result when it is the default one, else computed. */
function show(sel: Selection): Promise<void> {
  return serializeState(sel) === published.search && published.rows ? showPublished(sel) : compute(sel);
}

function applySelection(sel: Selection, push: boolean): void {
  const search = `?${serializeState(sel)}`;
  if (push && search !== location.search) history.pushState(null, '', search);
  void show(sel);
}

async function main(): Promise<void> {
  root.dataset.state = 'starting';
  form.hidden = false;
  const parsed = parseState(location.search, ref);
  fillForm(parsed.selection);
  if (parsed.errors.length) {
    showErrors(parsed.errors, 'Le lien de cette page contient des erreurs');
    root.dataset.state = 'error';
  } else {
    void show(parsed.selection);
  }

  element<HTMLInputElement>('[data-territory-filter]', root).addEventListener('input', (e) => {
    const words = fold((e.target as HTMLInputElement).value.trim());
    for (const item of element('[data-territory-list]', root).querySelectorAll<HTMLElement>('label')) item.hidden = words !== '' && !item.dataset['search']!.includes(words);
  });
  // A reader who touches the form is about to change the selection: the engine starts then, so
  // that the first computed result comes sooner; a reader who only looks downloads none of it.
  const warmUp = () => void startEngine(['placettes', 'territoires']).catch(() => undefined);
  form.addEventListener('focusin', warmUp, { once: true });
  form.addEventListener('pointerdown', warmUp, { once: true });
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLElement;
    if (target.hasAttribute('data-territory-filter')) return;
    if (target instanceof HTMLInputElement && target.name === 'territoires') keepTerritoriesConsistent(target);
    if (target instanceof HTMLSelectElement && target.name === 'niveau') {
      fillTerritories(target.value as Level);
      setValues('territoires', target.value === 'france' ? ['FR'] : ['tous']);
    }
    if (target instanceof HTMLSelectElement && target.name === 'indicateur') updateBreakdowns(target.value);
    const sel = readForm();
    const active = FILTER_IDS.filter((f) => sel.filters[f]?.length).length;
    element('[data-filter-count]', root).textContent = active ? ` (${active} actif${active > 1 ? 's' : ''})` : '';
    applySelection(sel, true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    applySelection(readForm(), true);
  });
  element('[data-reset-filters]', root).addEventListener('click', () => {
    for (const f of FILTER_IDS) setValues(f, []);
    applySelection(readForm(), true);
  });
  window.addEventListener('popstate', () => {
    const p = parseState(location.search, ref);
    fillForm(p.selection);
    if (p.errors.length) showErrors(p.errors, 'Le lien de cette page contient des erreurs');
    else void show(p.selection);
  });
  element('[data-copy]', root).addEventListener('click', async () => {
    const input = element<HTMLInputElement>('[data-permalink]', root);
    try {
      await navigator.clipboard.writeText(input.value);
      element('[data-copied]', root).textContent = 'Lien copié.';
    } catch {
      input.select();
      element('[data-copied]', root).textContent = 'Sélectionnez le lien et copiez-le (Ctrl+C).';
    }
  });
}

main().catch((e: unknown) => {
  hideStatus();
  showErrors([`L’explorateur n’a pas pu démarrer : ${(e as Error).message}.`], 'Erreur au démarrage');
  root.dataset.state = 'error';
});
