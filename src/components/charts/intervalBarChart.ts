// Horizontal bar chart of estimates with their 95 % confidence intervals as error bars.
// Non-significant estimates get no bar: the label « non significatif » is written in their place,
// so the chart never shows a number the significance rule hides.
import * as Plot from '@observablehq/plot';
import { renderPlot } from './render.ts';
import { chartPalette } from '../../lib/palette.ts';

export interface IntervalDatum {
  /** Category shown on the vertical axis (species, territory, class…). */
  label: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  significant: boolean;
  /** Optional grouping that sets the colour (e.g. "Gironde" vs "France métropolitaine"). */
  series?: string;
}

export interface IntervalBarChartOptions {
  width?: number;
  /** Axis label, with the unit: "Volume (millions de m³)". */
  xLabel: string;
  /** Formats axis ticks and value labels for French readers. */
  format: (value: number) => string;
  /** Short accessible name of the chart. */
  ariaLabel: string;
  /** What the chart shows, for screen readers (the table gives the figures). */
  ariaDescription: string;
  /** Width of the label column in pixels. */
  marginLeft?: number;
}

export function intervalBarChart(data: readonly IntervalDatum[], options: IntervalBarChartOptions): string {
  const shown = data.filter((d) => d.significant && d.value !== null);
  const hidden = data.filter((d) => !d.significant || d.value === null);
  const series = [...new Set(data.map((d) => d.series ?? ''))];
  const rowHeight = 28;
  const maxUpper = Math.max(0, ...shown.map((d) => d.upper ?? d.value ?? 0));
  return renderPlot({
    width: options.width ?? 640,
    height: Math.max(80, data.length * rowHeight + 50),
    marginLeft: options.marginLeft ?? 150,
    marginRight: 70,
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    x: { label: options.xLabel, labelAnchor: 'right', domain: [0, maxUpper * 1.05 || 1], tickFormat: options.format, ticks: 4, grid: true },
    y: { label: null, domain: data.map((d) => d.label), tickSize: 0 },
    color: { domain: series, range: chartPalette.slice(0, Math.max(1, series.length)) },
    marks: [
      Plot.barX(shown, { y: 'label', x: 'value', fill: (d: IntervalDatum) => d.series ?? '', insetTop: 4, insetBottom: 4 }),
      Plot.ruleY(shown, { y: 'label', x1: 'lower', x2: 'upper', stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.tickX(shown, { y: 'label', x: 'lower', stroke: 'currentColor', strokeWidth: 1.5, insetTop: 8, insetBottom: 8 }),
      Plot.tickX(shown, { y: 'label', x: 'upper', stroke: 'currentColor', strokeWidth: 1.5, insetTop: 8, insetBottom: 8 }),
      Plot.text(shown, { y: 'label', x: 'upper', text: (d: IntervalDatum) => options.format(d.value!), dx: 6, textAnchor: 'start', fill: 'currentColor' }),
      Plot.text(hidden, { y: 'label', x: 0, text: () => 'non significatif', dx: 6, textAnchor: 'start', fill: 'currentColor', fontStyle: 'italic' }),
      Plot.ruleX([0]),
    ],
  });
}
