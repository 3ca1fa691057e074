// Build-time charts and maps of the thematic pages: what a reader would notice — a bar drawn for a
// non-significant estimate, a chart without its accessible name, a phone rendering missing, a
// map that colours a hidden value, an outline that loses its shape.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { barsChart, columnsChart, historyChart, responsive, stackedBarsChart } from '../../src/components/themes/charts.ts';
import { choroplethMap, legendEntries, simplifyLine } from '../../src/components/themes/choropleth.ts';
import { classColours } from '../../src/lib/map/breaks.ts';
import type { Topology } from 'topojson-specification';
import { fireScheme, sequentialScheme } from '../../src/lib/palette.ts';
import { normaliseSvg } from './support/normaliseSvg.ts';

const fmt = (x: number) => x.toFixed(1).replace('.', ',');
const text = { ariaLabel: 'Graphique d’essai', ariaDescription: 'Description d’essai' };
const doc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe('barres avec intervalles', () => {
  const svg = barsChart(
    [
      { label: 'Chêne', value: 10, lower: 9, upper: 11 },
      { label: 'Hêtre', value: 4, lower: 1, upper: 7, significant: false },
    ],
    { width: 350, xLabel: 'Part (%)', format: fmt, ...text },
  );
  it('porte un nom accessible et une description', () => {
    expect(svg).toMatch(/^<svg role="img"/);
    expect(svg).toContain('aria-label="Graphique d’essai"');
    expect(svg).toContain('Description d’essai');
  });
  it('écrit « estimation trop imprécise » sans barre ni valeur pour une estimation cachée', () => {
    const d = doc(svg);
    expect(d.querySelectorAll('rect').length).toBe(1);
    const words = [...d.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).toContain('estimation trop imprécise');
    expect(words).not.toContain('4,0');
    expect(words).toContain('10,0');
    expect(svg).not.toMatch(/NaN|undefined/);
  });
  it('place chaque étiquette au-dessus de sa barre (lisible sur un téléphone)', () => {
    expect([...doc(svg).querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['Chêne', 'Hêtre']));
  });
});

describe('rendus bureau et téléphone', () => {
  it('rend deux largeurs, chacune dans son conteneur', () => {
    const widths: number[] = [];
    const html = responsive((width) => {
      widths.push(width);
      return `<svg width="${width}"></svg>`;
    });
    expect(widths).toEqual([640, 350]);
    expect(html).toContain('theme-chart--wide');
    expect(html).toContain('theme-chart--narrow');
  });
});

describe('colonnes, barres empilées, historique', () => {
  it('empile les séries et n’écrit que les années demandées sur l’axe', () => {
    const svg = columnsChart(
      [2000, 2001, 2002].flatMap((x) => [{ x, series: 'A', value: 2 }, { x, series: 'B', value: 1 }]),
      { width: 350, yLabel: 'ha', domain: [2000, 2001, 2002], xTick: (x) => (x === 2000 ? '2000' : ''), ...text },
    );
    const words = [...doc(svg).querySelectorAll('text')].map((t) => t.textContent);
    expect(words).toContain('2000');
    expect(words).not.toContain('2001');
    expect(doc(svg).querySelectorAll('rect').length).toBe(6);
  });
  it('écrit le total au bout de chaque barre empilée', () => {
    const svg = stackedBarsChart(
      [{ label: 'Région', series: 'A', value: 2 }, { label: 'Région', series: 'B', value: 3 }],
      { width: 350, xLabel: 'm³', format: fmt, ...text },
    );
    expect([...doc(svg).querySelectorAll('text')].map((t) => t.textContent)).toContain('5,0');
  });
  it('trace une fourchette publiée comme un trait et la nomme', () => {
    const svg = historyChart([{ year: 1830, low: 8.9, high: 9.5, text: '8,9–9,5' }, { year: 2014, low: 16.9, high: 16.9, text: '16,9' }], { width: 350, yLabel: 'Mha', xDomain: [1820, 2030], ...text });
    expect(svg).toContain('8,9–9,5');
    expect(svg).toContain('16,9');
  });
  // Snapshots of every chart function from a tiny fixture: a change to a chart is a readable diff.
  it('instantanés : colonnes, barres empilées, série longue', () => {
    const columns = columnsChart([2000, 2001].flatMap((x) => [{ x, series: 'A', value: 2 }, { x, series: 'B', value: 1 }]), { width: 350, yLabel: 'ha', domain: [2000, 2001], xTick: String, ...text });
    expect(normaliseSvg(columns)).toMatchSnapshot('colonnes');
    const stacked = stackedBarsChart([{ label: 'Région', series: 'A', value: 2 }, { label: 'Région', series: 'B', value: 3 }], { width: 350, xLabel: 'm³', format: fmt, ...text });
    expect(normaliseSvg(stacked)).toMatchSnapshot('barres empilées');
    const history = historyChart([{ year: 1830, low: 8.9, high: 9.5, text: '8,9–9,5' }, { year: 2014, low: 16.9, high: 16.9, text: '16,9' }], { width: 350, yLabel: 'Mha', xDomain: [1820, 2030], ...text });
    expect(normaliseSvg(history)).toMatchSnapshot('série longue');
  });
});

