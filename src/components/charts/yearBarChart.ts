// Bars per year, stacked by series when there are several (e.g. sawlogs, industry, energy wood).
// Missing years (statistical secret, no coverage) are left empty; the table says why.
import * as Plot from '@observablehq/plot';
import { renderPlot } from './render.ts';
import { chartPalette } from '../../lib/palette.ts';

export interface YearDatum {
  year: number;
  /** Null when the value is unknown (secret, not covered): no bar is drawn. */
  value: number | null;
  series?: string;
}

export interface YearBarChartOptions {
  width?: number;
  /** Axis label with unit: "Surface brûlée (ha)". */
  yLabel: string;
  ariaLabel: string;
  ariaDescription: string;
  /** Series order (and so colour order); defaults to order of appearance. */
  series?: string[];
}

const tickFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format;

export function yearBarChart(data: readonly YearDatum[], options: YearBarChartOptions): string {
  const known = data.filter((d) => d.value !== null);
  const series = options.series ?? [...new Set(data.map((d) => d.series ?? ''))];
  const years = data.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = last - first + 1;
  // Label every year when there are few, else every 5 years.
  const step = span <= 12 ? 1 : span <= 30 ? 5 : 10;
  return renderPlot({
    width: options.width ?? 640,
    height: 260,
    marginLeft: 56,
    marginBottom: 30,
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    x: { label: null, domain: Array.from({ length: span }, (_, i) => first + i), tickFormat: (y: number) => (y % step === 0 || span <= 12 ? String(y) : ''), tickSize: 0, padding: 0.15 },
    y: { label: options.yLabel, labelArrow: 'none', grid: true, tickFormat, ticks: 5 },
    color: { domain: series, range: chartPalette.slice(0, Math.max(1, series.length)) },
    marks: [
      Plot.barY(known, Plot.stackY({ x: 'year', y: 'value', fill: (d: YearDatum) => d.series ?? '', order: series })),
      Plot.ruleY([0]),
    ],
  });
}
