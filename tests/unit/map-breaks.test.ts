// Class breaks of the map: quantile classes a reader can trust (every colour used, readable
// thresholds, each value in exactly one class) and proportional symbols that do not lie.
import { describe, expect, test } from 'vitest';
import {
  classColours,
  classIndex,
  floorSignificant,
  quantileBreaks,
  quantileSorted,
  roundSignificant,
  symbolLegendValues,
  symbolRadius,
} from '../../src/lib/map/breaks.ts';
import { notSignificantColour, sequentialScheme } from '../../src/lib/palette.ts';

describe('quantiles', () => {
  test('quantile linéaire entre deux valeurs', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([10], 0.3)).toBe(10);
  });

  test('arrondi à deux chiffres significatifs, sans artefact flottant', () => {
    expect(roundSignificant(123.4, 2)).toBe(120);
    expect(roundSignificant(0.03456, 2)).toBe(0.035);
    expect(roundSignificant(0.3, 1)).toBe(0.3);
    expect(floorSignificant(1_640_000, 1)).toBe(1_000_000);
    expect(floorSignificant(0.3, 1)).toBe(0.3);
  });

  test('cinq classes de taille presque égale sur 100 valeurs régulières', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const breaks = quantileBreaks(values);
    expect(breaks).toEqual([21, 41, 60, 80]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classIndex(v, breaks)]!++;
    // Rounding the thresholds to two digits moves at most a value or two between classes.
    for (const count of counts) expect(Math.abs(count - 20)).toBeLessThanOrEqual(2);
  });

  test('seuils lisibles et croissants même pour des valeurs serrées', () => {
    const values = Array.from({ length: 50 }, (_, i) => 30 + i * 0.01);
    const breaks = quantileBreaks(values);
    expect(breaks.length).toBe(4);
    for (let i = 1; i < breaks.length; i++) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
    for (const b of breaks) expect(String(b).replace('.', '').replace(/^0+/, '').length).toBeLessThanOrEqual(4);
  });

  test('peu de valeurs distinctes : moins de classes, jamais de classe vide en bas', () => {
    expect(quantileBreaks([5, 5, 5, 5])).toEqual([]);
    const breaks = quantileBreaks([1, 1, 1, 2, 2, 2]);
    expect(breaks).toEqual([2]);
    expect(classIndex(1, breaks)).toBe(0);
    expect(classIndex(2, breaks)).toBe(1);
    expect(quantileBreaks([])).toEqual([]);
  });

  test('une valeur égale à un seuil appartient à la classe au-dessus', () => {
    expect(classIndex(20, [10, 20, 30])).toBe(2);
    expect(classIndex(9.99, [10, 20, 30])).toBe(0);
    expect(classIndex(1000, [10, 20, 30])).toBe(3);
  });
});

describe('couleurs', () => {
  test('les couleurs viennent de la palette séquentielle, du clair au foncé, distinctes du gris « estimation trop imprécise »', () => {
    const colours = classColours(5);
    expect(colours.length).toBe(5);
    expect(new Set(colours).size).toBe(5);
    // The near-white first tint is kept for six classes only: it would blur with the page.
    expect(colours[0]).toBe(sequentialScheme[1]);
    expect(colours[4]).toBe(sequentialScheme[sequentialScheme.length - 1]);
    expect(colours).not.toContain(notSignificantColour);
  });
});

describe('symboles proportionnels', () => {
  test('la surface du cercle est proportionnelle à la valeur', () => {
    const r1 = symbolRadius(100, 400, 20);
    const r4 = symbolRadius(400, 400, 20);
    expect(r4).toBe(20);
    expect((r4 / r1) ** 2).toBeCloseTo(4);
    expect(symbolRadius(0, 400, 20)).toBe(0);
  });

  test('valeurs de légende rondes, jamais au-dessus du plus grand cercle', () => {
    expect(symbolLegendValues(1_640_000)).toEqual([1_000_000, 400_000, 100_000]);
    for (const v of symbolLegendValues(87_300)) expect(v).toBeLessThanOrEqual(87_300);
    expect(symbolLegendValues(0)).toEqual([]);
  });
});

describe('one classifier for every map', () => {
  test('the explorer’s map classes the same values as the site’s map, with the same colours', async () => {
    const { topology } = await import('topojson-server');
    const { mapSvg } = await import('../../src/components/explorer/client/render.ts');
    // Skewed, with ties: where a naive cut by order statistics would class differently.
    const values = [1, 1, 1, 1, 1, 1, 2, 3, 50, 100];
    const square = (i: number) => ({
      type: 'Feature' as const,
      properties: { code: String(i), nom: `T${i}` },
      geometry: { type: 'Polygon' as const, coordinates: [[[i, 45], [i + 0.9, 45], [i + 0.9, 46], [i, 46], [i, 45]]] },
    });
    const topo = topology({ t: { type: 'FeatureCollection', features: values.map((_, i) => square(i)) } as never }) as never;
    const rows = values.map((value, i) => ({ level: 'departement', code: String(i), territory: `T${i}`, domain: null, domainLabel: null, period: '2015-2019', indicator: 'x', breakdown: 'total', category: 'total', categoryLabel: 'Total', value, lower: value - 1, upper: value + 1, n_plots: 50, significant: true, unit: '%', reason: null }) as never);
    const svg = mapSvg(topo, rows, (r: { code: string }) => r.code, { width: 300, title: 'essai', unit: '%' });
    const breaks = quantileBreaks(values);
    const colours = classColours(breaks.length + 1);
    const fills = [...svg.matchAll(/<path d="[^"]*" fill="([^"]+)"[^>]*><title>T(\d+) :/g)].map((m) => [Number(m[2]), m[1]] as const);
    expect(fills).toHaveLength(values.length);
    for (const [i, fill] of fills) expect(fill).toBe(colours[classIndex(values[i]!, breaks)]);
    expect(svg.match(/<li>/g)).toHaveLength(breaks.length + 1);
  });
});
