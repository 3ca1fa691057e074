// Explorer benchmark, on the built site (SITE_DIST_DIR or dist/), on loopback:
// - cold time from opening /explorateur/ to the first result (the default selection's published
//   result, no engine: empty cache, median of fresh visits), and the bytes loaded until then;
// - cold time of the first computed result after the reader changes the selection (DuckDB-WASM
//   download and start, tables needed, query);
// - median time of a new selection (territory, period, filter or plot breakdown changed) once the
//   tables are loaded, and separately the median first computation of an indicator's variables;
// - bytes downloaded for the first result: as served here (no compression on loopback), and what a
//   server compressing with brotli would send;
// - pages other than the explorer that load DuckDB-WASM (should be none), from the scripts every
//   page references and from the requests of a few pages opened in the browser.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser, newContext } from '../tests/e2e/support/browser.ts';
import { distDir, serveBuiltSite } from '../tests/e2e/support/site.ts';
import { htmlFiles, median, scriptGraph } from './pages.ts';
import { serializeState } from '../src/lib/explorer/state.ts';
import type { Selection } from '../src/lib/explorer/query.ts';
import { EXPLORER_TABLES } from '../src/lib/explorer/tables.ts';
import { brotliSize } from './site.ts';
import type { Figures } from './run.ts';

const VISITS = 3;




/** A sequence of selections a reader makes once the first result is shown. */
const base: Selection = { indicator: 'surface_foret', territories: [{ level: 'region', codes: 'tous' }], period: '2015-2019', breakdown: 'aucune', filters: {} };
const SEQUENCES: Selection[][] = [
  [
    { ...base, territories: [{ level: 'departement', codes: 'tous' }] },
    { ...base, territories: [{ level: 'region', codes: ['84'] }], breakdown: 'pente' },
    { ...base, territories: [{ level: 'region', codes: ['84'] }], breakdown: 'exposition' },
    { ...base, territories: [{ level: 'ser', codes: 'tous' }], period: '2010-2014' },
    { ...base, territories: [{ level: 'region', codes: ['44'] }], filters: { pente: ['30-60', '60+'] } },
  ],
  [
    { ...base, indicator: 'volume', territories: [{ level: 'region', codes: ['84'] }] },
    { ...base, indicator: 'volume', territories: [{ level: 'region', codes: ['75'] }] },
    { ...base, indicator: 'volume', territories: [{ level: 'departement', codes: ['33', '40'] }], period: 'toutes' },
    { ...base, indicator: 'volume', territories: [{ level: 'region', codes: ['84'] }], filters: { pente: ['30-60', '60+'] } },
    { ...base, indicator: 'volume', territories: [{ level: 'greco', codes: 'tous' }], breakdown: 'exposition' },
  ],
  [
    { ...base, indicator: 'part_essence', breakdown: 'espece', territories: [{ level: 'region', codes: ['84'] }] },
    { ...base, indicator: 'part_essence', breakdown: 'espece', territories: [{ level: 'region', codes: ['44'] }] },
    { ...base, indicator: 'part_essence', breakdown: 'espece', territories: [{ level: 'ser', codes: ['G50'] }], period: '2012-2016' },
    { ...base, indicator: 'part_essence', breakdown: 'exposition', territories: [{ level: 'region', codes: ['84'] }] },
  ],
];

