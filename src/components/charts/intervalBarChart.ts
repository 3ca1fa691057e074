// Horizontal bar chart of estimates with their 95 % confidence intervals as error bars.
// With several series (a territory and France), each category gets one bar per series, grouped.
// Non-significant estimates get no bar: « non significatif » is written in their place, so the
// chart never shows a number the significance rule hides.
import * as Plot from '@observablehq/plot';
import { renderPlot } from './render.ts';
import { chartPalette } from '../../lib/palette.ts';

export interface IntervalDatum {
  /** Category shown on the vertical axis (species, class, period…). */
  label: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  significant: boolean;
  /** Series the bar belongs to (e.g. "Gironde" or "France métropolitaine"); sets its colour. */
  series?: string;
}

export interface IntervalBarChartOptions {
  width?: number;
  /** Axis label, with the unit: "Volume (m³)". */
  xLabel: string;
  /** Formats value labels for French readers. */
  format: (value: number) => string;
  /** Short accessible name of the chart. */
  ariaLabel: string;
  /** What the chart shows, for screen readers (the table gives the figures). */
  ariaDescription: string;
}

/** Axis ticks in French without useless decimals: 10 → « 10 », 2.5 → « 2,5 », 2e6 → « 2 000 000 ». */
const tickFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format;

/** Approximate width in pixels of a label at the chart's 13 px font. */
const labelWidth = (text: string) => text.length * 7.2 + 16;

export function intervalBarChart(data: readonly IntervalDatum[], options: IntervalBarChartOptions): string {
  const shown = data.filter((d) => d.significant && d.value !== null);
  const hidden = data.filter((d) => !d.significant || d.value === null);
  const series = [...new Set(data.map((d) => d.series ?? ''))];
  const grouped = series.length > 1;
  const categories = [...new Set(data.map((d) => d.label))];
  const barHeight = 22;
  const maxUpper = Math.max(0, ...shown.map((d) => d.upper ?? d.value ?? 0));
  const marginLeft = Math.min(240, Math.max(80, ...categories.map(labelWidth)));
  const common = grouped ? { y: (d: IntervalDatum) => d.series ?? '', fy: 'label' } : { y: 'label' };
  return renderPlot({
    width: options.width ?? 640,
    height: categories.length * series.length * barHeight + (grouped ? categories.length * 8 : 0) + 60,
    marginLeft,
    marginRight: 60,
    marginBottom: 42,
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    x: { label: options.xLabel, labelAnchor: 'center', labelArrow: 'none', labelOffset: 36, domain: [0, maxUpper * 1.08 || 1], tickFormat, ticks: 5, grid: true },
    y: grouped ? { axis: null, domain: series, paddingInner: 0.15 } : { label: null, domain: categories, tickSize: 0, paddingInner: 0.25 },
    ...(grouped ? { fy: { label: null, domain: categories, padding: 0.25 } } : {}),
    color: { domain: series, range: chartPalette.slice(0, Math.max(1, series.length)) },
    marks: [
      Plot.barX(shown, { ...common, x: 'value', fill: (d: IntervalDatum) => d.series ?? '' }),
      Plot.ruleY(shown, { ...common, x1: 'lower', x2: 'upper', stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.tickX(shown, { ...common, x: 'lower', stroke: 'currentColor', strokeWidth: 1.5, insetTop: 5, insetBottom: 5 }),
      Plot.tickX(shown, { ...common, x: 'upper', stroke: 'currentColor', strokeWidth: 1.5, insetTop: 5, insetBottom: 5 }),
      Plot.text(shown, { ...common, x: 'upper', text: (d: IntervalDatum) => options.format(d.value!), dx: 5, textAnchor: 'start', fill: 'currentColor' }),
      Plot.text(hidden, { ...common, x: 0, text: () => 'non significatif', dx: 5, textAnchor: 'start', fill: 'currentColor', fontStyle: 'italic' }),
      Plot.ruleX([0]),
    ],
  });
}
