// The harness catches what it claims: a fixture site with an image from another host, a link to a
// missing page and an image without alt text must each produce a message naming page and problem.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser.ts';
import { accessibilityProblems, brokenInternalLinks, pageProblems, visitPage } from './support/checks.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

const pixel = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>';
const shell = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page de test du harnais</title></head><body><main><h1>Test</h1>${body}</main></body></html>`;

let root: string;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'harnais-'));
  writeFileSync(join(root, 'point.svg'), pixel);
  writeFileSync(join(root, 'index.html'), shell('<p><a href="/ok/">page existante</a></p>'));
  mkdirSync(join(root, 'ok'));
  writeFileSync(join(root, 'ok', 'index.html'), shell('<img src="/point.svg" alt="un point">'));
  mkdirSync(join(root, 'image-externe'));
  writeFileSync(join(root, 'image-externe', 'index.html'), shell('<img src="https://tuiles.example.org/carte.png" alt="carte">'));
  mkdirSync(join(root, 'lien-casse'));
  writeFileSync(join(root, 'lien-casse', 'index.html'), shell('<p><a href="/page-absente/">lien</a></p>'));
  mkdirSync(join(root, 'sans-alt'));
  writeFileSync(join(root, 'sans-alt', 'index.html'), shell('<img src="/point.svg">'));
  mkdirSync(join(root, 'ponctuation'));
  writeFileSync(join(root, 'ponctuation', 'index.html'), shell('<p>Source : IGN</p><p>Code\u00a0: <code>a ? b : c</code></p>'));
  site = await startStaticServer(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

test('une image chargée depuis un autre site est signalée, avec la page et l’adresse', async () => {
  const context = await newContext(browser);
  const report = await visitPage(await context.newPage(), site.url, '/image-externe/');
  await context.close();
  expect(pageProblems(report)).toEqual([
    '/image-externe/ : requête vers un autre site : https://tuiles.example.org/carte.png',
  ]);
});

test('une espace ordinaire devant un deux-points est signalée, pas celle d’un extrait de code', async () => {
  const context = await newContext(browser);
  const report = await visitPage(await context.newPage(), site.url, '/ponctuation/');
  await context.close();
  expect(pageProblems(report)).toEqual(['/ponctuation/ : espace sécable devant la ponctuation : « Source : IGN »']);
});

test('un lien vers une page absente est signalé, avec la page et la cible', () => {
  expect(brokenInternalLinks(root)).toEqual([
    '/lien-casse/index.html : lien interne vers /page-absente/ introuvable dans le site construit',
  ]);
});

test('une image sans alternative textuelle est signalée par la suite d’accessibilité', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${site.url}/sans-alt/`);
  const problems = await accessibilityProblems(page, '/sans-alt/');
  await context.close();
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^\/sans-alt\/ : image-alt /);
});

test('une page saine ne produit aucun signalement', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const report = await visitPage(page, site.url, '/ok/');
  expect(pageProblems(report)).toEqual([]);
  expect(await accessibilityProblems(page, '/ok/')).toEqual([]);
  await context.close();
});
