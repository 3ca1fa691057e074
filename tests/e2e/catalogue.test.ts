// The resource catalogue and the site search in the built site: filters, sort and paging kept in
// the address, accent-insensitive search, downloads from metadata pages, the proposal form,
// keyboard use and accessibility of the filtered views, and the static fallback without JavaScript.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser.ts';
import { serveBuiltSite, distDir } from './support/site.ts';
import { accessibilityProblems } from './support/checks.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  // CATALOGUE_DIST lets a contributor test a site built elsewhere (e.g. astro build --outDir).
  site = await serveBuiltSite(process.env['CATALOGUE_DIST'] ?? distDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>, options: Parameters<typeof newContext>[1] = {}) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await run(page, context);
  } finally {
    await context.close();
  }
  expect(errors).toEqual([]);
}

const cardTitles = (page: Page) => page.locator('#catalogue-list .resource-card__title').allTextContents();
const results = (page: Page) => page.locator('#catalogue-list > li');

/** Opens the catalogue and waits until the script has taken over (the controls appear). */
async function openCatalogue(page: Page, search = '') {
  await page.goto(`${site.url}/ressources/${search}`);
  await page.locator('.catalogue[data-ready="true"]').waitFor();
}

describe('catalogue des ressources', () => {
  test('filtrer par thématique et type, trier Z→A, 10 par page : l’adresse garde la vue, le rechargement la rend à l’identique', async () => {
    await withPage(async (page) => {
      await openCatalogue(page);
      const all = await results(page).count();
      await page.getByRole('checkbox', { name: /^Santé des forêts/ }).check();
      await page.getByRole('checkbox', { name: /^Données brutes/ }).check();
      await page.getByLabel('Trier par').selectOption({ label: 'Titre (Z → A)' });
      await page.getByLabel('Résultats par page').selectOption('10');

      const url = new URL(page.url());
      expect(url.searchParams.getAll('theme')).toEqual(['sante-des-forets']);
      expect(url.searchParams.getAll('type')).toEqual(['donnees-brutes']);
      expect(url.searchParams.get('tri')).toBe('titre-desc');
      expect(url.searchParams.get('par')).toBe('10');

      const titles = await cardTitles(page);
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.length).toBeLessThan(all);
      expect(titles.length).toBeLessThanOrEqual(10);
      expect(titles).toEqual([...titles].sort((a, b) => b.localeCompare(a, 'fr', { sensitivity: 'base' })));
      const types = await page.locator('#catalogue-list .resource-card__type').allTextContents();
      expect(new Set(types)).toEqual(new Set(['Données brutes']));
      for (const themes of await page.locator('#catalogue-list .resource-card__themes').allTextContents()) {
        expect(themes).toMatch(/Santé des forêts|Toutes les thématiques/);
      }
      // The count shown for the chosen type equals the number of results.
      const heading = await page.locator('#catalogue-count').textContent();
      expect(heading).toBe(`${titles.length} résultat${titles.length > 1 ? 's' : ''}`);
      await expect(page.getByRole('checkbox', { name: /^Données brutes/ }).getAttribute('id')).resolves.toBe('type-donnees-brutes');
      expect(await page.locator('label[for="type-donnees-brutes"]').textContent()).toContain(`(${titles.length})`);

      await page.reload();
      await page.locator('.catalogue[data-ready="true"]').waitFor();
      expect(await cardTitles(page)).toEqual(titles);
      expect(await page.getByRole('checkbox', { name: /^Santé des forêts/ }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: /^Données brutes/ }).isChecked()).toBe(true);
      expect(await page.getByLabel('Trier par').inputValue()).toBe('titre-desc');
      expect(await page.getByLabel('Résultats par page').inputValue()).toBe('10');
    });
  });

  test('le bouton Précédent du navigateur rend la vue précédente', async () => {
    await withPage(async (page) => {
      await openCatalogue(page);
      const before = await cardTitles(page);
      await page.getByRole('checkbox', { name: /^Les incendies de forêt/ }).check();
      const filtered = await cardTitles(page);
      expect(filtered).not.toEqual(before);
      await page.getByLabel('Trier par').selectOption('titre-desc');
      await page.goBack();
      expect(await cardTitles(page)).toEqual(filtered);
      await page.goBack();
      expect(await cardTitles(page)).toEqual(before);
      expect(await page.getByRole('checkbox', { name: /^Les incendies de forêt/ }).isChecked()).toBe(false);
    });
  });

  test('la recherche « incendie » trouve les ressources sur les incendies, avec ou sans accent, et annonce le nombre de résultats', async () => {
    await withPage(async (page) => {
      let reference: string[] | undefined;
      for (const query of ['incendie', 'incendié', 'INCENDIE']) {
        await openCatalogue(page, `?q=${encodeURIComponent(query)}`);
        const titles = await cardTitles(page);
        expect(titles).toContain('Base de données sur les incendies de forêts en France (BDIFF)');
        expect(titles).toContain('Incendies de forêt et de végétation (1973-2024)');
        reference ??= titles;
        expect(titles).toEqual(reference);
      }
      // Typing in the search box filters as one types, and the result count is announced.
      await openCatalogue(page);
      await page.getByLabel('Rechercher par titre ou description').fill('forêts Incendie');
      await expect.poll(() => page.locator('#catalogue-status').textContent()).toMatch(/^\d+ résultats?, page 1 sur 1$/);
      expect(await page.getByRole('status').first().textContent()).toMatch(/résultat/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('forêts Incendie');
    });
  });

  test('le libellé de chaque tri tient entier dans sa liste déroulante, sur téléphone et sur ordinateur', async () => {
    for (const width of [390, 1280]) {
      await withPage(
        async (page) => {
          await openCatalogue(page);
          const fits = await page.locator('#catalogue-sort').evaluate((select: HTMLSelectElement) => {
            const style = getComputedStyle(select);
            const context = document.createElement('canvas').getContext('2d')!;
            context.font = style.font;
            // Room for the text: the box minus its padding and the arrow (about 1.5 em).
            const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
            return [...select.options].map((option) => ({ label: option.text, fits: context.measureText(option.text).width <= room }));
          });
          expect(fits.length).toBe(4);
          for (const option of fits) expect(option, `${width} px`).toEqual({ label: option.label, fits: true });
        },
        { viewport: { width, height: 900 } },
      );
    }
  });

  test('la pagination affiche « Page X de Y » et se parcourt', async () => {
    await withPage(async (page) => {
      await openCatalogue(page, '?par=10');
      await expect(page.locator('.pager__status').textContent()).resolves.toMatch(/^Page 1 de \d+$/);
      const first = await cardTitles(page);
      await page.getByRole('link', { name: 'Suivante' }).click();
      await expect(page.locator('.pager__status').textContent()).resolves.toMatch(/^Page 2 de \d+$/);
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');
      const second = await cardTitles(page);
      expect(second.some((title) => first.includes(title))).toBe(false);
      // Focus moves to the results, so keyboard and screen reader users start at the new page.
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('catalogue-count');
    });
  });

  test('les filtres s’utilisent au clavier seul', async () => {
    await withPage(async (page) => {
      await openCatalogue(page);
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate("document.activeElement && document.activeElement.id === 'theme-sante-des-forets'");
      }
      expect(reached).toBe(true);
      const themes = () => new URL(page.url()).searchParams.getAll('theme');
      await page.keyboard.press('Space');
      await expect.poll(themes).toEqual(['sante-des-forets']);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect.poll(themes).toEqual(['sante-des-forets', 'ressources-bois']);
      expect(await page.locator('#catalogue-count').textContent()).toMatch(/résultat/);
      // The sort is changed from the keyboard as well.
      await page.getByLabel('Trier par').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => new URL(page.url()).searchParams.get('tri')).toBe('titre-desc');
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`aucune violation WCAG 2.2 A/AA dans les vues filtrées (thème ${colorScheme === 'light' ? 'clair' : 'sombre'})`, async () => {
      await withPage(
        async (page) => {
          const problems: string[] = [];
          for (const view of ['?theme=sante-des-forets&type=donnees-brutes&tri=titre-desc&par=10', '?q=incendie', '?q=aucunresultatpossible', '?par=10&page=2']) {
            await openCatalogue(page, view);
            problems.push(...(await accessibilityProblems(page, `/ressources/${view}`)));
          }
          expect(problems).toEqual([]);
        },
        { colorScheme },
      );
    });
  }

  test('sans JavaScript, le catalogue liste toutes les ressources avec des liens de pagination', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${site.url}/ressources/`);
        expect(await page.locator('#catalogue-controls').isVisible()).toBe(false);
        const seen = new Set<string>();
        let heading = await page.locator('#catalogue-count').textContent();
        const total = Number(heading?.replace(/\D/g, ''));
        expect(total).toBeGreaterThanOrEqual(40);
        for (let guard = 0; guard < 20; guard++) {
          for (const title of await cardTitles(page)) seen.add(title);
          const next = page.getByRole('link', { name: 'Suivante' });
          if ((await next.count()) === 0) break;
          await next.click();
          heading = await page.locator('#catalogue-count').textContent();
        }
        expect(seen.size).toBe(total);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('page de métadonnées', () => {
  test('la page d’un jeu de données donne tous les champs, la citation et un lien qui télécharge le fichier', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/ressources/placettes/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Placettes de l’inventaire forestier (2005-2019)');
      for (const label of ['Type', 'Thématiques', 'Producteur', 'Date d’ajout', 'Licence', 'Couverture territoriale', 'Formats', 'Mots-clés', 'Taille du fichier']) {
        expect(await page.locator('dt', { hasText: label }).count(), label).toBeGreaterThan(0);
      }
      expect(await page.getByRole('heading', { name: 'Citer cette ressource' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Ressources liées' }).count()).toBe(1);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.resource-main-link a').click()]);
      expect(download.suggestedFilename()).toBe('placettes.parquet');
      const path = await download.path();
      const bytes = readFileSync(path);
      expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
      // The size shown on the page is the size of the file downloaded.
      const shown = await page.locator('dt', { hasText: 'Taille du fichier' }).locator('+ dd').textContent();
      const [value, unit] = shown!.replace(',', '.').split(/\s/);
      const factor = { o: 1, ko: 1e3, Mo: 1e6, Go: 1e9 }[unit as 'o' | 'ko' | 'Mo' | 'Go'];
      expect(Math.abs(Number(value) * factor - bytes.length)).toBeLessThanOrEqual(0.05 * factor);
    });
  });

  test('« Voir les métadonnées » mène de la liste à la page de la ressource', async () => {
    await withPage(async (page) => {
      await openCatalogue(page, '?q=BDIFF');
      await page.getByRole('link', { name: /Voir les métadonnées : Base de données sur les incendies/ }).click();
      await page.waitForURL(/\/ressources\/bdiff\/$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Base de données sur les incendies de forêts en France (BDIFF)');
    });
  });
});

describe('proposer une entrée', () => {
  test('le formulaire refuse une entrée sans titre ni date et accepte une entrée valide', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/ressources/proposer/`);
      await page.locator('#proposal-form').waitFor({ state: 'visible' });
      await page.getByLabel('Description courte').fill('Carte des peuplements forestiers publiée par un producteur public, pour essai.');
      await page.getByRole('checkbox', { name: 'Santé des forêts' }).check();
      await page.getByLabel(/^Type/).selectOption('Carte thématique');
      await page.getByLabel('Producteur').fill('IGN');
      await page.getByLabel('Licence').fill('Licence Ouverte / Etalab 2.0');
      await page.getByLabel('Couverture territoriale').fill('France métropolitaine');
      await page.getByLabel('Formats').fill('Page web');
      await page.getByLabel('Mots-clés').fill('essai, carte');
      await page.getByLabel('Adresse', { exact: true }).fill('https://inventaire-forestier.ign.fr/');
      await page.getByRole('button', { name: 'Vérifier l’entrée' }).click();

      const summary = page.getByRole('alert');
      await expect(summary.textContent()).resolves.toMatch(/«\sTitre\s» est obligatoire\./);
      expect(await page.getByLabel('Titre').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#f-title-error').textContent()).toMatch(/^«\sTitre\s» est obligatoire\.$/);
      await expect(summary.textContent()).resolves.toMatch(/«\sDate de publication\s» est obligatoire\./);
      expect(await page.locator('#proposal-output').isVisible()).toBe(false);

      await page.getByLabel('Titre').fill('Carte d’essai des peuplements');
      await page.getByLabel('Date de publication').fill('en continu');
      await page.getByRole('button', { name: 'Vérifier l’entrée' }).click();
      await page.locator('#proposal-output').waitFor({ state: 'visible' });
      expect(await summary.isVisible()).toBe(false);
      expect(await page.locator('#proposal-file-name').textContent()).toBe('carte-d-essai-des-peuplements.yaml');
      const yaml = await page.getByLabel('Contenu du fichier').inputValue();
      expect(yaml).toContain('title: "Carte d’essai des peuplements"');
      expect(yaml).toContain('url: "https://inventaire-forestier.ign.fr/"');
      expect(yaml).toMatch(/^datePublished: "?en continu"?$/m);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le fichier' }).click()]);
      expect(download.suggestedFilename()).toBe('carte-d-essai-des-peuplements.yaml');
    });
  });
});

