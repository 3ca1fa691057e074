// Chart functions of the thematic pages and factsheets: SVG strings rendered at build time with
// Plot (no JavaScript on the page). Each takes plain data and a width; `responsive` renders a chart at a
// desktop and a phone width so that its text stays at 13 px on both (a desktop chart scaled down
// to a phone would print 7 px labels). Category labels sit above their bars, so long names (régions,
// species) never squeeze the bars on a narrow screen.
import * as Plot from '@observablehq/plot';
import { renderPlot } from '../charts/render.ts';
import { chartPalette } from '../../lib/palette.ts';
import { barsPlot, frenchTick, stackedBarsPlot, type Bar, type BarsOptions, type ChartText, type StackPart, type StackedBarsOptions } from '../charts/bars.ts';

/** Width of the desktop and phone renderings, in CSS pixels. */
export const WIDE = 640;
export const NARROW = 350;

/** Both renderings; CSS shows one (see ThemeFigure.astro). */
export function responsive(build: (width: number, narrow: boolean) => string): string {
  return `<div class="theme-chart theme-chart--wide">${build(WIDE, false)}</div><div class="theme-chart theme-chart--narrow">${build(NARROW, true)}</div>`;
}

export { axisFor, frenchTick, type Bar, type BarsOptions, type ChartText, type StackPart, type StackedBarsOptions } from '../charts/bars.ts';

/** Horizontal bars with their intervals (charts/bars.ts), rendered at build time. */
export const barsChart = (data: readonly Bar[], o: BarsOptions): string => renderPlot(barsPlot(data, o));

/** Horizontal stacked bars (charts/bars.ts), rendered at build time. */
export const stackedBarsChart = (data: readonly StackPart[], o: StackedBarsOptions): string => renderPlot(stackedBarsPlot(data, o));

export interface Column {
  /** Position on the horizontal axis (a year, a month). */
  x: number;
  series: string;
  value: number;
}

export interface ColumnsOptions extends ChartText {
  width: number;
  yLabel: string;
  /** Stacked (default) or side by side. */
  mode?: 'stack' | 'group';
  /** Every x value to show, in order (missing ones leave a gap). */
  domain: readonly number[];
  /** Tick text of an x value; '' hides it. */
  xTick: (x: number, narrow: boolean) => string;
  colours?: Record<string, string>;
  /** A vertical marker with a short note (e.g. the year coverage changed). */
  marker?: { x: number; text: string; /** Text on a phone, ending with an arrow towards the line. */ short: string };
  height?: number;
}

/** Vertical columns over years or months, stacked or grouped by series. */
export function columnsChart(data: readonly Column[], o: ColumnsOptions): string {
  const narrow = o.width < 450;
  const series = [...new Set(data.map((d) => d.series))];
  const colours = o.colours ?? Object.fromEntries(series.map((s, i) => [s, chartPalette[i % chartPalette.length]!]));
  const grouped = o.mode === 'group';
  const ticks = o.domain.filter((x) => o.xTick(x, narrow) !== '');
  const common = {
    width: o.width,
    height: o.height ?? (narrow ? 260 : 300),
    marginLeft: narrow ? 52 : 64,
    marginRight: 8,
    // On a phone the marker's note takes a line of its own under the axis title.
    marginTop: o.marker ? (narrow ? 46 : 28) : 12,
    marginBottom: 32,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    y: { label: o.yLabel, labelAnchor: 'top' as const, labelArrow: 'none' as const, tickFormat: frenchTick, ticks: narrow ? 4 : 6, grid: true },
    color: { domain: Object.keys(colours), range: Object.values(colours) },
  };
  if (grouped) {
    return renderPlot({
      ...common,
      fx: { domain: o.domain as number[], tickFormat: (x: number) => o.xTick(x, narrow), label: null, padding: 0.15 },
      x: { axis: null, domain: series, paddingInner: 0.05 },
      marks: [Plot.barY(data, { fx: 'x', x: 'series', y: 'value', fill: 'series' }), Plot.ruleY([0])],
    });
  }
  const markerMarks = o.marker
    ? [
        Plot.ruleX([o.marker.x], { stroke: 'currentColor', strokeDasharray: '3,3', dx: -((o.width - 60) / o.domain.length) / 2 }),
        // On a phone the full note would run off the chart: a short one, left of the line, pointing at it.
        Plot.text([o.marker.x], { x: (d: number) => d, frameAnchor: 'top', dy: narrow ? -14 : -20, text: () => (narrow ? o.marker!.short : o.marker!.text), textAnchor: narrow ? 'end' : 'start', dx: narrow ? -((o.width - 60) / o.domain.length) / 2 - 2 : -4, fill: 'currentColor', fontSize: 12 }),
      ]
    : [];
  return renderPlot({
    ...common,
    x: { domain: o.domain as number[], ticks, tickFormat: (x: number) => o.xTick(x, narrow), label: null, paddingInner: 0.15 },
    marks: [Plot.barY(data, Plot.stackY({ x: 'x', y: 'value', fill: 'series', order: series })), Plot.ruleY([0]), ...markerMarks],
  });
}

export interface RangePoint {
  year: number;
  low: number;
  high: number;
  text: string;
}

/** Published values over a long period: points (or ranges) joined by a dashed line. */
export function historyChart(points: readonly RangePoint[], o: ChartText & { width: number; yLabel: string; xDomain: [number, number] }): string {
  const narrow = o.width < 450;
  const mid = points.map((p) => ({ ...p, mid: (p.low + p.high) / 2 }));
  const yearsPerPixel = (o.xDomain[1] - o.xDomain[0]) / (o.width - 64);
  const crowded = (i: number) => i + 1 < mid.length && (mid[i + 1]!.year - mid[i]!.year) / yearsPerPixel < 40;
  return renderPlot({
    width: o.width,
    height: narrow ? 240 : 280,
    marginLeft: 40,
    marginRight: 24,
    marginTop: 24,
    // The first label (a range) is wide: room for it on the left.
    insetLeft: 24,
    marginBottom: 32,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    x: { domain: o.xDomain, tickFormat: (x: number) => String(x), ticks: narrow ? 4 : 8, label: null },
    y: { domain: [0, Math.max(...points.map((p) => p.high)) * 1.15], label: o.yLabel, labelAnchor: 'top', labelArrow: 'none', tickFormat: frenchTick, grid: true },
    marks: [
      Plot.line(mid, { x: 'year', y: 'mid', stroke: chartPalette[0], strokeDasharray: '4,4', strokeWidth: 1.5 }),
      Plot.ruleX(mid, { x: 'year', y1: 'low', y2: 'high', stroke: chartPalette[0], strokeWidth: 4 }),
      Plot.dot(mid, { x: 'year', y: 'mid', fill: chartPalette[0], r: 4 }),
      // A label above its point, or below when the next point is too close to share the space.
      Plot.text(mid.filter((_, i) => !crowded(i)), { x: 'year', y: 'high', text: 'text', dy: -10, fill: 'currentColor', textAnchor: 'middle' }),
      Plot.text(mid.filter((_, i) => crowded(i)), { x: 'year', y: 'low', text: 'text', dy: 14, fill: 'currentColor', textAnchor: 'middle' }),
      Plot.ruleY([0]),
    ],
  });
}
