import { describe, expect, test } from 'vitest';
import { existingPages, routeExists } from '../../src/lib/siteMap';

describe('menus : seules les pages existantes sont listées', () => {
  test('une page servie par index.astro ou par un fichier du même nom existe', () => {
    expect(routeExists('/', ['/src/pages/index.astro'])).toBe(true);
    expect(routeExists('/ressources/', ['/src/pages/ressources/index.astro'])).toBe(true);
    expect(routeExists('/methodologie/', ['/src/pages/methodologie.astro'])).toBe(true);
    expect(routeExists('/carte/', ['/src/pages/cartes.astro', '/src/pages/carte/[id].astro'])).toBe(false);
  });

  test('le menu principal omet une page dont le fichier manque', () => {
    const files = ['/src/pages/index.astro', '/src/pages/ressources/index.astro'];
    expect(existingPages(files, 'principal').map((p) => p.href)).toEqual(['/', '/ressources/']);
  });
});
