// Accessibility: axe-core with the WCAG 2.2 A and AA rules on every page of the sitemap in the light
// theme, and on one page of each template in the dark theme (pages of a template share their
// colours; the dark pass checks the theme's contrast). Accepted exceptions live in
// support/a11y-exceptions.ts, each with a reason.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import { browserPaths } from './support/site.ts';
import { accessibilityProblems } from './support/checks.ts';
import { onePagePerTemplate } from './support/pageTypes.ts';

const paths = browserPaths();
const env = browserSuite();

for (const [colorScheme, pages] of [['light', paths], ['dark', onePagePerTemplate(paths)]] as const) {
  describe(`accessibilité WCAG 2.2 A/AA, thème ${colorScheme === 'light' ? 'clair' : 'sombre'}`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(env.browser, { colorScheme });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    test.each(pages)('%s', async (path) => {
      await page.goto(env.site.url + path, { waitUntil: 'load' });
      expect(await accessibilityProblems(page, path)).toEqual([]);
    });
  });
}

// On a phone the header folds its menu into a disclosure and the tables stack: checked open.
describe('accessibilité WCAG 2.2 A/AA, téléphone (390 px), menu ouvert', () => {
  test.each(['/', '/territoires/departement/03/', '/territoires/comparer/?t=departement-03,departement-63,france'])('%s', async (path) => {
    const context = await newContext(env.browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(env.site.url + path, { waitUntil: 'load' });
    await page.getByText('Menu', { exact: true }).click();
    expect(await accessibilityProblems(page, path)).toEqual([]);
    await context.close();
  });
});