export async function benchExplorer(): Promise<Record<string, { value: number; unit: string }>> {
  const pagePath = join(distDir, 'explorateur', 'index.html');
  if (!existsSync(pagePath)) return {};
  const figures: Figures = {};

  // Static check: which pages reference the DuckDB-WASM bundle, directly or through their scripts.
  const duckFiles = (g: Set<string>) => [...g].filter((f) => /duckdb/i.test(f));
  const explorerDuck = duckFiles(scriptGraph(readFileSync(pagePath, 'utf8')));
  let elsewhere = 0;
  for (const file of htmlFiles(distDir)) {
    if (relative(distDir, file) === join('explorateur', 'index.html')) continue;
    if (duckFiles(scriptGraph(readFileSync(file, 'utf8'))).length) elsewhere++;
  }

  const site = await serveBuiltSite();
  const browser = await launchBrowser();
  try {
    // Cold first result: new context (empty cache) for each visit.
    const firstTimes: number[] = [];
    let firstBytes = 0;
    let firstBrotli = 0;
    for (let i = 0; i < VISITS; i++) {
      const context = await newContext(browser);
      const tab = await context.newPage();
      // Every same-origin response, workers' included (the engine and the tables are fetched there).
      const files = new Set<string>();
      tab.on('response', (r) => {
        const url = new URL(r.url());
        if (url.origin === site.url) files.add(decodeURIComponent(url.pathname));
      });
      await tab.goto(`${site.url}/explorateur/`);
      await tab.waitForFunction(`document.querySelector('[data-explorer]').dataset.state === 'result'`, null, { timeout: 300_000 });
      firstTimes.push(Number(await tab.evaluate('performance.getEntriesByName("explorateur-premier-resultat")[0].startTime')));
      if (i === 0) {
        // What the first result needed: everything but the tables loaded in the background after it.
        const needed = new Set((await tab.evaluate('window.__explorer.query.tables')) as string[]);
        const background = EXPLORER_TABLES.filter((t) => !needed.has(t.name)).map((t) => `/donnees/${t.file}`);
        for (const p of [...files].filter((f) => !background.includes(f))) {
          const file = join(distDir, p.endsWith('/') ? `${p}index.html` : decodeURIComponent(p));
          if (!existsSync(file)) continue;
          const bytes = readFileSync(file);
          firstBytes += bytes.length;
          // Parquet is already zstd-compressed: a server sends it as is.
          firstBrotli += /\.parquet$/.test(file) ? bytes.length : brotliSize(bytes, 9);
        }
      }
      await context.close();
    }
    figures.explorateur_premier_resultat_froid_ms = { value: median(firstTimes), unit: 'ms' };
    figures.explorateur_premier_resultat_octets = { value: firstBytes / 1e6, unit: 'MB' };
    figures.explorateur_premier_resultat_octets_br = { value: firstBrotli / 1e6, unit: 'MB' };

    // New selections in one session, all tables loaded.
    const context = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(`${site.url}/explorateur/`);
    await tab.waitForFunction(`document.querySelector('[data-explorer]').dataset.state === 'result'`, null, { timeout: 300_000 });
    const run = async (sel: Selection): Promise<number> => {
      const t = (await tab.evaluate(
        `(async () => { window.__explorer = null; const s = document.querySelector('[data-explorer]'); s.dataset.state = 'loading'; const t0 = performance.now(); history.pushState(null, '', ${JSON.stringify(`?${serializeState(sel)}`)}); dispatchEvent(new PopStateEvent('popstate')); while (!window.__explorer && s.dataset.state === 'loading') await new Promise((r) => setTimeout(r, 2)); if (!window.__explorer) throw new Error(s.dataset.state + ' ' + document.querySelector('[data-error]').textContent); return [window.__explorer.at - t0, window.__explorer.ms]; })()`,
      )) as [number, number];
      if (process.env['BENCH_VERBOSE']) console.error(`  ${sel.indicator} ${JSON.stringify(sel.territories)} ${sel.breakdown}: ${t[0].toFixed(0)} ms dont requête ${t[1].toFixed(0)} ms`);
      return t[0];
    };
    // The first change of selection starts the engine: the reader waits for all of it.
    figures.explorateur_premier_calcul_apres_changement_ms = { value: await run(SEQUENCES[0]![0]!), unit: 'ms' };
    // Every table loaded first (the page does it in the background right after the first computed result).
    await tab.waitForFunction(`document.querySelector('[data-explorer]').dataset.tables === 'chargees'`, null, { timeout: 300_000 });
    const firsts: number[] = [];
    const selections: number[] = [];
    for (const seq of SEQUENCES) {
      firsts.push(await run(seq[0]!));
      for (const sel of seq.slice(1)) selections.push(await run(sel));
      if (process.env['BENCH_VERBOSE']) console.error(seq[0]!.indicator, firsts.at(-1), selections.slice(-(seq.length - 1)));
    }
    figures.explorateur_nouvelle_selection_mediane_ms = { value: median(selections), unit: 'ms' };
    figures.explorateur_premier_calcul_indicateur_mediane_ms = { value: median(firsts), unit: 'ms' };
    await context.close();

    // Live check: opening other pages downloads nothing of DuckDB.
    let requested = 0;
    for (const path of ['/', '/carte/', '/territoires/france/', '/ressources/', '/methodologie/']) {
      if (!existsSync(join(distDir, path, 'index.html'))) continue;
      const ctx = await newContext(browser);
      const p = await ctx.newPage();
      p.on('request', (r) => {
        if (/duckdb|\.wasm/i.test(r.url())) requested++;
      });
      await p.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      await ctx.close();
    }
    figures.explorateur_duckdb_autres_pages = { value: elsewhere + requested, unit: 'pages' };
    figures.explorateur_bundle_duckdb_fichiers = { value: explorerDuck.length, unit: 'fichiers' };
  } finally {
    await browser.close();
    await site.close();
  }
  return figures;
}
