// Every internal link and resource of the built HTML points to a file that exists in dist/, and
// every built page (the browser suites open only a sample of the EPCI factsheets) has one h1, a
// title and no resource from another origin.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { brokenInternalLinks, staticPageProblems } from './support/checks.ts';
import { distDir } from './support/site.ts';

test('aucun lien interne cassé dans le site construit', () => {
  expect(brokenInternalLinks(distDir)).toEqual([]);
});

test('chaque page construite a un h1, un titre et aucune ressource d’un autre site', () => {
  expect(staticPageProblems(distDir)).toEqual([]);
});

test('le vérificateur de liens signale un lien absolu vers une page absente du site lui-même', () => {
  const root = mkdtempSync(join(tmpdir(), 'liens-'));
  writeFileSync(join(root, 'sitemap-index.xml'), '<sitemapindex><sitemap><loc>https://site.exemple/sitemap-0.xml</loc></sitemap></sitemapindex>');
  writeFileSync(join(root, 'index.html'), '<link rel="canonical" href="https://site.exemple/404/"><a href="https://site.exemple/">accueil</a><a href="https://ailleurs.exemple/absent/">ailleurs</a>');
  expect(brokenInternalLinks(root)).toEqual(['/index.html : lien interne vers https://site.exemple/404/ introuvable dans le site construit']);
});

test('les vérifications statiques signalent une adresse fictive laissée dans une page', () => {
  const root = mkdtempSync(join(tmpdir(), 'pages-'));
  mkdirSync(join(root, 'fiche'));
  writeFileSync(join(root, 'fiche', 'index.html'), '<title>Une fiche de test</title><h1>Fiche</h1><p>https://observatoire-forets.example.org/fiche/</p>');
  expect(staticPageProblems(root)).toEqual(['/fiche/index.html : adresse fictive « observatoire-forets.example.org »']);
});
