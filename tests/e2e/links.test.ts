// Every internal link and resource of the built HTML points to a file that exists in dist/, and
// every built page (the browser suites open only a sample of the EPCI factsheets) has one h1, a
// title and no resource from another origin.
import { expect, test } from 'vitest';
import { brokenInternalLinks, staticPageProblems } from './support/checks.ts';
import { distDir } from './support/site.ts';

test('aucun lien interne cassé dans le site construit', () => {
  expect(brokenInternalLinks(distDir)).toEqual([]);
});

test('chaque page construite a un h1, un titre et aucune ressource d’un autre site', () => {
  expect(staticPageProblems(distDir)).toEqual([]);
});
