// Build-time charts shared by factsheets and articles: what a reader gets from the SVG. A snapshot,
// normalised (Plot's random class ids re-indexed, floats rounded), makes a chart change a readable diff.
import { describe, expect, test } from 'vitest';
import { axisFor, barsChart, responsive } from '../../src/components/themes/charts';
import { yearTick } from '../../src/components/charts/yearTick';
import { chartFormatter } from '../../src/lib/format/numbers';
import { normaliseSvg as normalise } from './support/normaliseSvg.ts';


const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>|<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? m[2]);

describe('barres d’estimations avec intervalles (fiches)', () => {
  const data = [
    { label: 'Chêne pédonculé', series: 'Allier', value: 32_673_732, lower: 28_100_000, upper: 37_200_000, significant: true },
    { label: 'Charme', series: 'Allier', value: 3_100_000, lower: 2_000_000, upper: 4_200_000, significant: true },
    { label: 'Frêne commun', series: 'Allier', value: 1_200_000, lower: 0, upper: 2_500_000, significant: false },
  ];
  const chart = (width: number) => barsChart(data, { width, xLabel: 'Volume (m³)', format: chartFormatter('m³'), hiddenText: 'trop peu de placettes', ariaLabel: 'Volume par essence', ariaDescription: 'Barres et intervalles' });

  test('les millions se lisent en millions : axe « millions de m³ », étiquettes à trois chiffres', () => {
    const words = texts(chart(640));
    expect(words).toContain('Volume (millions de m³)');
    expect(words).toContain('32,7');
    expect(words.join(' ')).not.toMatch(/\d{1,3}(\s\d{3}){2}/);
  });

  test('une estimation cachée n’a ni barre ni nombre, et dit pourquoi', () => {
    const svg = chart(640);
    expect(svg).toContain('trop peu de placettes');
    expect(svg).not.toContain('>1,2<');
    expect(svg.match(/<rect /g)).toHaveLength(2);
  });

  test('une version de bureau et une version de téléphone, chacune avec son nom accessible', () => {
    const both = responsive(chart);
    expect(both.match(/<svg role="img"/g)).toHaveLength(2);
    expect(both).toMatch(/theme-chart--wide"><svg[^>]* width="640"/);
    expect(both).toMatch(/theme-chart--narrow"><svg[^>]* width="350"/);
  });

  test('instantané', () => {
    expect(normalise(chart(350))).toMatchSnapshot();
  });
});

describe('échelle des axes', () => {
  test.each([
    ['Volume (m³)', 40e6, 'Volume (millions de m³)', '20'],
    ['Surface forestière (ha)', 17e6, 'Surface forestière (millions d’hectares)', '20'],
    ['Carbone (tC)', 3e9, 'Carbone (milliards de tonnes de carbone)', '0,02'],
    // the same words as the prose and the explorer (axisUnit): from one million
    ['Volume (m³)', 1_500_000, 'Volume (millions de m³)', '20'],
    ['Volume (m³)', 900_000, 'Volume (m³)', '20\u202f000\u202f000'],
  ])('%s jusqu’à %d', (label, max, expected, tick) => {
    const axis = axisFor(label, max);
    expect(axis.label).toBe(expected);
    expect(axis.tick(20e6)).toBe(tick);
  });
});

test('années : toutes quand elles sont peu nombreuses, des années rondes sinon, moins sur un téléphone', () => {
  expect(yearTick(10)(2013, false)).toBe('2013');
  expect(yearTick(20)(2013, false)).toBe('');
  expect(yearTick(20)(2015, false)).toBe('2015');
  expect(yearTick(20)(2015, true)).toBe('');
  expect(yearTick(20)(2010, true)).toBe('2010');
});
