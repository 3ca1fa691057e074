// Map benchmark, on the built site: time from navigation to the first drawn choropleth of /carte/
// on loopback (median of fresh visits, empty cache), brotli weight of the geometry and data a level
// needs, weight of the map's JavaScript, and how many other pages load it (should be none).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser, newContext } from '../tests/e2e/support/browser.ts';
import { distDir, serveBuiltSite } from '../tests/e2e/support/site.ts';
import { htmlFiles, median, scriptGraph } from './pages.ts';
import { brotliSize } from './site.ts';
import type { Figures } from './run.ts';

const VISITS = 5;
const LEVELS = ['region', 'departement', 'ser', 'greco'] as const;

const brotli = (path: string) => brotliSize(readFileSync(path));



export async function benchMap(): Promise<Figures> {
  const page = join(distDir, 'carte', 'index.html');
  if (!existsSync(page)) return {};
  const figures: Figures = {};

  for (const level of LEVELS) {
    const levelFile = join(distDir, 'carte', 'donnees', `${level}.json`);
    const dir = join(distDir, 'carte', 'donnees', level);
    if (!existsSync(levelFile) || !existsSync(dir)) continue;
    // The heaviest indicator of the level: what a reader downloads at most to see one map of it.
    const heaviest = Math.max(...readdirSync(dir).map((f) => brotli(join(dir, f))));
    figures[`carte_donnees_${level}_br`] = { value: (brotli(levelFile) + heaviest) / 1024, unit: 'KB' };
  }

  const mapScripts = scriptGraph(readFileSync(page, 'utf8'));
  const maplibre = [...mapScripts].filter((f) => /maplibre|MapExplorer/i.test(readFileSync(join(distDir, f), 'utf8').slice(0, 2000)) || /maplibre|MapExplorer/i.test(f));
  figures.carte_js_br = { value: [...mapScripts].reduce((n, f) => n + brotli(join(distDir, f)), 0) / 1024, unit: 'KB' };
  let elsewhere = 0;
  for (const file of htmlFiles(distDir)) {
    if (relative(distDir, file) === join('carte', 'index.html')) continue;
    const graph = scriptGraph(readFileSync(file, 'utf8'));
    if (maplibre.some((f) => graph.has(f))) elsewhere++;
  }
  figures.carte_js_autres_pages = { value: elsewhere, unit: 'pages' };

  const site = await serveBuiltSite();
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    const firstPaints: number[] = [];
    for (let i = 0; i < VISITS; i++) {
      const context = await newContext(browser);
      const tab = await context.newPage();
      await tab.goto(`${site.url}/carte/`);
      await tab.waitForSelector('[data-map-frame][data-map-ready]', { timeout: 60_000 });
      times.push(Number(await tab.evaluate('performance.getEntriesByName("carte-choroplethe")[0].startTime')));
      // The static choropleth is in the HTML: it is on screen at the first contentful paint.
      firstPaints.push(Number(await tab.evaluate('performance.getEntriesByName("first-contentful-paint")[0].startTime')));
      await context.close();
    }
    figures.carte_premiere_choroplethe_statique = { value: median(firstPaints), unit: 'ms' };
    figures.carte_premiere_choroplethe = { value: median(times), unit: 'ms' };
  } finally {
    await browser.close();
    await site.close();
  }
  return figures;
}

// `npx tsx bench/map.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, f] of Object.entries(await benchMap())) console.log(`${name}: ${f.value.toFixed(2)} ${f.unit}`);
}
