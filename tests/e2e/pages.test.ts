// Every page of the site opens, has one h1 and a real title, logs no error and makes no request
// outside the site's own origin.
import { describe, expect, test } from 'vitest';
import { newContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import { browserPaths, EPCI_SAMPLE, sitePaths } from './support/site.ts';
import { pageProblems, visitPage } from './support/checks.ts';

const env = browserSuite();

describe('pages du plan du site', () => {
  test('le plan du site liste les pages obligatoires', () => {
    const paths = sitePaths();
    for (const path of ['/', '/accessibilite/', '/mentions-legales/', '/donnees-personnelles/', '/plan-du-site/', '/territoires/epci/', ...EPCI_SAMPLE]) {
      expect(paths).toContain(path);
    }
  });

  // One test per page: a failure names the page. A fresh tab each time, so that listeners and
  // routes of one page never see another's requests.
  test.each(browserPaths())('%s répond, a un seul h1, un titre, aucune erreur et aucune requête externe', async (path) => {
    const context = await newContext(env.browser);
    const report = await visitPage(await context.newPage(), env.site.url, path);
    await context.close();
    expect(pageProblems(report)).toEqual([]);
  });

  test('une adresse inconnue renvoie la page 404 dans la mise en page du site', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    const report = await visitPage(page, env.site.url, '/cette-page-n-existe-pas/');
    expect(report.status).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Page introuvable');
    await expect(page.getByRole('navigation', { name: 'Menu principal' }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('plan du site', () => {
  test('la page « Plan du site » renvoie vers chaque page principale du site', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.site.url}/plan-du-site/`);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Top-level pages (one path segment) must all be reachable from the plan du site.
    const topLevel = sitePaths().filter((path) => path.split('/').filter(Boolean).length === 1);
    for (const path of topLevel) expect(hrefs).toContain(path);
    await context.close();
  });
});
