// Accessibility: axe-core with the WCAG 2.2 A and AA rules on every page of the sitemap, in the light
// and the dark theme. Accepted exceptions live in support/a11y-exceptions.ts, each with a reason.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser.ts';
import { serveBuiltSite, sitemapPaths } from './support/site.ts';
import { accessibilityProblems } from './support/checks.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  site = await serveBuiltSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`aucune violation WCAG 2.2 A/AA sur les pages du sitemap (thème ${colorScheme === 'light' ? 'clair' : 'sombre'})`, async () => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      problems.push(...(await accessibilityProblems(page, path)));
    }
    await context.close();
    expect(problems).toEqual([]);
  });
}
