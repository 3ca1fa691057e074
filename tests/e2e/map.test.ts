// The map page as readers use it: switch to SER and volume per hectare, hover a SER and read its
// value, click it and land on its factsheet; a shared URL restores the same map; the keyboard
// alone reaches a territory; without WebGL or JavaScript the static map and the table remain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import { distDir } from './support/site.ts';
import { accessibilityProblems, visitPage } from './support/checks.ts';
import { describeFigure, territoryFigures } from '../../src/lib/map/figures.ts';
import type { IndicatorFile, LevelFile } from '../../src/lib/map/types.ts';

const env = browserSuite();

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(distDir, path), 'utf8')) as T;
/** French typography puts no-break spaces before units: compare texts with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

async function openMap(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${env.site.url}/carte/${query}`);
  await page.waitForSelector('[data-map-frame][data-map-ready]', { timeout: 60_000 });
  return page;
}

/** Pixel of a longitude/latitude in the map canvas, from the view written in the URL (Web Mercator, 512 px tiles). */
async function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const view = new URL(page.url()).searchParams.get('vue');
  expect(view, 'la vue doit être dans l’adresse').toBeTruthy();
  const [cLon, cLat, zoom] = view!.split(',').map(Number) as [number, number, number];
  const merc = (la: number) => Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360));
  const scale = (512 * 2 ** zoom) / (2 * Math.PI);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  return {
    x: box.x + box.width / 2 + ((lon - cLon) * Math.PI) / 180 * scale,
    y: box.y + box.height / 2 - (merc(lat) - merc(cLat)) * scale,
  };
}

