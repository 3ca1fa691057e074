// The map's data files: what can be mapped, and per level and indicator the figures a reader will
// see, with significance kept and breaks computed on significant values only.
import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { d3WindingFeature, indicatorFile, labelPoint, levelFile, mapSeries, type CatalogueIndicator } from '../../src/lib/map/build.ts';
import { featuresOf } from '../../src/lib/geo/topology.ts';
import { fixtureRows, fixtureTerritories, fixtureTopology } from './fixtures/mapFixture.ts';

const catalogue: CatalogueIndicator[] = [
  { id: 'surface_foret', label: 'Surface forestière', unit: 'ha', kind: 'total' },
  { id: 'taux_boisement', label: 'Taux de boisement', unit: '%', kind: 'taux' },
  { id: 'volume_ha', label: 'Volume à l’hectare', unit: 'm³/ha', kind: 'ratio' },
  { id: 'part_composition', label: 'Part par composition', unit: '%', kind: 'ratio' },
  { id: 'absent', label: 'Pas dans les résultats', unit: 'm³', kind: 'total' },
];
const available = new Set(['surface_foret|total|total', 'taux_boisement|total|total', 'volume_ha|total|total', 'part_composition|composition|resineux']);

describe('séries cartographiables', () => {
  test('les totaux en symboles, les taux et valeurs à l’hectare en aplats ; seulement ce que les résultats contiennent', () => {
    const series = mapSeries(catalogue, available);
    expect(series.map((s) => s.key)).toEqual(['taux_boisement', 'surface_foret', 'volume_ha', 'part_composition.resineux']);
    expect(series.find((s) => s.key === 'surface_foret')!.mode).toBe('symbols');
    expect(series.find((s) => s.key === 'volume_ha')!.mode).toBe('choropleth');
    expect(series.find((s) => s.key === 'part_composition.resineux')).toMatchObject({ indicator: 'part_composition', breakdown: 'composition', category: 'resineux', unit: '%' });
  });
});

describe('fichier d’un indicateur', () => {
  const series = mapSeries(catalogue, available).find((s) => s.key === 'volume_ha')!;
  const file = indicatorFile('ser', series, fixtureRows, fixtureTerritories.map((t) => t.code));

  test('toutes les périodes, chaque territoire connu, la significativité gardée', () => {
    expect(file.periods).toEqual(['2010-2014', '2015-2019']);
    expect(file.figures['2015-2019']!.map((f) => f[0])).toEqual(['A11', 'B22', 'C33']);
    expect(file.figures['2010-2014']!.map((f) => f[0])).toEqual(['A11', 'B22']);
    expect(file.figures['2015-2019']![2]).toEqual(['C33', 90, 10, 170, 12, 0]);
    expect(file.figures['2015-2019']![0]![1]).toBe(120.123);
  });

  test('seuils et maximum calculés sur les seules valeurs significatives', () => {
    expect(file.maxValue).toBe(210);
    for (const b of file.breaks) expect(b).toBeGreaterThan(110);
  });
});

describe('fichier d’un niveau', () => {
  test('noms, liens, emprises et points d’étiquette à l’intérieur des territoires', () => {
    const level = levelFile('ser', fixtureTopology, fixtureTerritories, (code) => `/territoires/ser/${code}/`);
    expect(level.territories.map((t) => t.href)).toEqual(['/territoires/ser/A11/', '/territoires/ser/B22/', '/territoires/ser/C33/']);
    const features = featuresOf(fixtureTopology).features;
    for (const t of level.territories) {
      const feature = features.find((f) => f.properties.code === t.code)!;
      expect(geoContains(d3WindingFeature(feature as never) as never, t.point)).toBe(true);
      const [w, s, e, n] = t.bbox;
      expect(t.point[0] >= w && t.point[0] <= e && t.point[1] >= s && t.point[1] <= n).toBe(true);
    }
  });

  test('un territoire sans contour est une erreur qui le nomme', () => {
    expect(() => levelFile('ser', fixtureTopology, [...fixtureTerritories, { code: 'D44', nom: 'Perdu', xmin: 0, ymin: 0, xmax: 1, ymax: 1 }], () => '/')).toThrow(/D44.*Perdu/);
  });

  test('le point d’un territoire en croissant est dans le territoire', () => {
    const c = featuresOf(fixtureTopology).features.find((f) => f.properties.code === 'C33')!;
    const point = labelPoint(c as never);
    expect(geoContains(d3WindingFeature(c as never) as never, point)).toBe(true);
    // Inside the C, not in its hollow.
    expect(point[0] < 2.2 || point[1] < 45.2 || point[1] > 45.8).toBe(true);
  });
});

describe('sens des contours', () => {
  test('un contour tourné à la manière RFC 7946 (comme les SER) reste petit pour d3 et garde son point à l’intérieur', async () => {
    const { geoArea } = await import('d3-geo');
    const { d3WindingFeature } = await import('../../src/lib/map/build.ts');
    // Counter-clockwise exterior ring: d3 reads it as the whole sphere minus the square.
    const ccw = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 45], [1, 45], [1, 46], [0, 46], [0, 45]]] } } as const;
    expect(geoArea(ccw as never)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(d3WindingFeature(ccw as never) as never)).toBeLessThan(0.001);
    const point = labelPoint(ccw as never);
    expect(point[0]).toBeGreaterThan(0);
    expect(point[0]).toBeLessThan(1);
    expect(point[1]).toBeGreaterThan(45);
    expect(point[1]).toBeLessThan(46);
  });
});
