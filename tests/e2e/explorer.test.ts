// The explorer (/explorateur/) in Chromium, on the built site: a progress indication while
// DuckDB-WASM starts; with no filter it gives the figures of resultats.parquet (factsheets) for
// territories, periods and indicators drawn at random (fixed seed); the three worked examples give
// the figures DuckDB computes under Node from the same files; a permalink reproduces its result
// after reload; a corrupt permalink and an empty selection get their message; the CSV downloads
// and parses; the result state passes the accessibility checks; without JavaScript the page
// explains itself and shows the guide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser.ts';
import { distDir, serveBuiltSite } from './support/site.ts';
import { random } from './support/random.ts';
import { accessibilityProblems } from './support/checks.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { SETUP_SQL } from '../../src/lib/estimation/catalogue.ts';
import { parseExplorerCsv } from '../../src/lib/explorer/csv.ts';
import { WORKED_EXAMPLES } from '../../src/lib/explorer/examples.ts';
import { buildExplorerQuery, type BuiltQuery, type Selection } from '../../src/lib/explorer/query.ts';
import type { BreakdownId } from '../../src/lib/explorer/options.ts';
import { serializeState } from '../../src/lib/explorer/state.ts';
import { EXPLORER_TABLES } from '../../src/lib/explorer/tables.ts';
import type { MethodFacts } from '../../src/lib/estimation/methodology.ts';
import { openMemoryDb, type NodeDb } from '../../src/lib/estimation/node.ts';
import type { Level } from '../../src/lib/estimation/types.ts';
import { sqlString } from '../../src/lib/sql.ts';

interface Row {
  level: string;
  code: string;
  domain: string | null;
  period: string;
  category: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  n_plots: number;
  significant: boolean;
}

let browser: Browser;
let site: StaticServer;
let db: NodeDb | undefined;
let duck: NodeDb['conn'];
const DATA = join(distDir, 'donnees');

beforeAll(async () => {
  site = await serveBuiltSite();
  browser = await launchBrowser();
  // DuckDB under Node over the very files the browser downloads.
  db = await openMemoryDb();
  duck = db.conn;
  for (const t of EXPLORER_TABLES) await duck.run(`CREATE TABLE ${t.name} AS SELECT * FROM read_parquet(${sqlString(join(DATA, t.file))})`);
  await duck.run(`CREATE TABLE resultats AS SELECT * FROM read_parquet(${sqlString(join(DATA, 'resultats.parquet'))})`);
}, 120_000);
afterAll(async () => {
  db?.close();
  await browser?.close();
  await site?.close();
});

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
const STATES = "['result', 'error', 'empty', 'unsupported']";

async function waitForOutcome(page: Page): Promise<string> {
  await page.waitForFunction(`${STATES}.includes(document.querySelector('[data-explorer]').dataset.state)`, null, { timeout: 240_000 });
  return (await page.locator('[data-explorer]').getAttribute('data-state'))!;
}

async function rowsOf(page: Page): Promise<Row[]> {
  return (await page.evaluate('window.__explorer.rows')) as Row[];
}

/** Opens a selection in the page already loaded (history navigation: the engine stays up). */
async function navigate(page: Page, sel: Selection): Promise<Row[]> {
  await page.evaluate(
    `(() => { window.__explorer = null; document.querySelector('[data-explorer]').dataset.state = 'loading'; history.pushState(null, '', ${JSON.stringify(`?${serializeState(sel)}`)}); dispatchEvent(new PopStateEvent('popstate')); })()`,
  );
  expect(await waitForOutcome(page), await page.locator('[data-error]').innerText().catch(() => '')).toBe('result');
  return rowsOf(page);
}

async function nodeRows(q: BuiltQuery): Promise<Row[]> {
  for (const s of SETUP_SQL) if (q.setup.some((d) => s.includes(d))) await duck.run(s);
  const reader = await duck.runAndReadAll(q.sql, q.params);
  return reader.getRowObjectsJson() as unknown as Row[];
}


const USER_BREAKDOWN: Record<string, BreakdownId> = { total: 'aucune', groupe: 'groupe', espece: 'espece', essence: 'espece', classe_diametre: 'classe_diametre', type: 'type_mort', composition: 'composition' };

