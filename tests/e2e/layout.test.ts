// The page shell as a visitor uses it: theme toggle remembered without flash, skip link to the
// content, no horizontal overflow down to 320 px.
import { expect, test } from 'vitest';
import { newContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import { browserPaths } from './support/site.ts';

const env = browserSuite();

test('le choix du thème sombre est retenu d’une page à l’autre, dès le premier affichage', async () => {
  const context = await newContext(env.browser, { colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`${env.site.url}/`);
  const toggle = page.getByRole('button', { name: 'Thème sombre' });
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  await toggle.click();
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
  // The next page must already be dark when its HTML is parsed, before any later script runs.
  await page.goto(`${env.site.url}/mentions-legales/`, { waitUntil: 'commit' });
  await page.waitForSelector('body');
  const themeAtFirstPaint = await page.evaluate(() => document.documentElement.dataset['theme']);
  expect(themeAtFirstPaint).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 23, 20)');
  await context.close();
});

test('le lien d’évitement mène au contenu principal', async () => {
  const context = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.site.url}/mentions-legales/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Enter');
  // Following a same-page link updates the URL asynchronously: wait for it rather than race it.
  await page.waitForURL((url) => url.hash === '#contenu', { timeout: 5_000 });
  await expect(page.locator('main#contenu').count()).resolves.toBe(1);
  await context.close();
});

test('aucune page ne déborde horizontalement sur un écran de 320 px', async () => {
  const context = await newContext(env.browser, { viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const path of browserPaths()) {
    await page.goto(env.site.url + path, { waitUntil: 'domcontentloaded' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflowing.push(`${path} : ${width} px de large`);
  }
  await context.close();
  expect(overflowing).toEqual([]);
}, 600_000);

test('sans JavaScript, le bouton « Thème sombre », qui ne ferait rien, n’apparaît pas', async () => {
  const context = await newContext(env.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.site.url}/`);
  await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
  await context.close();
});

test('sur un téléphone (390 × 844), le menu tient dans un bouton qui s’ouvre sans JavaScript, et le premier chiffre de la fiche est visible sans défiler', async () => {
  const context = await newContext(env.browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.site.url}/territoires/departement/03/`);
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(72);
  const figure = await page.locator('.key-figures .key-figure__value').first().boundingBox();
  expect(figure!.y + figure!.height).toBeLessThanOrEqual(844);
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await expect(menu.getByRole('link', { name: 'Carte' }).isVisible()).resolves.toBe(false);
  await page.getByText('Menu', { exact: true }).click();
  await expect(menu.getByRole('link', { name: 'Carte' }).isVisible()).resolves.toBe(true);
  await context.close();
});
