// "Les forêts de mon territoire" as an elected official uses it: find a territory, read its
// figures with their intervals, compare, download, print, and read it all without JavaScript.
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { newContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import { distDir } from './support/site.ts';
import { parquetSource, queryRows } from '../../src/lib/data/query.ts';
import { formatCell } from '../../src/lib/format/numbers.ts';
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

  test('aucune fiche n’écrit plus de chiffres significatifs que son intervalle n’en permet', () => {
    // Significant digits of a French number as printed: « 32 700 000 » → 3, « 80,3 » → 3, « 0,12 » → 2.
    const digitsOf = (text: string) => {
      const number = /-?\d[\d\s\u202f]*(,\d+)?/.exec(text)?.[0].replace(/[\s\u202f]/g, '') ?? '';
      const [int = '', dec = ''] = number.replace('-', '').split(',');
      const all = (int + dec).replace(/^0+/, '');
      return dec ? all.length : all.replace(/0+$/, '').length;
    };
    const parse = (text: string) => Number(text.replace(/[\s\u202f]/g, '').replace(',', '.'));
    const problems: string[] = [];
    let checked = 0;
    for (const file of factsheetFiles()) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      for (const table of document.querySelectorAll('.chart-figure table')) {
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
        const at = headers.findIndex((h) => h.startsWith('Estimation ('));
        if (at < 0 || headers[at + 1]?.replace('\u202f', ' ') !== 'Borne basse (IC 95 %)') continue;
        for (const tr of table.querySelectorAll('tbody tr')) {
          const cells = [...tr.children].map((c) => c.textContent ?? '');
          const [estimate, lower, upper] = [cells[at]!, cells[at + 1]!, cells[at + 2]!];
          if (!/\d/.test(estimate)) continue;
          checked++;
          const value = parse(estimate);
          const halfWidth = (parse(upper) - parse(lower)) / 2;
          // More than three digits only when the interval is narrower than the third digit.
          const finer = halfWidth > 0 && halfWidth < 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
          if (digitsOf(estimate) > 3 && !finer) problems.push(`${file} : ${cells[0]} ${estimate} (${lower} à ${upper})`);
        }
      }
      for (const el of document.querySelectorAll('.key-figure__value, .key-figure__interval')) {
        for (const number of (el.textContent ?? '').match(/\d[\d\s\u202f]*(,\d+)?/g) ?? []) if (digitsOf(number) > 3) problems.push(`${file} : chiffre clé « ${el.textContent} »`);
      }
    }
    expect(checked).toBeGreaterThan(5_000);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('chaque phrase des fiches commence par une majuscule', () => {
    const problems: string[] = [];
    let sentences = 0;
    for (const file of factsheetFiles()) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      for (const p of document.querySelectorAll('main p')) {
        const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
        // Sentence starts: the paragraph's, and after « . » unless a number or an abbreviation follows.
        for (const start of [text, ...text.split(/(?<=[a-zé%)»]\.) /).slice(1)]) {
          if (!start) continue;
          sentences++;
          if (/^[a-zàâçéèêëîïôûù]/.test(start)) problems.push(`${file} : « ${start.slice(0, 60)} »`);
        }
      }
    }
    expect(sentences).toBeGreaterThan(5_000);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('les chiffres des tableaux de fiches tirées au hasard égalent le fichier de résultats', async () => {
    // The pages print « 75 % » with a narrow no-break space (typography); the results file does not.
    const spaced = (text: string | null | undefined) => text?.replaceAll('\u202f', ' ');
    const sample = ['departement/33', 'region/75', 'ser/F21', 'greco/G', 'departement/07'];
    const results = await queryRows<ResultRow>(`SELECT * FROM ${parquetSource('resultats.parquet')} WHERE period = ? AND indicator = 'part_composition'`, [DEFAULT_PERIOD]);
    for (const path of sample) {
      const [level, code] = path.split('/');
      const { document } = parseHTML(readFileSync(join(distDir, 'territoires', path, 'index.html'), 'utf8'));
      const table = [...document.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent?.includes('par composition'));
      expect(table, `${path} : tableau de composition`).toBeTruthy();
      const expected = results.filter((r) => r.level === level && r.code === code && r.category !== 'indetermine');
      for (const row of expected) {
        const line = [...table!.querySelectorAll('tbody tr')].find((tr) => spaced(tr.querySelector('th')?.textContent) === row.category_label && tr.textContent?.includes(document.querySelector('h1')!.textContent!.replace(/^Les forêts (de la |de l’|des |du |d’|de )/, '').replace(/^sylvoécorégion |^grande région écologique /, '')));
        expect(line, `${path} : ligne ${row.category_label}`).toBeTruthy();
        const cells = [...line!.querySelectorAll('td')].map((td) => td.textContent);
        if (row.significant) expect(cells).toContain(formatCell(row.value, row.unit));
        else expect(cells).toContain('estimation trop imprécise');
      }
    }
  });
});