describe('explorateur', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await newContext(browser)).newPage();
  });

  test('shows the published default result at once, downloading no engine; DuckDB starts, with a progress indication, when the selection changes', async () => {
    const requested: string[] = [];
    const record = (r: { url(): string }) => requested.push(new URL(r.url()).pathname);
    page.on('request', record);
    await page.goto(`${site.url}/explorateur/`);
    expect(await waitForOutcome(page)).toBe('result');
    await expect(page.getByRole('table').first().textContent()).resolves.toContain('Nouvelle-Aquitaine');
    expect(await page.locator('[data-map] svg').count()).toBe(1);
    expect(requested.filter((path) => /duckdb|\.wasm$|\.parquet$/i.test(path))).toEqual([]);
    // The published figures: those of resultats.parquet, region by region.
    const shown = await rowsOf(page);
    const theirs = (
      await duck.runAndReadAll(`SELECT code, value, lower, upper FROM resultats WHERE indicator = 'surface_foret' AND breakdown = 'total' AND level = 'region' AND period = '2015-2019' ORDER BY code`)
    ).getRowObjectsJson() as unknown as { code: string; value: number; lower: number; upper: number }[];
    expect(shown.map((r) => r.code)).toEqual(theirs.map((t) => t.code));
    theirs.forEach((t, i) => expect(close(shown[i]!.value, Number(t.value)), t.code).toBe(true));

    await page.selectOption('select[name="niveau"]', 'departement');
    await page.waitForSelector('[data-status]:not([hidden])', { timeout: 30_000 });
    await expect(page.locator('[data-status-text]').textContent()).resolves.toMatch(/moteur de calcul|Chargement|Estimation/);
    expect(await waitForOutcome(page)).toBe('result');
    expect(await page.locator('[data-status]').isHidden()).toBe(true);
    expect(requested.some((path) => /duckdb.*\.wasm$/.test(path))).toBe(true);
    await expect(page.getByRole('table').first().textContent()).resolves.toContain('Gironde');
    page.off('request', record);
  }, 240_000);

  test('with no filter, random selections give the figures of resultats.parquet (the factsheets)', async () => {
    const rand = random(20260101);
    const candidates = (
      await duck.runAndReadAll(
        `SELECT DISTINCT level, code, period, indicator, breakdown FROM resultats WHERE breakdown <> 'compartiment' ORDER BY ALL`,
      )
    ).getRowObjectsJson() as unknown as { level: Level; code: string; period: string; indicator: string; breakdown: string }[];
    const picks = Array.from({ length: 6 }, () => candidates[Math.floor(rand() * candidates.length)]!);
    for (const pick of picks) {
      const sel: Selection = {
        indicator: pick.indicator,
        territories: [{ level: pick.level, codes: [pick.code] }],
        period: pick.period,
        breakdown: USER_BREAKDOWN[pick.breakdown]!,
        filters: {},
      };
      const ours = await navigate(page, sel);
      const theirs = (
        await duck.runAndReadAll(
          `SELECT level, code, period, category, value, lower, upper, n_plots, significant FROM resultats
           WHERE level = $1 AND code = $2 AND period = $3 AND indicator = $4 AND breakdown = $5 ORDER BY category`,
          [pick.level, pick.code, pick.period, pick.indicator, pick.breakdown],
        )
      ).getRowObjectsJson() as unknown as Row[];
      const label = `${pick.indicator}/${pick.breakdown} ${pick.level} ${pick.code} ${pick.period}`;
      expect(ours.map((r) => r.category).sort(), label).toEqual(theirs.map((r) => r.category).sort());
      for (const t of theirs) {
        const o = ours.find((r) => r.category === t.category)!;
        for (const f of ['value', 'lower', 'upper'] as const) expect(close(o[f], t[f] === null ? null : Number(t[f])), `${label} ${t.category} ${f}: ${o[f]} ≠ ${t[f]}`).toBe(true);
        expect(o.n_plots, label).toBe(Number(t.n_plots));
        expect(o.significant, label).toBe(t.significant);
      }
    }
  }, 600_000);

  test.each(WORKED_EXAMPLES.map((e) => [e.id, e] as const))('worked example %s equals DuckDB under Node', async (_id, example) => {
    const ours = await navigate(page, example.selection);
    const q = buildExplorerQuery(example.selection);
    if ('error' in q) throw new Error(q.error);
    const theirs = await nodeRows(q);
    expect(ours.length).toBe(theirs.length);
    expect(ours.length).toBeGreaterThan(0);
    theirs.forEach((t, i) => {
      const o = ours[i]!;
      expect(`${o.code}${o.domain ? `|${o.domain}` : ''}|${o.period}|${o.category}`).toBe(`${t.code}|${t.period}|${t.category}`);
      for (const f of ['value', 'lower', 'upper'] as const) expect(close(o[f], t[f]), `${example.id} ${t.code} ${t.category} ${f}`).toBe(true);
      expect(o.n_plots).toBe(t.n_plots);
    });
  }, 600_000);

  test('offers volume per hectare by species, computed in the browser as by DuckDB under Node', async () => {
    const sel: Selection = { indicator: 'volume_ha', territories: [{ level: 'region', codes: ['44'] }], period: '2015-2019', breakdown: 'espece', filters: {} };
    const ours = await navigate(page, sel);
    const option = page.locator('select[name="ventilation"] option[value="espece"]');
    await expect(option.evaluate((o: HTMLOptionElement) => o.disabled)).resolves.toBe(false);
    const q = buildExplorerQuery(sel);
    if ('error' in q) throw new Error(q.error);
    const theirs = await nodeRows(q);
    expect(ours.length).toBeGreaterThan(5);
    expect(ours.map((r) => r.category)).toEqual(theirs.map((t) => t.category));
    theirs.forEach((t, i) => {
      for (const f of ['value', 'lower', 'upper'] as const) expect(close(ours[i]![f], t[f]), `${t.category} ${f}`).toBe(true);
    });
    await expect(page.getByRole('table').first().textContent()).resolves.toMatch(/Sapin pectiné|Épicéa commun|Hêtre/);
  }, 240_000);

  test('a permalink filtered by composition opens on a fresh visit: mortality by type of death, as the methodology page’s chablis share', async () => {
    // A fresh visit loads only the tables the selection reads: the species cover must be among them.
    const fresh = await (await newContext(browser)).newPage();
    const sel: Selection = {
      indicator: 'mortalite',
      territories: [{ level: 'france', codes: ['FR'] }, { level: 'region', codes: ['53'] }],
      period: '2015-2019',
      breakdown: 'type_mort',
      filters: { composition: ['feuillus', 'mixte', 'resineux'] },
    };
    await fresh.goto(`${site.url}/explorateur/?${serializeState(sel)}`);
    expect(await waitForOutcome(fresh), await fresh.locator('[data-error]').innerText().catch(() => '')).toBe('result');
    const ours = await rowsOf(fresh);
    const q = buildExplorerQuery(sel);
    if ('error' in q) throw new Error(q.error);
    const theirs = await nodeRows(q);
    expect(ours.map((r) => `${r.code} ${r.category}`).sort()).toEqual(['53 chablis', '53 mort_sur_pied', 'FR chablis', 'FR mort_sur_pied']);
    for (const t of theirs) {
      const mine = ours.find((r) => r.code === t.code && r.category === t.category);
      expect(close(mine?.value ?? null, t.value), `${t.code} ${t.category}`).toBe(true);
    }
    const share = (code: string) => {
      const rows = ours.filter((r) => r.code === code);
      return rows.find((r) => r.category === 'chablis')!.value! / rows.reduce((s, r) => s + r.value!, 0);
    };
    const published = JSON.parse(readFileSync(join(DATA, 'methodologie.json'), 'utf8')) as MethodFacts;
    for (const code of ['FR', '53']) expect(share(code)).toBeCloseTo(published.comparableChablisShares.find((x) => x.code === code)!.share, 9);
    await fresh.context().close();
  }, 240_000);

  test('territories are ticked in a list that typing narrows (accents and case ignored), with no modifier key', async () => {
    await page.goto(`${site.url}/explorateur/`);
    expect(await waitForOutcome(page)).toBe('result');
    await page.selectOption('select[name="niveau"]', 'departement');
    expect(await waitForOutcome(page)).toBe('result');
    const filter = page.getByLabel('Chercher dans la liste (nom ou code)');
    await filter.fill('GIRONDE');
    await expect(page.locator('[data-territory-list] label:not([hidden])').allTextContents()).resolves.toEqual([' Gironde (33)']);
    await page.evaluate(() => { (window as unknown as { __explorer: unknown }).__explorer = null; });
    await page.getByRole('checkbox', { name: 'Gironde (33)' }).check();
    await page.waitForFunction('window.__explorer !== null');
    await filter.fill('ariege');
    await page.evaluate(() => { (window as unknown as { __explorer: unknown }).__explorer = null; });
    await page.getByRole('checkbox', { name: 'Ariège (09)' }).check();
    await page.waitForFunction('window.__explorer !== null');
    const codes = [...new Set((await rowsOf(page)).map((r) => r.code))].sort();
    expect(codes).toEqual(['09', '33']);
    expect(new URL(page.url()).searchParams.get('territoires')).toMatch(/departement-(09|33)/);
    await expect(page.locator('input[name="territoires"][value="tous"]').isChecked()).resolves.toBe(false);
  }, 240_000);

  test('the guide’s links are the examples’ permalinks', async () => {
    for (const ex of WORKED_EXAMPLES) {
      const href = await page.locator(`a[data-example="${ex.id}"]`).getAttribute('href');
      expect(href).toBe(`/explorateur/?${serializeState(ex.selection)}`);
    }
  });

  test('a permalink reproduces its result after reload', async () => {
    const ex = WORKED_EXAMPLES[0]!;
    const before = await navigate(page, ex.selection);
    expect(await page.locator('[data-permalink]').inputValue()).toBe(page.url());
    await page.reload();
    expect(await waitForOutcome(page)).toBe('result');
    expect(await rowsOf(page)).toEqual(before);
    await expect(page.getByLabel('Indicateur').inputValue()).resolves.toBe('volume');
  }, 240_000);

  test('the CSV downloads and parses, with the figures of the table', async () => {
    const rows = await rowsOf(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger en CSV' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const parsed = parseExplorerCsv(text);
    expect(parsed).toHaveLength(rows.length);
    // The CSV keeps six significant digits (no decimals of m³ on millions).
    const estimate = Number(parsed[0]!['Estimation']!.replace(',', '.'));
    expect(Math.abs(estimate - rows[0]!.value!) / Math.abs(rows[0]!.value!)).toBeLessThan(1e-5);
    expect(download.suggestedFilename()).toMatch(/^explorateur-volume-2015-2019\.csv$/);
  }, 60_000);

  test('results pass the accessibility checks (bars, map, time series, two-way table; dark theme too)', async () => {
    const open = async (p: Page) => {
      await p.locator('details.explorer-filters').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await p.locator('details.explorer-sql').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    };
    await open(page);
    for (const ex of WORKED_EXAMPLES) {
      await navigate(page, ex.selection);
      expect(await accessibilityProblems(page, `/explorateur/ (${ex.id})`)).toEqual([]);
    }
    const dark = await (await newContext(browser, { colorScheme: 'dark' })).newPage();
    await dark.goto(`${site.url}/explorateur/`);
    expect(await waitForOutcome(dark)).toBe('result');
    await open(dark);
    expect(await accessibilityProblems(dark, '/explorateur/ (sombre)')).toEqual([]);
    await dark.context().close();
    await navigate(page, WORKED_EXAMPLES[0]!.selection);
  }, 240_000);

  test('a corrupt permalink says what is wrong and how to fix it', async () => {
    await page.goto(`${site.url}/explorateur/?indicateur=volumes&territoires=region-99&periode=2030`);
    expect(await waitForOutcome(page)).toBe('error');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/Indicateur inconnu «\svolumes\s».*Code inconnu «\s99\s».*Période inconnue «\s2030\s»/s);
    expect(await page.locator('[data-result]').isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: 'Revenir à la sélection par défaut' }).count()).toBe(1);
    // No stale progress bar, and the message is on screen without scrolling, even on a phone.
    expect(await page.locator('[data-status]').isHidden()).toBe(true);
    const phone = await (await newContext(browser, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${site.url}/explorateur/?indicateur=volumes&territoires=region-99&periode=2030`);
    expect(await waitForOutcome(phone)).toBe('error');
    const box = await phone.getByRole('alert').boundingBox();
    expect(box!.y).toBeLessThan(844);
    await phone.context().close();
  }, 120_000);

  test('an empty selection and an impossible one get their message', async () => {
    await page.goto(`${site.url}/explorateur/?indicateur=surface_foret&territoires=region-11&periode=2015-2019&ventilation=aucune&ser=K11`);
    expect(await waitForOutcome(page)).toBe('empty');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Aucune placette ne correspond/);
    await page.goto(`${site.url}/explorateur/?indicateur=surface_foret&territoires=france&periode=2015-2019&ventilation=aucune&espece=09`);
    expect(await waitForOutcome(page)).toBe('error');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/porte sur les arbres/);
  }, 240_000);
});

describe('without JavaScript', () => {
  test('the page explains that it needs JavaScript and WebAssembly, and shows the guide', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/explorateur/`);
    await expect(page.locator('main').textContent()).resolves.toMatch(/besoin de JavaScript et de WebAssembly/);
    expect(await page.locator('form.explorer-form').isHidden()).toBe(true);
    expect(await page.locator('.explorer-examples > li').count()).toBe(3);
    await context.close();
  });
});
