// Site benchmark: time of `astro build`, and per page type the brotli-compressed weight of the HTML
// plus every CSS and JS file the page loads (what a visitor downloads to read it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { distDir as dist } from '../tests/e2e/support/site.ts';
import type { Figures } from './run.ts';

/** One representative page per page type; a type whose page is not built is skipped. */
const pageTypes: Record<string, string> = {
  accueil: '/',
  page_info: '/mentions-legales/',
  plan_du_site: '/plan-du-site/',
  methodologie: '/methodologie/',
  catalogue: '/ressources/',
  fiche_territoire: '/territoires/departement/33/',
  fiche_epci: '/territoires/epci/246300701/',
  liste_epci: '/territoires/epci/',
  thematique: '/thematiques/la-foret-en-france/',
  carte: '/carte/',
  explorateur: '/explorateur/',
};

/** Bytes of `bytes` compressed as a server would send them (brotli; quality 9 for the large explorer engine). */
export const brotliSize = (bytes: Buffer, quality = 11) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

/**
 * Same-origin files the HTML references directly: stylesheets, module scripts, preloads, images
 * and the shared SVG outlines that `<use>` draws (a first visit downloads them; later pages reuse them).
 */
function assetsOf(html: string): string[] {
  const refs = [
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<(?:img|use)[^>]+(?:src|href)="([^"#]+)/g),
  ].map((m) => m[1]!);
  return [...new Set(refs.filter((ref) => ref.startsWith('/')))];
}

export function pageWeight(path: string): { html: number; css: number; js: number; other: number } {
  const html = readFileSync(join(dist, path, 'index.html'));
  let css = 0;
  let js = 0;
  let other = 0;
  for (const asset of assetsOf(html.toString())) {
    const size = brotliSize(readFileSync(join(dist, asset)));
    if (asset.endsWith('.css')) css += size;
    else if (asset.endsWith('.js')) js += size;
    else other += size;
  }
  return { html: brotliSize(html), css, js, other };
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, entry) => n + (entry.isDirectory() ? countPages(join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

export async function benchSite(): Promise<Figures> {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', dist], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const astroSeconds = (performance.now() - start) / 1000;
  // The search index completes the build (npm run build does the same), so dist/ stays whole.
  const searchStart = performance.now();
  execFileSync('npx', ['pagefind', '--site', dist], { stdio: 'ignore' });
  const figures: Figures = {
    site_build_time: { value: astroSeconds, unit: 's' },
    search_index_time: { value: (performance.now() - searchStart) / 1000, unit: 's' },
    site_pages: { value: countPages(dist), unit: 'pages' },
  };
  for (const [type, path] of Object.entries(pageTypes)) {
    if (!existsSync(join(dist, path, 'index.html'))) continue;
    const weight = pageWeight(path);
    figures[`${type}_html_br`] = { value: weight.html / 1024, unit: 'KB' };
    figures[`${type}_css_br`] = { value: weight.css / 1024, unit: 'KB' };
    figures[`${type}_js_br`] = { value: weight.js / 1024, unit: 'KB' };
    if (weight.other) figures[`${type}_autres_br`] = { value: weight.other / 1024, unit: 'KB' };
    figures[`${type}_total_br`] = { value: (weight.html + weight.css + weight.js + weight.other) / 1024, unit: 'KB' };
  }
  // The commune index the territory picker fetches on the first keystroke (target: under 300 KB compressed).
  const communes = join(dist, 'territoires', 'communes.json');
  if (existsSync(communes)) figures['index_communes_br'] = { value: brotliSize(readFileSync(communes)) / 1024, unit: 'KB' };
  return figures;
}
