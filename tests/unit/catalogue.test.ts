// The catalogue's pure state module: search folding, URL state, filters with counts, sorts, paging.
import { describe, expect, it } from 'vitest';
import { normalizeText, queryTerms, slugify } from '../../src/lib/catalogue/normalize';
import { parseState, serializeState, updateState, DEFAULT_STATE, type CatalogueState } from '../../src/lib/catalogue/state';
import { prepareItems, type CatalogueItem } from '../../src/lib/catalogue/item';
import { paginate, runQuery, sortItems } from '../../src/lib/catalogue/query';
import { formatBytes, formatPartialDate, formatResultCount } from '../../src/lib/catalogue/format';
import { pageWindow, renderCard, renderPager } from '../../src/components/catalogue/cardHtml';

const item = (slug: string, title: string, extra: Partial<CatalogueItem> = {}): CatalogueItem => ({
  slug,
  title,
  description: `Description de ${title}, assez longue.`,
  themes: ['foret-en-france'],
  type: 'donnees-brutes',
  producer: 'IGN',
  external: false,
  download: false,
  formats: ['CSV'],
  ...extra,
});

const items = prepareItems([
  item('incendies-bdiff', 'Base de données sur les incendies de forêts', { themes: ['incendies'], date: '2026-12' }),
  item('mortalite', 'Arbres morts', { themes: ['sante-des-forets', 'attenuation'], date: '2026-11-23' }),
  item('etat-sanitaire', 'État sanitaire des forêts', { themes: ['sante-des-forets'], type: 'article-infographie', date: '2020-04' }),
  item('fra', 'Évaluation des ressources forestières mondiales', { themes: 'toutes', type: 'site-web', date: '2020', external: true }),
  item('zones', 'Zones brûlées', { themes: ['incendies'], type: 'carte-thematique', description: 'Surfaces incendiées par département.' }),
  item('oeuvre', 'Œuvre collective', { themes: ['adaptation'], type: 'contenu-documentaire' }),
]);
const titles = (list: { title: string }[]) => list.map((i) => i.title);
const state = (change: Partial<CatalogueState>): CatalogueState => ({ ...DEFAULT_STATE, ...change });

describe('normalizeText', () => {
  it('ignores case, accents and ligatures', () => {
    expect(normalizeText('FORÊT Évaluée')).toBe(normalizeText('foret evaluee'));
    expect(normalizeText('Œuvre')).toBe('oeuvre');
    expect(normalizeText('l’effet de serre')).toBe("l'effet de serre");
  });
  it('splits a query into folded words', () => {
    expect(queryTerms('  Incendié  de forêt ')).toEqual(['incendie', 'de', 'foret']);
    expect(queryTerms("l'effet")).toEqual(['l', 'effet']);
    expect(queryTerms('   ')).toEqual([]);
  });
  it('makes URL slugs', () => {
    expect(slugify('Santé des forêts')).toBe('sante-des-forets');
    expect(slugify("Atténuation de l'effet de serre")).toBe('attenuation-de-l-effet-de-serre');
  });
});

describe('search', () => {
  it('finds wildfire resources with or without the accent, in any case', () => {
    for (const q of ['incendie', 'incendié', 'INCENDIE', 'Incendi']) {
      expect(titles(runQuery(items, state({ q })).items)).toEqual(['Base de données sur les incendies de forêts', 'Zones brûlées']);
    }
  });
  it('searches the description too, and needs every word', () => {
    expect(titles(runQuery(items, state({ q: 'surfaces departement' })).items)).toEqual(['Zones brûlées']);
    expect(runQuery(items, state({ q: 'surfaces inexistant' })).total).toBe(0);
  });
  it('searches themes, keywords and producer too, with or without the accent', () => {
    for (const q of ['sante', 'santé']) expect(titles(runQuery(items, state({ q })).items)).toEqual(['Arbres morts', 'État sanitaire des forêts']);
    const withKeyword = prepareItems([item('k', 'Titre neutre', { keywords: ['dépérissement'] })]);
    expect(runQuery(withKeyword, state({ q: 'deperissement' })).total).toBe(1);
  });
  it('matches ligatures typed without them', () => {
    expect(titles(runQuery(items, state({ q: 'oeuvre' })).items)).toEqual(['Œuvre collective']);
  });
});

describe('filters and counts', () => {
  it('combines theme and type, and a resource for every theme matches any theme', () => {
    const result = runQuery(items, state({ themes: ['sante-des-forets'], types: ['donnees-brutes'] }));
    expect(titles(result.items)).toEqual(['Arbres morts']);
    const all = runQuery(items, state({ themes: ['adaptation'] }));
    expect(titles(all.items)).toEqual(['Évaluation des ressources forestières mondiales', 'Œuvre collective']);
  });
  it('options of a facet are alternatives (or), facets are combined (and)', () => {
    expect(runQuery(items, state({ types: ['carte-thematique', 'site-web'] })).total).toBe(2);
    expect(runQuery(items, state({ themes: ['incendies'], types: ['carte-thematique', 'site-web'] })).total).toBe(2);
    expect(runQuery(items, state({ themes: ['sante-des-forets'], types: ['carte-thematique'] })).total).toBe(0);
  });
  it('counts what each option would give, keeping the other filters', () => {
    const result = runQuery(items, state({ themes: ['sante-des-forets'] }));
    // Type counts within the selected theme (2 santé + the « toutes » site).
    expect(result.typeCounts).toEqual({
      'article-infographie': 1,
      'carte-thematique': 0,
      'donnees-brutes': 1,
      'contenu-documentaire': 0,
      'site-web': 1,
    });
    // Theme counts ignore the theme selection itself.
    expect(result.themeCounts['incendies']).toBe(3);
    expect(result.themeCounts['sante-des-forets']).toBe(3);
    const withType = runQuery(items, state({ themes: ['sante-des-forets'], types: ['donnees-brutes'] }));
    expect(withType.themeCounts).toMatchObject({ incendies: 1, 'sante-des-forets': 1, attenuation: 1, adaptation: 0 });
  });
  it('counts follow the search', () => {
    const result = runQuery(items, state({ q: 'incendie' }));
    expect(result.themeCounts['incendies']).toBe(2);
    expect(result.themeCounts['sante-des-forets']).toBe(0);
  });
});