/** A fresh page on /territoires/ with `query` typed in the territory search box. */
async function searchFor(query: string) {
  const context = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.site.url}/territoires/`);
  const box = page.getByRole('combobox', { name: /Rechercher un territoire/ });
  await box.fill(query);
  return { context, page, box };
}

describe('ce que la fiche dit de la fiabilité de ses chiffres', () => {
  const page = (path: string) => parseHTML(readFileSync(join(distDir, 'territoires', path, 'index.html'), 'utf8')).document;
  const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

  test('la fiche de la Corse met ses valeurs à l’hectare à côté de celles de l’IGN et signale dès le haut l’écart net du carbone', () => {
    const document = page('region/94');
    const section = document.querySelector('#ign');
    expect(plain(section?.querySelector('p.comment')?.textContent)).toMatch(/net pour le carbone \(−\d+,\d %\)/);
    const rows = [...(section?.querySelectorAll('tbody tr') ?? [])].map((tr) => plain(tr.querySelector('th')?.textContent));
    expect(rows).toEqual(['Volume (m³/ha)', 'Production (m³/ha/an)', 'Mortalité (m³/ha/an)', 'Carbone (tC/ha)']);
    // IGN's published carbon for Corse, 2016–2020.
    expect(plain(section?.querySelectorAll('tbody tr')[3]?.querySelectorAll('td')[1]?.textContent)).toBe('74,6');
    expect(plain(document.querySelector('.key-figures + .note')?.textContent)).toMatch(/Pour le carbone à l’hectare, ce site s’écarte nettement du chiffre publié par l’IGN \(−\d+,\d %\)/);
  });

  test('avant 1996, la fiche des Bouches-du-Rhône ne donne pas 0 ha de forêt brûlée mais « non distinguée »', () => {
    const rows = [...page('departement/13').querySelectorAll('#incendies tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => plain(c.textContent)));
    expect(rows.find((r) => r[0] === '1995')?.[3]).toBe('non distinguée');
    expect(rows.find((r) => r[0] === '1996')?.[3]).toMatch(/^\d/);
    expect(plain(page('departement/13').querySelector('#incendies p.comment')?.textContent)).toMatch(/De 1996 à 2024, seule période où la BDIFF distingue la forêt, [\d\s\u202f]+ ha ont brûlé, dont au moins [\d\s\u202f]+ ha de forêt\./);
  });

  test('une fiche de département n’a pas de comparaison avec l’IGN, faute de chiffre publié', () => {
    expect(page('departement/33').querySelector('#ign')).toBeNull();
  });

  test('Paris, sans placette, le dit une fois en haut de sa fiche et renvoie à sa région', () => {
    const notice = page('departement/75').querySelector('[data-no-plot]');
    expect(plain(notice?.textContent)).toContain('Aucune placette forestière de l’inventaire n’a été relevée dans le département');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/territoires/region/11/');
    expect(page('departement/33').querySelector('[data-no-plot]')).toBeNull();
  });
});

describe('dans le navigateur', () => {
  test('chercher « ardeche » puis ouvrir la fiche de l’Ardèche', async () => {
    const { context, page, box } = await searchFor('ardeche');
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

  test('la comparaison se télécharge en CSV et, sur un téléphone, ne coupe aucune colonne', async () => {
    const context = await newContext(env.browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/comparer/?t=departement-03,departement-63,region-84,france`);
    await page.locator('.compare-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each territory's figure is on screen with its name, for the first figure (surface).
    const first = page.locator('.compare-table tbody tr').first().locator('td');
    await expect(first.evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['label']))).resolves.toEqual(['Allier (03)', 'Puy-de-Dôme (63)', 'Auvergne-Rhône-Alpes (84)', 'France métropolitaine']);
    for (const box of await Promise.all((await first.all()).map((c) => c.boundingBox()))) expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger cette comparaison (CSV)' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    expect(lines[0]).toEqual(['Territoire', 'Clé', 'Indicateur', 'Période', 'Estimation', 'Borne basse (IC 95 %)', 'Borne haute (IC 95 %)', 'Unité', 'Significatif']);
    expect(new Set(lines.slice(1).map((l) => l[0]))).toEqual(new Set(['Allier', 'Puy-de-Dôme', 'Auvergne-Rhône-Alpes', 'France métropolitaine']));
    const allierPerHa = lines.find((l) => l[0] === 'Allier' && l[2] === 'Volume à l’hectare');
    expect(Number(allierPerHa![4]!.replace(',', '.'))).toBeGreaterThan(100);
    await context.close();
  });

  test('un code inconnu dans le lien donne un message clair', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/comparer/?t=departement-33,departement-999`);
    // The message appears once the comparison data has loaded: wait for it rather than read at once.
    const alert = page.getByRole('alert');
    await alert.getByText('Territoire inconnu : « departement-999 »', { exact: false }).waitFor();
    expect(await alert.textContent()).toMatch(/Les codes s’écrivent par exemple «\sdepartement-33\s»/);
    await context.close();
  });

  test('les CSV de la fiche (estimations, récolte, incendies) se téléchargent sous le nom du territoire et se lisent', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/departement/33/`);
    const fetchCsv = async (name: RegExp) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const [header, ...lines] = text.trim().split('\r\n').map((line) => line.split(';'));
      return { file: download.suggestedFilename(), header: header!, lines };
    };
    const estimates = await fetchCsv(/Les estimations de l’inventaire, toutes périodes \(CSV/);
    expect(estimates.file).toBe('forets-gironde-33.csv');
    expect(estimates.header).toContain('Borne basse (IC 95 %)');
    const area = estimates.lines.find((l) => l[3] === 'Surface forestière' && l[6] === DEFAULT_PERIOD);
    expect(area?.[0]).toBe('Gironde');
    expect(Number(area![7]!.replace(',', '.'))).toBeGreaterThan(100_000);
    expect(Number(area![8]!.replace(',', '.'))).toBeLessThan(Number(area![7]!.replace(',', '.')));
    // No false precision: volumes in m³ are whole numbers.
    const volume = estimates.lines.find((l) => l[3] === 'Volume de bois sur pied' && l[5] === 'Total' && l[6] === DEFAULT_PERIOD);
    expect(volume?.[7]).toMatch(/^\d+$/);

    const harvest = await fetchCsv(/La récolte de bois commercialisée par année/);
    expect(harvest.file).toBe('recolte-bois-gironde-33.csv');
    expect(harvest.header).toEqual(['Territoire', 'Code', 'Année', 'Usage', 'Volume', 'Unité', 'Secret statistique', 'Source']);
    expect(harvest.lines.some((l) => l[3] === 'Bois d’œuvre' && Number(l[4]!.replace(',', '.')) > 100 && l[5] === 'milliers de m³ de bois rond sur écorce')).toBe(true);

    const fires = await fetchCsv(/Les feux et surfaces parcourues par année/);
    expect(fires.file).toBe('incendies-gironde-33.csv');
    expect(fires.lines[0]?.[2]).toBe('2006');
    expect(fires.lines.every((l) => l[0] === 'Gironde' && /^\d+$/.test(l[3]!))).toBe(true);
    await context.close();
  });

  test('sans JavaScript, une fiche montre tous ses graphiques', async () => {
    const context = await newContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/region/75/`);
    const figures = await page.locator('.chart-figure').count();
    expect(figures).toBeGreaterThanOrEqual(6);
    // Each chart is rendered for a desktop and a phone; CSS shows one.
    expect(await page.locator('.chart-figure .theme-chart--wide svg[role="img"]').count()).toBe(figures);
    expect(await page.locator('.chart-figure .theme-chart--narrow svg[role="img"]').count()).toBe(figures);
    expect(await page.locator('.locator-map').count()).toBe(1);
    await context.close();
  });
});

describe('sur un téléphone', () => {
  test.each(['/territoires/departement/03/', '/territoires/region/84/', '/territoires/ser/F21/', '/territoires/france/'])(
    '%s : à 390 px, chaque texte de graphique mesure au moins 12 px et rien ne déborde',
    async (path) => {
      const context = await newContext(env.browser, { viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${env.site.url}${path}`);
      const report = await page.evaluate(() => {
        const small: string[] = [];
        let texts = 0;
        for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-figure svg[role="img"]')) {
          const box = svg.getBoundingClientRect();
          if (box.width === 0) continue; // the desktop rendering, hidden on a phone
          const scale = box.width / svg.width.baseVal.value;
          for (const text of svg.querySelectorAll('text')) {
            if (!text.textContent?.trim()) continue;
            texts++;
            const size = parseFloat(getComputedStyle(text).fontSize) * scale;
            if (size < 12) small.push(`${text.textContent} : ${size.toFixed(1)} px`);
          }
        }
        const overflowing = [...document.querySelectorAll('.chart-figure__svg')].filter((el) => el.scrollWidth > el.clientWidth + 1).length;
        return { small, texts, overflowing, pageWidth: document.documentElement.scrollWidth };
      });
      expect(report.texts).toBeGreaterThan(20);
      expect(report.small).toEqual([]);
      expect(report.overflowing).toBe(0);
      expect(report.pageWidth).toBeLessThanOrEqual(390);
      await context.close();
    },
  );
});