describe('cartes choroplèthes', () => {
  // Two squares side by side, in longitude and latitude near France.
  const topology = {
    type: 'Topology',
    objects: {
      t: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0]], properties: { code: 'A', nom: 'Alpha' } },
          { type: 'Polygon', arcs: [[1]], properties: { code: 'B', nom: 'Bêta' } },
        ],
      },
    },
    arcs: [
      [[2, 46], [2, 47], [3, 47], [3, 46], [2, 46]],
      [[3, 46], [3, 47], [4, 47], [4, 46], [3, 46]],
    ],
  } as unknown as Topology;
  const svg = choroplethMap(topology, new Map([['A', { value: 10, significant: true }], ['B', { value: 3, significant: false }]]), {
    width: 200,
    breaks: [5],
    id: 'essai',
    ariaLabel: 'Carte d’essai',
    titleOf: (code, nom) => `${nom} (${code})`,
  });
  it('colore un territoire significatif et hachure un territoire non significatif', () => {
    const paths = [...doc(svg).querySelectorAll('path')];
    expect(paths).toHaveLength(2);
    expect(paths[0]!.getAttribute('fill')).toBe(classColours(2)[1]);
    expect(paths[1]!.getAttribute('fill')).toBe('url(#essai-hachure)');
    expect(svg).toContain('<title>Bêta (B)</title>');
  });
  it('instantané de la carte', () => {
    expect(normaliseSvg(svg)).toMatchSnapshot('carte');
  });
  it('légende les classes de la plus faible à la plus forte, puis le hachuré', () => {
    expect(legendEntries([5, 10], (x) => `${x} %`).map((e) => e.label)).toEqual(['moins de 5 %', '5 % à moins de 10 %', '10 % et plus', 'estimation trop imprécise ou sans donnée']);
  });
  it('la carte des feux se colore du jaune au rouge, pas dans le vert de la forêt, carte et légende ensemble', () => {
    const fire = choroplethMap(topology, new Map([['A', { value: 10, significant: true }], ['B', { value: 3, significant: true }]]), {
      width: 200, breaks: [5], id: 'feux', ariaLabel: 'Feux', titleOf: (code) => code, scheme: fireScheme,
    });
    const fills = [...doc(fire).querySelectorAll('path')].map((p) => p.getAttribute('fill'));
    expect(fills).toEqual([fireScheme[5], fireScheme[1]]);
    expect(legendEntries([5], String, false, fireScheme).map((e) => e.colour)).toEqual([fireScheme[1], fireScheme[5]]);
    for (const colour of fills) expect(sequentialScheme).not.toContain(colour);
  });
});

describe('simplification des contours', () => {
  it('garde les sommets qui s’écartent de plus de la tolérance et lâche les autres', () => {
    const line: [number, number][] = [[0, 0], [1, 0.1], [2, 0], [3, 5], [4, 0]];
    expect(simplifyLine(line, 0.5)).toEqual([[0, 0], [2, 0], [3, 5], [4, 0]]);
  });
  it('garde la forme d’un anneau fermé', () => {
    const ring: [number, number][] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(simplifyLine(ring, 1)).toEqual(ring);
  });
});