describe('carte interactive', () => {
  test('SER et volume à l’hectare : survoler une SER donne sa valeur, cliquer ouvre sa fiche', async () => {
    const context = await newContext(env.browser);
    const page = await openMap(context);
    await page.getByLabel('Territoires', { exact: true }).selectOption('ser');
    await page.getByLabel('Indicateur').selectOption('volume_ha');
    await page.waitForSelector('[data-map-frame][data-map-shown="ser/volume_ha/2015-2019"]');
    await expect(page.locator('[data-map-title]').textContent()).resolves.toContain('Volume de bois sur pied à l’hectare par sylvoécorégion');
    expect(new URL(page.url()).search).toBe('?niveau=ser&indicateur=volume_ha');

    // Fly to the Landes de Gascogne with the search, then hover the middle of the SER.
    const search = page.getByRole('combobox', { name: 'Localiser une sylvoécorégion' });
    await search.fill('landes de gascogne');
    await search.press('Enter');
    await page.waitForURL(/vue=/);
    const level = readJson<LevelFile>('carte/donnees/ser.json');
    const file = readJson<IndicatorFile>('carte/donnees/ser/volume_ha.json');
    const f21 = level.territories.find((t) => t.code === 'F21')!;
    const expected = describeFigure(territoryFigures(file, '2015-2019', level.territories).find((f) => f.code === 'F21')!, file.unit);
    expect(expected).toMatch(/m³\/ha \(entre/);
    await page.locator('[data-map-frame]').scrollIntoViewIfNeeded();
    const { x, y } = await pixelOf(page, f21.point[0], f21.point[1]);
    await page.mouse.move(x, y, { steps: 3 });
    const tooltip = page.locator('[data-map-tooltip]');
    await tooltip.waitFor({ state: 'visible' });
    expect(plain(await tooltip.textContent())).toBe(plain(expected));

    await page.mouse.click(x, y);
    await page.waitForURL(/\/territoires\/ser\/F21\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Landes de Gascogne');
    await context.close();
  });

  test('au téléphone : un premier toucher donne la valeur et le lien vers la fiche, un second l’ouvre', async () => {
    const context = await newContext(env.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    // The map comes before the controls: its frame starts on the first screen.
    const first = await openMap(context);
    const frameBox = (await first.locator('[data-map-frame]').boundingBox())!;
    expect(frameBox.y).toBeLessThan(844 - 200);
    await first.close();
    const page = await openMap(context, '?vue=-0.6,44.2,5.5');
    await page.waitForTimeout(800);
    const level = readJson<LevelFile>('carte/donnees/departement.json');
    const landes = level.territories.find((t) => t.code === '40')!;
    await page.locator('[data-map-frame]').scrollIntoViewIfNeeded();
    const { x, y } = await pixelOf(page, landes.point[0], landes.point[1]);
    await page.touchscreen.tap(x, y);
    await expect.poll(async () => plain(await page.locator('[data-map-info-text]').textContent())).toMatch(/^Landes \(40\) : /);
    expect(new URL(page.url()).pathname).toBe('/carte/');
    await expect(page.locator('[data-map-info-link]').getAttribute('href')).resolves.toBe('/territoires/departement/40/');
    // The value's box, on the map, says how to open the factsheet (the link may be below the screen).
    await expect.poll(async () => plain((await page.locator('[data-map-tooltip]').textContent()) ?? '')).toMatch(/^Landes \(40\) : .*Touchez encore pour ouvrir sa fiche\.$/);
    // A second tap a moment later (two quick taps zoom in).
    await page.waitForTimeout(800);
    await page.touchscreen.tap(x, y);
    await page.waitForURL(/\/territoires\/departement\/40\/$/);
    await context.close();
  });

  test('une adresse partagée redonne la même carte, aussi après rechargement', async () => {
    const context = await newContext(env.browser);
    const query = '?niveau=greco&indicateur=carbone_ha&periode=2010-2014&contours=region&vue=2.5,46.5,5.5';
    const page = await openMap(context, query);
    const check = async () => {
      await page.waitForSelector('[data-map-frame][data-map-shown="greco/carbone_ha/2010-2014"]');
      await expect(page.getByLabel('Territoires', { exact: true }).inputValue()).resolves.toBe('greco');
      await expect(page.getByLabel('Indicateur').inputValue()).resolves.toBe('carbone_ha');
      await expect(page.getByLabel('Période d’inventaire').inputValue()).resolves.toBe('2010-2014');
      await expect(page.getByLabel('régions', { exact: true }).isChecked()).resolves.toBe(true);
      await expect(page.locator('[data-map-title]').textContent()).resolves.toBe('Carbone des arbres vivants à l’hectare par grande région écologique, 2010 à 2014');
      await expect(page.locator('[data-map-table] tbody tr').count()).resolves.toBe(11);
      expect(new URL(page.url()).search).toBe(query);
    };
    await check();
    await page.reload();
    await page.waitForSelector('[data-map-frame][data-map-ready]');
    await check();

    // A map built with the controls gives an address that another reader opens as is.
    await page.getByLabel('Territoires', { exact: true }).selectOption('region');
    await page.getByLabel('Indicateur').selectOption('surface_foret');
    await page.waitForSelector('[data-map-frame][data-map-shown="region/surface_foret/2010-2014"]');
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await other.waitForSelector('[data-map-frame][data-map-shown="region/surface_foret/2010-2014"]', { timeout: 60_000 });
    await expect(other.locator('[data-map-title]').textContent()).resolves.toBe('Surface forestière par région, 2010 à 2014');
    // The back button returns to the previous map.
    await page.goBack();
    await page.waitForSelector('[data-map-frame][data-map-shown="region/carbone_ha/2010-2014"]');
    await context.close();
  });

  test('au clavier seul : la carte reçoit le focus, décrit le territoire au centre et Entrée ouvre sa fiche', async () => {
    const context = await newContext(env.browser);
    const page = await openMap(context);
    let onMap = false;
    for (let i = 0; i < 80 && !onMap; i++) {
      await page.keyboard.press('Tab');
      onMap = await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false);
    }
    expect(onMap, 'la touche Tab doit atteindre la carte').toBe(true);
    await expect(page.locator('.map-frame--keyboard .map-reticle').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(600);
    const info = plain(await page.locator('[data-map-info-text]').textContent());
    const match = /^(.+) \((\w{2,3})\) : /.exec(info);
    expect(match, `le panneau doit décrire un département : « ${info} »`).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/territoires/departement/${match![2]}/$`));
    await context.close();
  });

  test('au clavier seul : chercher un territoire, puis suivre le lien vers sa fiche', async () => {
    const context = await newContext(env.browser);
    const page = await openMap(context);
    const search = page.getByRole('combobox', { name: 'Localiser un département' });
    await search.focus();
    await page.keyboard.type('gironde');
    await expect(page.getByRole('option', { name: /Gironde \(33\)/ }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-map-info-text]').textContent()).toMatch(/^Gironde \(33\)\s: /);
    // The map the territory was found on is brought whole into sight.
    const inSight = () => page.locator('[data-map-frame]').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await expect.poll(inSight, { timeout: 3000 }).toBe(true);
    const link = page.getByRole('link', { name: 'Ouvrir la fiche de ce territoire : Gironde' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/territoires\/departement\/33\/$/);
    await context.close();
  });

  test('le tableau se trie par valeur, les non significatifs en dernier', async () => {
    const context = await newContext(env.browser);
    const page = await openMap(context, '?niveau=ser&indicateur=volume_ha');
    await page.waitForSelector('[data-map-frame][data-map-shown="ser/volume_ha/2015-2019"]');
    const table = page.locator('[data-map-table]');
    await table.getByRole('button', { name: 'Valeur' }).click();
    await expect(table.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('descending');
    const values = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    const numbers = values.filter((v) => /\d/.test(v)).map((v) => Number(plain(v).replace(/\s/g, '').replace(',', '.')));
    expect(numbers.length).toBeGreaterThan(40);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]!).toBeLessThanOrEqual(numbers[i - 1]!);
    const firstText = values.findIndex((v) => !/\d/.test(v));
    if (firstText >= 0) expect(values.slice(firstText).every((v) => !/\d/.test(v))).toBe(true);
    await context.close();
  });

  test('aucune requête hors du site et aucune erreur d’accessibilité après usage (contours, symboles)', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    const report = await visitPage(page, env.site.url, '/carte/?niveau=departement&indicateur=volume&contours=ser,greco,rfn');
    expect(report.foreignRequests).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    await page.waitForSelector('[data-map-frame][data-map-shown="departement/volume/2015-2019"]');
    await expect(page.locator('[data-map-legend]').textContent()).resolves.toContain('limites des régions forestières nationales');
    expect(await accessibilityProblems(page, '/carte/ (contours)')).toEqual([]);
    await context.close();
  });
});

describe('sans WebGL ni JavaScript', () => {
  test('sans WebGL : la carte statique, le tableau et l’explication', async () => {
    const context = await newContext(env.browser);
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    const page = await context.newPage();
    await page.goto(`${env.site.url}/carte/`);
    await expect(page.getByText('elle a besoin de WebGL').isVisible()).resolves.toBe(true);
    await expect(page.locator('.map-static__svg').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Indicateur').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-map-table] tbody tr').count()).resolves.toBe(96);
    await context.close();
  });

  test('sans JavaScript : carte SVG construite d’avance, légende, résumé et tableau avec liens vers les fiches', async () => {
    const context = await newContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}/carte/`);
    const svg = page.locator('.map-static__svg');
    await expect(svg.isVisible()).resolves.toBe(true);
    await expect(svg.locator('path').count()).resolves.toBe(96);
    await expect(page.locator('[data-map-legend]').textContent()).resolves.toContain('estimation trop imprécise');
    await expect(page.locator('[data-map-summary]').textContent()).resolves.toContain('Valeurs les plus élevées');
    await expect(page.locator('noscript').count()).resolves.toBe(1);
    const link = page.locator('[data-map-table] tbody a', { hasText: 'Gironde' });
    await expect(link.getAttribute('href')).resolves.toBe('/territoires/departement/33/');
    await context.close();
  });
});