test('imprimée, la fiche date ses données et ne dit pas « cliquez »', async () => {
  const context = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.site.url}/territoires/departement/03/`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('main').innerText();
  expect(printed).toMatch(/Données\s: IGN, inventaire forestier national, campagnes 2015 à 2019 .* version de la fiche du \d{1,2} \S+ 20\d\d/);
  expect(printed).not.toMatch(/cliquez/i);
  await page.emulateMedia({ media: 'screen' });
  expect(await page.locator('main').innerText()).toMatch(/cliquez sur un territoire voisin/);
  await context.close();
});

describe('citer une fiche', () => {
  test('sans adresse configurée, la citation donne le chemin de la page, puis l’adresse où elle est servie', async () => {
    const { document } = parseHTML(readFileSync(join(distDir, 'territoires', 'departement', '03', 'index.html'), 'utf8'));
    const citation = document.querySelector('.citation')!.textContent!.replace(/\s+/g, ' ');
    expect(citation).toMatch(/inventaire forestier national, campagnes 2015 à 2019\. \/territoires\/departement\/03\/ \(version du \d{1,2} \S+ 20\d\d\)/);
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/territoires/departement/03/`);
    await expect(page.locator('.citation').textContent()).resolves.toContain(`${env.site.url}/territoires/departement/03/ (version du`);
    await context.close();
  });
});

