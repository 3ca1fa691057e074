// "Les forêts de mon territoire" as an elected official uses it: find a territory, read its
// figures with their intervals, compare, download, print, and read it all without JavaScript.
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { newContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import { distDir } from './support/site.ts';
import { parquetPath, queryRows } from '../../src/lib/data/query.ts';
import { formatCell } from '../../src/lib/factsheet/cells.ts';
import type { ResultRow } from '../../src/lib/estimation/types.ts';
import { DEFAULT_PERIOD } from '../../src/lib/estimation/config.ts';

const env = browserSuite();

function factsheetFiles(): string[] {
  const root = join(distDir, 'territoires');
  const files = [join(root, 'france', 'index.html')];
  for (const level of ['region', 'departement', 'ser', 'greco']) {
    for (const code of readdirSync(join(root, level))) files.push(join(root, level, code, 'index.html'));
  }
  return files;
}

describe('fiches construites', () => {
  test('une fiche par territoire : France, 13 régions, 96 départements, 86 SER, 11 GRECO', () => {
    const files = factsheetFiles();
    expect(files.filter(existsSync)).toHaveLength(1 + 13 + 96 + 86 + 11);
  });

  test('aucune fiche ne contient NaN, undefined, null, Infinity ni graphique vide', () => {
    const problems: string[] = [];
    for (const file of factsheetFiles()) {
      const html = readFileSync(file, 'utf8');
      const { document } = parseHTML(html);
      const text = document.querySelector('main')?.textContent ?? '';
      for (const word of ['NaN', 'undefined', 'null', 'Infinity']) if (new RegExp(`\\b${word}\\b`).test(text)) problems.push(`${file} : « ${word} » dans le texte`);
      for (const figure of document.querySelectorAll('.chart-figure')) {
        if (figure.querySelectorAll('svg rect, svg text').length < 2) problems.push(`${file} : graphique vide (${figure.querySelector('h3')?.textContent})`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('les chiffres des tableaux de fiches tirées au hasard égalent le fichier de résultats', async () => {
    const sample = ['departement/33', 'region/75', 'ser/F21', 'greco/G', 'departement/07'];
    const results = await queryRows<ResultRow>(`SELECT * FROM '${parquetPath('resultats.parquet')}' WHERE period = ? AND indicator = 'part_composition'`, [DEFAULT_PERIOD]);
    for (const path of sample) {
      const [level, code] = path.split('/');
      const { document } = parseHTML(readFileSync(join(distDir, 'territoires', path, 'index.html'), 'utf8'));
      const table = [...document.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent?.includes('par composition'));
      expect(table, `${path} : tableau de composition`).toBeTruthy();
      const expected = results.filter((r) => r.level === level && r.code === code && r.category !== 'indetermine');
      for (const row of expected) {
        const line = [...table!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === row.category_label && tr.textContent?.includes(document.querySelector('h1')!.textContent!.replace(/^Les forêts (de la |de l’|des |du |d’|de )/, '').replace(/^sylvoécorégion |^grande région écologique /, '')));
        expect(line, `${path} : ligne ${row.category_label}`).toBeTruthy();
        const cells = [...line!.querySelectorAll('td')].map((td) => td.textContent);
        if (row.significant) expect(cells).toContain(formatCell(row.value, row.unit));
        else expect(cells).toContain('non significatif');
      }
    }
  });
});

describe('dans le navigateur', () => {
  test('chercher « ardeche » puis ouvrir la fiche de l’Ardèche', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/`);
    const box = page.getByRole('combobox', { name: /Rechercher un territoire/ });
    await box.fill('ardeche');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('Ardèche');
    await box.press('Enter');
    await page.waitForURL('**/territoires/departement/07/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Les forêts de l’Ardèche');
    await context.close();
  });

  test('la fiche de la Gironde donne sa surface forestière avec son intervalle', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/departement/33/`);
    const figure = page.locator('.key-figure', { hasText: 'Surface forestière' });
    await expect(figure.locator('.key-figure__value').textContent()).resolves.toMatch(/\d.*\s(ha|hectares)/);
    await expect(figure.locator('.key-figure__interval').textContent()).resolves.toMatch(/^entre .+ et .+/);
    await expect(page.locator('#superficie .comment').textContent()).resolves.toContain('de la Gironde');
    await context.close();
  });

  test('comparer les Landes et la Gironde par lien permanent', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/comparer/?t=departement-40,departement-33`);
    const table = page.locator('.compare-table');
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(1)).toEqual(['Landes (40)', 'Gironde (33)']);
    await expect(table.locator('tbody tr').first().textContent()).resolves.toMatch(/Surface forestière/);
    await expect(page.locator('#territoire-1').inputValue()).resolves.toBe('departement-40');
    await context.close();
  });

  test('un code inconnu dans le lien donne un message clair', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/comparer/?t=departement-33,departement-999`);
    // The message appears once the comparison data has loaded: wait for it rather than read at once.
    const alert = page.getByRole('alert');
    await alert.getByText('Territoire inconnu : « departement-999 »', { exact: false }).waitFor();
    expect(await alert.textContent()).toContain('Les codes s’écrivent par exemple « departement-33 »');
    await context.close();
  });

  test('le CSV de la fiche se télécharge et se lit', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/departement/33/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Les chiffres de la fiche \(CSV/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trim().split('\r\n').map((line) => line.split(';'));
    expect(header).toContain('Borne basse (IC 95 %)');
    const area = lines.find((l) => l[3] === 'Surface forestière' && l[6] === DEFAULT_PERIOD);
    expect(area?.[0]).toBe('Gironde');
    expect(Number(area![7]!.replace(',', '.'))).toBeGreaterThan(100_000);
    expect(Number(area![8]!.replace(',', '.'))).toBeLessThan(Number(area![7]!.replace(',', '.')));
    await context.close();
  });

  test('sans JavaScript, une fiche montre tous ses graphiques', async () => {
    const context = await newContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/region/75/`);
    const figures = await page.locator('.chart-figure').count();
    expect(figures).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.chart-figure svg[role="img"]').count()).toBe(figures);
    expect(await page.locator('.locator-map').count()).toBe(1);
    await context.close();
  });
});

describe('intercommunalités et communes', () => {
  test('chercher « clermont » propose l’intercommunalité et le département de Clermont-Ferrand', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/`);
    const box = page.getByRole('combobox', { name: /Rechercher un territoire/ });
    await box.fill('clermont');
    const epci = page.getByRole('option', { name: /Clermont-Ferrand \(63\).*intercommunalité/ });
    await epci.waitFor();
    await expect(page.getByRole('option', { name: /Clermont-Ferrand \(63\).*département : Puy-de-Dôme/ }).count()).resolves.toBe(1);
    await epci.click();
    await page.waitForURL('**/territoires/epci/246300701/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Les forêts de l’intercommunalité de Clermont-Ferrand');
    await context.close();
  });

  test('chercher « saint-martin » liste des homonymes avec leur département', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/`);
    const box = page.getByRole('combobox', { name: /Rechercher un territoire/ });
    await box.fill('saint-martin');
    await page.getByRole('option', { name: /^Saint-Martin \(\d\w\)/ }).first().waitFor();
    const labels = await page.getByRole('option').allTextContents();
    const homonyms = new Set(labels.filter((l) => /^Saint-Martin \(/.test(l)).map((l) => /\((\w+)\)/.exec(l)![1]));
    expect(homonyms.size).toBeGreaterThan(1);
    await context.close();
  });

  test('la fiche d’une intercommunalité donne la surface de la BD Forêt du fichier source et un volume avec intervalle', async () => {
    const [row] = await queryRows<{ total: number }>(
      `SELECT surface_foret_ha AS total FROM '${parquetPath('bdforet_epci.parquet')}' WHERE siren = '246300701'`,
    );
    const html = readFileSync(join(distDir, 'territoires', 'epci', '246300701', 'index.html'), 'utf8');
    const { document } = parseHTML(html);
    expect(document.querySelector('[data-total-ha]')?.textContent).toBe(`${new Intl.NumberFormat('fr-FR').format(Math.round(row!.total))} ha`);
    const volume = [...document.querySelectorAll('.key-figure')].find((k) => k.textContent?.includes('Volume de bois sur pied'));
    expect(volume?.querySelector('.key-figure__interval')?.textContent).toMatch(/^entre .+ et .+m³/);
    expect(document.querySelector('#volume-carbone')?.textContent).toContain('du Puy-de-Dôme');
  });

  test('la fiche d’un département liste ses intercommunalités, sans JavaScript', () => {
    const { document } = parseHTML(readFileSync(join(distDir, 'territoires', 'departement', '63', 'index.html'), 'utf8'));
    const links = [...document.querySelectorAll('#intercommunalites a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/territoires/epci/246300701/');
    expect(document.querySelector('#intercommunalites .comment')?.textContent).toMatch(/carte forestière de l’IGN .* compte .* de forêt/);
  });
});

describe('rien de caché dans les répartitions', () => {
  test('les parts par composition et par essence principale de chaque fiche somment à 100 %', async () => {
    const { resultsFor } = await import('../../src/lib/factsheet/results.ts');
    const territories = await queryRows<{ level: ResultRow['level']; code: string }>(`SELECT level, code FROM '${parquetPath('territoires.parquet')}'`);
    const off: string[] = [];
    for (const t of territories) {
      const mine = await resultsFor(t.level, t.code);
      for (const [indicator, breakdown] of [['part_composition', 'composition'], ['part_essence', 'essence']] as const) {
        const rows = mine.wholeShares(indicator, breakdown);
        const sum = rows.reduce((s, r) => s + (r.value ?? 0), 0);
        // A territory without plots (Paris) has no breakdown at all: nothing to add up.
        const estimated = rows.some((r) => r.value !== null);
        if (estimated && Math.abs(sum - 100) > 1e-6) off.push(`${t.level} ${t.code} ${indicator} : ${sum}`);
      }
    }
    expect(off).toEqual([]);
  });

  test('la fiche des Landes montre la part de forêt sans couvert d’arbres recensé et l’explique', () => {
    const { document } = parseHTML(readFileSync(join(distDir, 'territoires', 'departement', '40', 'index.html'), 'utf8'));
    const section = document.querySelector('#type')!;
    expect(section.querySelector('table')?.textContent).toContain('Sans couvert d’arbres recensé');
    expect(section.querySelector('.comment')?.textContent).toMatch(/Les surfaces sans couvert d’arbres recensé .*, qui restent de la forêt, en représentent \d/);
    expect(document.querySelector('#essences table')?.textContent).toContain('Sans couvert d’arbres recensé');
  });
});

test('« Comparer ce territoire » ouvre la comparaison avec le territoire, sa région et la France déjà choisis', () => {
  const { document } = parseHTML(readFileSync(join(distDir, 'territoires', 'departement', '03', 'index.html'), 'utf8'));
  const link = [...document.querySelectorAll('#telecharger a')].find((a) => a.textContent?.includes('Comparer ce territoire'));
  expect(link?.getAttribute('href')).toBe('/territoires/comparer/?t=departement-03,region-84,france');
});
