// The build-time locator map: every territory drawn inside the frame, the chosen one highlighted,
// neighbours as links, whatever the winding order of the producer's rings.
import { describe, expect, test } from 'vitest';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { locatorBackground, locatorMap } from '../../src/components/charts/locatorMap';
import { neighbourCodes } from '../../src/lib/geo/topology';

// Three squares side by side: A and B share a border, C stands apart. B's ring is wound the
// other way round, as some producers write them.
const square = (x: number, reverse = false) => {
  const ring = [[x, 45], [x + 1, 45], [x + 1, 46], [x, 46], [x, 45]];
  return { type: 'Polygon', coordinates: [reverse ? ring : [...ring].reverse()] };
};
const topo = topology({
  t: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { code: 'A', nom: 'Alpha' }, geometry: square(0) },
      { type: 'Feature', properties: { code: 'B', nom: 'Bêta' }, geometry: square(1, true) },
      { type: 'Feature', properties: { code: 'C', nom: 'Gamma' }, geometry: square(5) },
    ],
  },
} as never) as unknown as Topology;

describe('carte de situation', () => {
  test('les voisins sont ceux qui partagent une frontière', () => {
    expect(neighbourCodes(topo, 'A')).toEqual(['B']);
  });

  test('le territoire choisi est mis en valeur, ses voisins mènent à leur fiche', () => {
    const svg = locatorMap(topo, { code: 'A', width: 200, hrefOf: (code) => `/fiche/${code}/`, ariaLabel: 'Carte' });
    expect(svg.match(/class="map-current"/g)).toHaveLength(1);
    expect(svg).toContain('<a href="/fiche/B/" aria-label="Bêta : ouvrir la fiche">');
    expect(svg).not.toContain('/fiche/C/');
  });

  test('avec un fond partagé, la page ne porte que le territoire et ses voisins, tracés comme dans le fond', () => {
    const svg = locatorMap(topo, { code: 'A', width: 200, hrefOf: (code) => `/fiche/${code}/`, ariaLabel: 'Carte', background: '/fonds/t.svg' });
    expect(svg).toContain('<use class="map-fond" href="/fonds/t.svg#fond"/>');
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).not.toContain('Gamma');
    const background = locatorBackground(topo, 200);
    expect(background).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 200 190"><g id="fond">/);
    expect(background.match(/<path /g)).toHaveLength(3);
    // Same projection: the highlighted square's outline is one of the background's.
    const current = /class="map-current" d="([^"]+)"/.exec(svg)![1];
    expect(background).toContain(`d="${current}"`);
  });

  test('un anneau tourné dans l’autre sens reste un petit carré, pas le reste du globe', () => {
    const svg = locatorMap(topo, { width: 200, hrefOf: () => undefined, ariaLabel: 'Carte' });
    // Each square spans one sixth of the fitted extent (6° wide): about 33 px of the 200 px frame.
    for (const [, d] of svg.matchAll(/d="([^"]+)"/g)) {
      const xs = d!.match(/-?\d+(\.\d+)?/g)!.map(Number).filter((_, i) => i % 2 === 0);
      const span = Math.max(...xs) - Math.min(...xs);
      expect(span).toBeGreaterThan(20);
      expect(span).toBeLessThan(50);
    }
  });
});