describe('recherche dans le site', () => {
  const results = (page: Page) => page.locator('.search-result__title a');
  const hrefs = (page: Page) => results(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

  /** Types a query in the search box and returns the title of the expected result once it shows. */
  async function search(page: Page, query: string, expected: string) {
    await page.getByRole('searchbox', { name: 'Rechercher dans le site' }).fill(query);
    const link = page.locator(`.search-result__title a[href="${expected}"]`);
    await link.first().waitFor();
    return link.first().textContent();
  }

  test('trouve une ressource par son titre, avec ou sans accents, depuis la page liée dans l’en-tête', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/ressources/`);
      await page.getByRole('banner').getByRole('link', { name: 'Rechercher' }).click();
      await page.waitForURL(/\/recherche\/$/);
      expect(await search(page, 'Stratégie nationale bas-carbone', '/ressources/strategie-nationale-bas-carbone/')).toContain('Stratégie nationale bas-carbone');
      expect(await search(page, 'strategie nationale bas carbone', '/ressources/strategie-nationale-bas-carbone/')).toContain('Stratégie nationale bas-carbone');
    });
  });

  test('une adresse /recherche/?q=… s’ouvre avec ses résultats, leur nombre annoncé', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/recherche/?q=${encodeURIComponent('BDIFF')}`);
      await page.locator('.search-result__title a[href="/ressources/bdiff/"]').first().waitFor();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^[\d\u202f]+ résultats? pour «\sBDIFF\s»\.$/);
      expect(await page.getByRole('searchbox', { name: 'Rechercher dans le site' }).inputValue()).toBe('BDIFF');
    });
  });

  test('la requête tapée va dans l’adresse ; « Allier » donne d’abord la fiche du département, sans libellés de graphique dans les extraits', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/recherche/`);
      await page.getByRole('searchbox', { name: 'Rechercher dans le site' }).fill('Allier');
      await results(page).first().waitFor();
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Allier');
      expect((await hrefs(page))[0]).toBe('/territoires/departement/03/');
      expect(await page.locator('.search-result__kind').first().textContent()).toBe('Fiche de département');
      const excerpts = await page.locator('.search-result__excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) expect(text).not.toMatch(/Voir les données|France métropolitaine\. France métropolitaine/);
      expect(await accessibilityProblems(page, '/recherche/?q=Allier')).toEqual([]);
    });
  });

  test('« pin maritime » donne les régions du pin maritime, pas les Alpes-Maritimes, ni « chêne » une intercommunalité « aux-Chênes » ; « Afficher plus » ajoute des résultats et y porte le focus', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/recherche/?q=${encodeURIComponent('pin maritime')}`);
      await results(page).first().waitFor();
      const pine = await hrefs(page);
      expect(pine[0]).not.toBe('/territoires/departement/06/');
      expect(pine).toContain('/territoires/greco/F/');
      expect(pine).not.toContain('/territoires/departement/06/');
      await page.goto(`${site.url}/recherche/?q=${encodeURIComponent('chêne')}`);
      await results(page).first().waitFor();
      const oak = await hrefs(page);
      expect(oak).toHaveLength(10);
      expect(oak[0]).not.toMatch(/^\/territoires\/epci\//);
      await page.getByRole('button', { name: 'Afficher plus de résultats' }).click();
      await expect.poll(async () => (await hrefs(page)).length).toBe(20);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe((await hrefs(page))[10]);
      // A word that all 1 200 factsheets use still finds its article near the top.
      await page.goto(`${site.url}/recherche/?q=carbone`);
      await results(page).first().waitFor();
      expect((await hrefs(page)).slice(0, 3)).toContain('/thematiques/attenuation/');
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^1\u202f\d{3} résultats pour «\scarbone\s»\.$/);
    });
  });
});

test('les fiches du catalogue des six articles du site mènent à l’article, pas à « pas encore disponible »', () => {
  for (const slug of ['la-foret-en-france', 'ressources-bois', 'sante-des-forets', 'attenuation', 'adaptation', 'incendies']) {
    const html = readFileSync(join(distDir, 'ressources', `thematique-${slug}`, 'index.html'), 'utf8');
    expect(html, slug).not.toContain('Pas encore disponible');
    expect(html, slug).toContain(`href="/thematiques/${slug}/"`);
    expect(existsSync(join(distDir, 'thematiques', slug, 'index.html'))).toBe(true);
  }
});
