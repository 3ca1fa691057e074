// Build-time charts: what a reader (or a screen reader) gets from the SVG. A snapshot, normalised
// (Plot's random class ids re-indexed, floats rounded), makes a chart change a readable diff.
import { describe, expect, test } from 'vitest';
import { intervalBarChart } from '../../src/components/charts/intervalBarChart';
import { yearBarChart } from '../../src/components/charts/yearBarChart';

function normalise(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\bplot-[0-9a-f]{6}\b/g, (id) => ids.get(id) ?? (ids.set(id, `plot-${ids.size}`), `plot-${ids.size - 1}`))
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}

const format = (v: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(v);
const data = [
  { label: 'Chêne pédonculé', value: 18, lower: 15, upper: 21, significant: true },
  { label: 'Charme', value: 3.1, lower: 2, upper: 4.2, significant: true },
  { label: 'Frêne commun', value: 1.2, lower: 0, upper: 2.5, significant: false },
];

describe('graphique à intervalles', () => {
  const svg = intervalBarChart(data, { xLabel: 'Part (%)', format, ariaLabel: 'Part par essence', ariaDescription: 'Barres et intervalles' });

  test('un seul nom accessible, sur le graphique entier', () => {
    expect(svg.startsWith('<svg role="img"')).toBe(true);
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
  });

  test('une valeur non significative n’a ni barre ni nombre', () => {
    expect(svg).toContain('non significatif');
    expect(svg).not.toContain('>1,2<');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>18<');
  });

  test('instantané', () => {
    expect(normalise(svg)).toMatchSnapshot();
  });
});

describe('barres par année', () => {
  test('une année inconnue (secret statistique) n’a pas de barre', () => {
    const svg = yearBarChart(
      [
        { year: 2020, value: 10 },
        { year: 2021, value: null },
        { year: 2022, value: 30 },
      ],
      { yLabel: 'Milliers de m³', ariaLabel: 'Récolte', ariaDescription: 'Barres par année' },
    );
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(normalise(svg)).toMatchSnapshot();
  });
});