describe('intercommunalités et communes', () => {
  test('chercher « clermont » propose l’intercommunalité et le département de Clermont-Ferrand', async () => {
    const { context, page } = await searchFor('clermont');
    const epci = page.getByRole('option', { name: /Clermont-Ferrand \(63\).*intercommunalité/ });
    await epci.waitFor();
    await expect(page.getByRole('option', { name: /Clermont-Ferrand \(63\).*département : Puy-de-Dôme/ }).count()).resolves.toBe(1);
    await epci.click();
    await page.waitForURL('**/territoires/epci/246300701/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Les forêts de l’intercommunalité de Clermont-Ferrand');
    await context.close();
  });

  test('chercher « saint-martin » liste des homonymes avec leur département', async () => {
    const { context, page } = await searchFor('saint-martin');
    await page.getByRole('option', { name: /^Saint-Martin \(\d\w\)/ }).first().waitFor();
    const labels = await page.getByRole('option').allTextContents();
    const homonyms = new Set(labels.filter((l) => /^Saint-Martin \(/.test(l)).map((l) => /\((\w+)\)/.exec(l)![1]));
    expect(homonyms.size).toBeGreaterThan(1);
    await context.close();
  });

  test('la fiche d’une intercommunalité donne la surface de la BD Forêt du fichier source et un volume avec intervalle', async () => {
    const [row] = await queryRows<{ total: number }>(
      `SELECT surface_foret_ha AS total FROM ${parquetSource('bdforet_epci.parquet')} WHERE siren = '246300701'`,
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
    const territories = await queryRows<{ level: ResultRow['level']; code: string }>(`SELECT level, code FROM ${parquetSource('territoires.parquet')}`);
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

test('la fiche de l’Allier compare, sans JavaScript, ses chiffres clés à ceux de ses six voisins, de sa région et de la France', () => {
  const { document } = parseHTML(readFileSync(join(distDir, 'territoires', 'departement', '03', 'index.html'), 'utf8'));
  const table = document.querySelector('#voisins table')!;
  const names = [...table.querySelectorAll('tbody th')].map((th) => th.querySelector('a')?.textContent ?? th.firstChild?.textContent?.trim());
  expect(names).toEqual(['Allier', 'Cher', 'Creuse', 'Loire', 'Nièvre', 'Puy-de-Dôme', 'Saône-et-Loire', 'Auvergne-Rhône-Alpes', 'France métropolitaine']);
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
  expect(headers).toEqual(['Territoire', 'Taux de boisement (%)', 'Volume à l’hectare (m³/ha)', 'Carbone à l’hectare (tC/ha)', 'Surface forestière (ha)']);
  // Every cell is a figure with its interval, or says why there is none.
  for (const td of table.querySelectorAll('tbody td')) expect(td.textContent).toMatch(/^\d[\d\s\u202f,]*(\d[\d\s\u202f,]* – \d[\d\s\u202f,]*|d’après la surface publiée)$|^estimation trop imprécise$/);
});
