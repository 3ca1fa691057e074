// Every internal link and resource of the built HTML points to a file that exists in dist/.
import { expect, test } from 'vitest';
import { brokenInternalLinks } from './support/checks.ts';
import { distDir } from './support/site.ts';

test('aucun lien interne cassé dans le site construit', () => {
  expect(brokenInternalLinks(distDir)).toEqual([]);
});
