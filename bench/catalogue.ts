// Catalogue benchmark: time of one interaction (filter, count, sort, page, and the HTML of the
// shown page) on a generated 1,000-entry catalogue, and the compressed weight of the built
// catalogue page and of its JSON index. Budget: under 20 ms per interaction; page under 60 KB.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareItems, type CatalogueItem } from '../src/lib/catalogue/item.ts';
import { runQuery } from '../src/lib/catalogue/query.ts';
import { DEFAULT_STATE, type CatalogueState } from '../src/lib/catalogue/state.ts';
import { THEMES, TYPES } from '../src/lib/catalogue/vocabulary.ts';
import { renderCard, renderPager } from '../src/components/catalogue/cardHtml.ts';
import { distDir } from '../tests/e2e/support/site.ts';
import { brotliSize, pageWeight } from './site.ts';
import { random } from '../tests/e2e/support/random.ts';
import type { Figures } from './run.ts';


const WORDS = ['forêt', 'incendie', 'chêne', 'hêtre', 'résineux', 'carbone', 'sécheresse', 'récolte', 'volume', 'département', 'région', 'mortalité', 'essence', 'sylvoécorégion', 'peuplement', 'biodiversité', 'bois', 'énergie', 'santé', 'climat'];

export function syntheticCatalogue(count: number): CatalogueItem[] {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    slug: `ressource-${i}`,
    title: `${words(3)} ${i}`.replace(/^./, (c) => c.toUpperCase()),
    description: `${words(25)}.`,
    themes: rand() < 0.1 ? 'toutes' : [...new Set([pick(THEMES).slug, pick(THEMES).slug])],
    type: pick(TYPES).slug,
    producer: pick(['IGN', 'Agreste', 'BDIFF', 'INSEE', 'Observatoire des forêts']),
    ...(rand() < 0.8 ? { date: `${2000 + Math.floor(rand() * 26)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}` } : {}),
    href: `/donnees/fichier-${i}.parquet`,
    external: false,
    download: true,
    formats: ['Parquet'],
    size: Math.floor(rand() * 5e7),
  }));
}

/** The sequence of interactions a reader makes, as states. */
const interactions: Partial<CatalogueState>[] = [
  { q: 'f' }, { q: 'fo' }, { q: 'for' }, { q: 'foret' }, { q: 'foret incendie' },
  { q: '', themes: ['sante-des-forets'] }, { themes: ['sante-des-forets'], types: ['donnees-brutes'] },
  { themes: ['sante-des-forets'], types: ['donnees-brutes'], sort: 'titre-desc' },
  { themes: ['sante-des-forets'], types: ['donnees-brutes'], sort: 'date-desc', perPage: 100 },
  { sort: 'titre', perPage: 100, page: 3 }, { sort: 'date', perPage: 10, page: 7 },
];


export async function benchCatalogue(): Promise<Figures> {
  const items = prepareItems(syntheticCatalogue(1000));
  const times: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const change of interactions) {
      const start = performance.now();
      const result = runQuery(items, { ...DEFAULT_STATE, ...change });
      const html = result.items.map((item) => renderCard(item, '/')).join('') + renderPager(result.page, result.pageCount, (p) => `?page=${p}`);
      times.push(performance.now() - start);
      if (html.length === 0 && result.total > 0) throw new Error('catalogue : page vide');
    }
  }
  times.sort((a, b) => a - b);
  const figures: Figures = {
    catalogue_interaction_1000_median: { value: times[Math.floor(times.length / 2)]!, unit: 'ms' },
    catalogue_interaction_1000_p95: { value: times[Math.floor(times.length * 0.95)]!, unit: 'ms' },
    catalogue_interaction_1000_max: { value: times[times.length - 1]!, unit: 'ms' },
  };
  const prepareStart = performance.now();
  prepareItems(syntheticCatalogue(1000));
  figures['catalogue_prepare_1000'] = { value: performance.now() - prepareStart, unit: 'ms' };

  // Weight of the built page (HTML + CSS + JS, brotli) and of the index it fetches.
  if (existsSync(join(distDir, 'ressources', 'index.html'))) {
    const weight = pageWeight('/ressources/');
    figures['catalogue_page_br'] = { value: (weight.html + weight.css + weight.js) / 1024, unit: 'KB' };
    const index = join(distDir, 'ressources', 'index.json');
    if (existsSync(index)) figures['catalogue_index_br'] = { value: brotliSize(readFileSync(index)) / 1024, unit: 'KB' };
  }
  return figures;
}