describe('sorting', () => {
  it('sorts titles A→Z and Z→A in French order (accents do not push to the end)', () => {
    const az = titles(sortItems(items, 'titre'));
    expect(az).toEqual([
      'Arbres morts',
      'Base de données sur les incendies de forêts',
      'État sanitaire des forêts',
      'Évaluation des ressources forestières mondiales',
      'Œuvre collective',
      'Zones brûlées',
    ]);
    expect(titles(sortItems(items, 'titre-desc'))).toEqual([...az].reverse());
  });
  it('sorts by date either way, undated resources last, ties by title', () => {
    // The dates are not in title order, so a sort by title would fail here.
    expect(titles(sortItems(items, 'date-desc'))).toEqual([
      'Base de données sur les incendies de forêts',
      'Arbres morts',
      'État sanitaire des forêts',
      'Évaluation des ressources forestières mondiales',
      'Œuvre collective',
      'Zones brûlées',
    ]);
    expect(titles(sortItems(items, 'date'))).toEqual([
      'Évaluation des ressources forestières mondiales',
      'État sanitaire des forêts',
      'Arbres morts',
      'Base de données sur les incendies de forêts',
      'Œuvre collective',
      'Zones brûlées',
    ]);
  });
});

describe('paging', () => {
  const many = prepareItems(Array.from({ length: 45 }, (_, i) => item(`r${i}`, `Ressource ${i + 1}`)));
  it('cuts pages and counts them', () => {
    const r = runQuery(many, state({ perPage: 20, page: 3 }));
    expect(r.pageCount).toBe(3);
    expect(titles(r.items)).toEqual(['Ressource 41', 'Ressource 42', 'Ressource 43', 'Ressource 44', 'Ressource 45']);
    expect(r.total).toBe(45);
  });
  it('brings an out-of-range page back within range', () => {
    expect(runQuery(many, state({ perPage: 50, page: 9 })).page).toBe(1);
    expect(runQuery(many, state({ perPage: 10, page: 9 })).page).toBe(5);
    expect(paginate([], 10, 1)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
  it('shows first, last and neighbours in the pager', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    const html = renderPager(2, 5, (p) => `?page=${p}`);
    expect(html).toContain('Page 2 de 5');
    expect(html).toContain('rel="prev"');
    expect(html).toContain('aria-current="page"');
  });
});

describe('URL state', () => {
  it('round-trips every field', () => {
    const s: CatalogueState = { q: 'forêt d’été', themes: ['sante-des-forets', 'incendies'], types: ['donnees-brutes'], sort: 'titre-desc', perPage: 10, page: 3 };
    const url = serializeState(s);
    expect(parseState(url)).toEqual({ ...s, themes: ['incendies', 'sante-des-forets'] });
    expect(serializeState(parseState(url))).toBe(url);
  });
  it('writes nothing for the default view and leaves defaults out', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(serializeState(state({ types: ['site-web'] }))).toBe('?type=site-web');
  });
  it('drops unknown or invalid values instead of failing', () => {
    expect(parseState('?theme=inconnu&theme=incendies&type=x&tri=hasard&par=7&page=-2')).toEqual({ ...DEFAULT_STATE, themes: ['incendies'] });
    expect(parseState('?page=abc&par=100').perPage).toBe(100);
  });
  it('goes back to page 1 when a filter changes, not when the page does', () => {
    const s = state({ page: 4 });
    expect(updateState(s, { themes: ['adaptation'] }).page).toBe(1);
    expect(updateState(s, { page: 5 }).page).toBe(5);
  });
});

describe('cards and formats', () => {
  it('formats sizes, dates and counts in French', () => {
    expect(formatBytes(12_345_678)).toBe('12,3\u00a0Mo');
    expect(formatBytes(999)).toBe('999\u00a0o');
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate('2020-04')).toBe('avril 2020');
    expect(formatPartialDate('2020-04-01')).toBe('1er avril 2020');
    expect(formatResultCount(0)).toBe('Aucun résultat');
    expect(formatResultCount(1)).toBe('1 résultat');
    expect(formatResultCount(1234)).toBe('1\u202f234 résultats');
  });
  it('escapes text and offers a download link with format and size for a file', () => {
    const html = renderCard(
      { ...item('x', 'A <b> & "c"'), href: '/donnees/x.parquet', download: true, formats: ['Parquet'], size: 2_500_000 },
      '/',
    );
    expect(html).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(html).toContain('href="/donnees/x.parquet" download');
    expect(html).toContain('(Parquet, 2,5\u00a0Mo)');
    expect(html).toContain('href="/ressources/x/"');
  });
  it('says so when an internal target is not built, instead of a broken link', () => {
    expect(renderCard(item('y', 'Page à venir'), '/')).toContain('Pas encore disponible');
  });
});
