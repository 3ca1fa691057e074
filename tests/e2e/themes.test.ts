// The six thematic articles in the built site, as a reader meets them: the index with each key
// figure, every page with three charts or more and their tables, no broken number, the figures in
// the text equal to the data, readable without JavaScript and on a phone, and accessible.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { newContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import { distDir } from './support/site.ts';
import { accessibilityProblems } from './support/checks.ts';
import { readFireCells } from '../../src/lib/themes/loaders.ts';
import { fireCoverage, firesByYear, nationalYears, recordYears } from '../../src/lib/themes/fires.ts';

const THEMES = ['la-foret-en-france', 'incendies', 'sante-des-forets', 'ressources-bois', 'adaptation', 'attenuation'];
const pathOf = (slug: string) => `/thematiques/${slug}/`;
const htmlOf = (slug: string) => readFileSync(join(distDir, 'thematiques', slug, 'index.html'), 'utf8');
const plain = (s: string | null | undefined) => (s ?? '').replaceAll('\u202f', ' ').replace(/\s+/g, ' ').trim();

const suite = browserSuite();

describe('pages construites', () => {
  test('l’index présente les six thèmes, chacun avec son chiffre clé', () => {
    const { document } = parseHTML(readFileSync(join(distDir, 'thematiques', 'index.html'), 'utf8'));
    const cards = [...document.querySelectorAll('.theme-card')];
    expect(cards).toHaveLength(6);
    for (const card of cards) {
      expect(card.querySelector('a')?.getAttribute('href')).toMatch(/^\/thematiques\/[a-z-]+\/$/);
      expect(plain(card.querySelector('.theme-card__figure strong')?.textContent)).toMatch(/\d/);
    }
  });

  test('chaque page a au moins trois graphiques ou cartes, chacun avec son tableau et sa source, sans NaN ni undefined', () => {
    const problems: string[] = [];
    for (const slug of THEMES) {
      const { document } = parseHTML(htmlOf(slug));
      const main = document.querySelector('main');
      const text = main?.textContent ?? '';
      for (const word of ['NaN', 'undefined', 'null', 'Infinity']) if (new RegExp(`\\b${word}\\b`).test(text)) problems.push(`${slug} : « ${word} » dans la page`);
      const figures = [...document.querySelectorAll('figure.chart-figure')];
      if (figures.length < 3) problems.push(`${slug} : ${figures.length} graphiques`);
      for (const figure of figures) {
        const title = figure.querySelector('.chart-figure__title')?.textContent;
        if (figure.querySelectorAll('svg path, svg rect').length < 2) problems.push(`${slug} : graphique vide (${title})`);
        if (figure.querySelectorAll('table tbody tr').length < 2) problems.push(`${slug} : tableau vide (${title})`);
        if (!/^Sources? :/.test(plain(figure.querySelector('.source')?.textContent))) problems.push(`${slug} : source absente (${title})`);
      }
      for (const fact of document.querySelectorAll('[data-fact]')) if (plain(fact.textContent) === '') problems.push(`${slug} : chiffre vide ${fact.getAttribute('data-fact')}`);
    }
    expect(problems).toEqual([]);
  });

  test('les chiffres du texte sont ceux des données : année et surface record des incendies', async () => {
    const cells = await readFireCells();
    const cov = fireCoverage(cells);
    const record = recordYears(nationalYears(firesByYear(cells, cov), cov), 1)[0]!;
    const { document } = parseHTML(htmlOf('incendies'));
    const fact = (k: string) => plain(document.querySelector(`[data-fact="incendies.${k}"]`)?.textContent);
    expect(fact('recordNationalAnnee')).toBe(String(record.annee));
    expect(fact('debutNational')).toBe(String(cov.nationalFrom));
    // The table of the yearly chart holds the same year's total, in full.
    const row = [...document.querySelectorAll('table tbody tr')].find((tr) => plain(tr.querySelector('th')?.textContent) === String(record.annee));
    const total = plain(row?.querySelectorAll('td')[2]?.textContent).replace(/\s/g, '');
    expect(Number(total)).toBe(Math.round(record.surface));
  });

  test('une estimation écartée par la règle se dit « estimation trop imprécise », comme sur les fiches, avec un lien vers la règle', () => {
    let figuresWithHidden = 0;
    for (const slug of THEMES) {
      const { document } = parseHTML(htmlOf(slug));
      expect(plain(document.querySelector('main')?.textContent), slug).not.toMatch(/non significati/);
      for (const figure of document.querySelectorAll('figure.chart-figure')) {
        if (!plain(figure.querySelector('table')?.textContent).includes('estimation trop imprécise')) continue;
        figuresWithHidden++;
        const links = [...figure.querySelectorAll('figcaption a')].map((a) => a.getAttribute('href'));
        expect(links, `${slug} : ${plain(figure.querySelector('.chart-figure__title')?.textContent)}`).toContain('/methodologie/#significativite');
      }
    }
    expect(figuresWithHidden).toBeGreaterThan(0);
  });
  test('chaque page renvoie vers des fiches territoriales et vers le catalogue filtré sur son thème', () => {
    for (const slug of THEMES) {
      const { document } = parseHTML(htmlOf(slug));
      const links = [...document.querySelectorAll('.theme-onward a')].map((a) => a.getAttribute('href') ?? '');
      expect(links.some((href) => /^\/territoires\/(france|region|departement|ser|greco)\//.test(href)), slug).toBe(true);
      expect(links.some((href) => href.startsWith('/ressources/?theme=')), slug).toBe(true);
    }
  });
});

describe('dans le navigateur', () => {
  test('sans JavaScript, chaque page montre tous ses graphiques', async () => {
    const context = await newContext(suite.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const slug of THEMES) {
      await page.goto(suite.site.url + pathOf(slug));
      const figures = await page.locator('figure.chart-figure').count();
      expect(figures, slug).toBeGreaterThanOrEqual(3);
      expect(await page.locator('figure.chart-figure svg:visible').count(), slug).toBeGreaterThanOrEqual(figures);
    }
    await context.close();
  });

  test('sur un téléphone, les graphiques passent à leur rendu étroit et rien ne déborde de l’écran', async () => {
    const context = await newContext(suite.browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const slug of THEMES) {
      await page.goto(suite.site.url + pathOf(slug));
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow, slug).toBeLessThanOrEqual(0);
      expect(await page.locator('.theme-chart--wide:visible').count(), slug).toBe(0);
      const narrow = page.locator('.theme-chart--narrow:visible svg');
      const widths = await narrow.evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
      for (const w of widths) expect(w, slug).toBeLessThanOrEqual(360);
    }
    await context.close();
  });

  test('le tableau d’un graphique s’ouvre au clavier', async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await page.goto(suite.site.url + pathOf('incendies'));
    const summary = page.locator('figure.chart-figure summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('figure.chart-figure table').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('sur un téléphone, chaque tableau de données tient dans l’écran : chaque ligne devient une fiche, chaque nombre se lit entier avec son en-tête', async () => {
    const context = await newContext(suite.browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let tables = 0;
    for (const slug of THEMES) {
      await page.goto(suite.site.url + pathOf(slug));
      for (const details of await page.locator('figure.chart-figure details').all()) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
      for (const box of await page.locator('figure.chart-figure .table-wrap').all()) {
        tables++;
        const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
        expect(scrollWidth, `${slug} : ${await box.getAttribute('aria-label')}`).toBeLessThanOrEqual(clientWidth);
      }
    }
    expect(tables).toBeGreaterThan(10);
    // A cell says which column it belongs to; the box keeps its name and is reachable with the keyboard.
    await page.goto(suite.site.url + pathOf('sante-des-forets'));
    const figure = page.locator('figure.chart-figure').nth(1);
    await figure.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const box = figure.locator('.table-wrap');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(box.getAttribute('aria-label')).resolves.toMatch(/^Taux de mortalité .*\(tableau\)$/);
    const cell = box.locator('td').first();
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toBe(`"${await cell.getAttribute('data-label')}"`);
    expect(await box.getByRole('columnheader').count()).toBeGreaterThan(2);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`aucune violation WCAG 2.2 A/AA sur l’index et les six pages (thème ${colorScheme === 'light' ? 'clair' : 'sombre'})`, async () => {
      const context = await newContext(suite.browser, { colorScheme });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of ['/thematiques/', ...THEMES.map(pathOf)]) {
        await page.goto(suite.site.url + path, { waitUntil: 'load' });
        problems.push(...(await accessibilityProblems(page, path)));
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});

test('la page d’accueil mène directement aux six articles', () => {
  const { document } = parseHTML(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const hrefs = [...document.querySelectorAll('#articles ~ ul a, .article-links a')].map((a) => a.getAttribute('href'));
  for (const slug of THEMES) expect(hrefs).toContain(pathOf(slug));
});
