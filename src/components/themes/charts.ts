// Chart functions of the thematic pages: SVG strings rendered at build time with Plot (no
// JavaScript on the page). Each takes plain data and a width; `responsive` renders a chart at a
// desktop and a phone width so that its text stays at 13 px on both (a desktop chart scaled down
// to a phone would print 7 px labels). Category labels sit above their bars, so long names (régions,
// species) never squeeze the bars on a narrow screen.
import { NON_SIGNIFICANT } from '../../lib/format/numbers.ts';
import * as Plot from '@observablehq/plot';
import { renderPlot } from '../charts/render.ts';
import { chartPalette } from '../../lib/palette.ts';
import { signif, upTo } from '../../lib/format/numbers.ts';

/** Width of the desktop and phone renderings, in CSS pixels. */
export const WIDE = 640;
export const NARROW = 350;

/** Both renderings; CSS shows one (see ThemeFigure.astro). */
export function responsive(build: (width: number, narrow: boolean) => string): string {
  return `<div class="theme-chart theme-chart--wide">${build(WIDE, false)}</div><div class="theme-chart theme-chart--narrow">${build(NARROW, true)}</div>`;
}

/** Approximate width in pixels of a text at 13 px. */
const textWidth = (text: string) => text.length * 7 + 8;

/** Axis ticks in French: 20000 → « 20 000 », 2.5 → « 2,5 ». */
export const frenchTick = (x: number) => upTo(x, 2);

/** 3 significant digits, French: 32.6734 → « 32,7 », 0.123 → « 0,123 ». */
const threeDigits = (x: number) => signif(x, 3);

/**
 * An axis whose values reach millions or billions reads in those units: ticks 0, 10, 20 and the
 * label's unit rewritten, « Volume (m³) » → « Volume (millions de m³) », rather than 20 000 000.
 * `value` writes a value on the same scale (3 significant digits), for labels next to bars.
 */
export function axisScale(label: string, max: number): { label: string; tick: (x: number) => string; value?: (x: number) => string } {
  const scale = max >= 2e9 ? { div: 1e9, word: 'milliards' } : max >= 2e6 ? { div: 1e6, word: 'millions' } : undefined;
  const unit = /\(([^()]+)\)\s*$/.exec(label)?.[1];
  if (!scale || !unit) return { label, tick: frenchTick };
  const words = unit === 'ha' ? 'd’hectares' : /^[aeiouyh]/i.test(unit) ? `d’${unit}` : `de ${unit}`;
  return {
    label: label.replace(/\(([^()]+)\)\s*$/, `(${scale.word} ${words})`),
    tick: (x) => frenchTick(x / scale.div),
    value: (x) => threeDigits(x / scale.div),
  };
}

export interface Bar {
  /** Category, printed above its bar(s). */
  label: string;
  /** Series within the category (one bar each); sets the colour. */
  series?: string;
  value: number | null;
  /** Start of the bar (floating bars of a waterfall); 0 by default. */
  from?: number;
  lower?: number | null;
  upper?: number | null;
  /** False: no bar, « trop peu de placettes » written instead. Default true. */
  significant?: boolean;
  /** Text after the bar; default: format(value). */
  text?: string;
}

export interface ChartText {
  /** Short accessible name of the chart. */
  ariaLabel: string;
  /** What the chart shows, for screen readers (the table gives the figures). */
  ariaDescription: string;
}

export interface BarsOptions extends ChartText {
  width: number;
  /** Axis label, with its unit. */
  xLabel: string;
  format: (value: number) => string;
  /** Colour of each series, in order; default: the chart palette. */
  colours?: Record<string, string>;
  /** Upper end of the axis; default: the largest bar end or bound. */
  max?: number;
  /** Text in place of a bar the significance rule hides; default « trop peu de placettes ». */
  hiddenText?: string;
}

interface Row {
  row: string;
}

/** Horizontal bars, grouped by category, with optional 95 % intervals and floating starts. */
export function barsChart(data: readonly Bar[], o: BarsOptions): string {
  const categories = [...new Set(data.map((d) => d.label))];
  const series = [...new Set(data.map((d) => d.series ?? ''))];
  const colours = o.colours ?? Object.fromEntries(series.map((s, i) => [s, chartPalette[i % chartPalette.length]!]));
  const rows: string[] = [];
  const labels: (Row & { text: string })[] = [];
  const bars: (Row & Bar & { x1: number; end: number; shown: string })[] = [];
  categories.forEach((c, i) => {
    rows.push(`L${i}`);
    labels.push({ row: `L${i}`, text: c });
    data
      .filter((d) => d.label === c)
      .forEach((d, j) => {
        const row = `B${i}-${j}`;
        rows.push(row);
        const x1 = d.from ?? 0;
        const x2 = d.value ?? 0;
        const end = Math.max(x1, x2, d.upper ?? -Infinity);
        bars.push({ ...d, row, x1, end, shown: '' });
      });
  });
  const max = o.max ?? Math.max(0, ...bars.filter((b) => b.significant !== false && b.value !== null).map((b) => b.end));
  const axis = axisScale(o.xLabel, max);
  for (const b of bars) {
    b.shown = b.significant === false || b.value === null ? (o.hiddenText ?? NON_SIGNIFICANT) : (b.text ?? (axis.value ?? o.format)(b.value));
  }
  const ok = bars.filter((b) => b.significant !== false && b.value !== null);
  const hidden = bars.filter((b) => !(b.significant !== false && b.value !== null));
  const withInterval = ok.filter((b) => b.lower != null && b.upper != null);
  const marginRight = Math.min(o.width * 0.4, Math.max(40, ...ok.map((b) => textWidth(b.shown))));
  const rowHeight = 19;
  return renderPlot({
    width: o.width,
    height: rows.length * rowHeight + 48,
    marginTop: 4,
    marginLeft: 8,
    marginRight,
    marginBottom: 40,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    x: { label: axis.label, labelAnchor: 'center', labelArrow: 'none', labelOffset: 34, domain: [0, max * 1.02 || 1], tickFormat: axis.tick, ticks: o.width < 450 ? 3 : 5, grid: true },
    y: { axis: null, domain: rows, paddingInner: 0.12, paddingOuter: 0 },
    color: { domain: Object.keys(colours), range: Object.values(colours) },
    marks: [
      Plot.barX(ok, { y: 'row', x1: 'x1', x2: 'value', fill: (d: Bar) => d.series ?? '' }),
      Plot.ruleY(withInterval, { y: 'row', x1: 'lower', x2: 'upper', stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.tickX(withInterval, { y: 'row', x: 'lower', stroke: 'currentColor', strokeWidth: 1.5, insetTop: 3, insetBottom: 3 }),
      Plot.tickX(withInterval, { y: 'row', x: 'upper', stroke: 'currentColor', strokeWidth: 1.5, insetTop: 3, insetBottom: 3 }),
      Plot.text(ok, { y: 'row', x: 'end', text: 'shown', dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.text(hidden, { y: 'row', frameAnchor: 'left', text: 'shown', dx: 2, textAnchor: 'start', fill: 'currentColor', fontStyle: 'italic' }),
      // Long labels end with « … » rather than run off a phone screen; the table has them in full.
      Plot.text(labels, { y: 'row', frameAnchor: 'left', text: 'text', textAnchor: 'start', fill: 'currentColor', fontWeight: 600, lineWidth: (o.width - 12) / 13 / 1.05, textOverflow: 'ellipsis' }),
      Plot.ruleX([0]),
    ],
  });
}

export interface StackPart {
  label: string;
  series: string;
  value: number | null;
}

export interface StackedBarsOptions extends BarsOptions {
  /** Text after each stacked bar (the total); default: the sum formatted. */
  totals?: Record<string, string>;
}

/** Horizontal stacked bars, one per category, label above; a category with a missing part shows its total text only. */
export function stackedBarsChart(data: readonly StackPart[], o: StackedBarsOptions): string {
  const categories = [...new Set(data.map((d) => d.label))];
  const series = [...new Set(data.map((d) => d.series))];
  const colours = o.colours ?? Object.fromEntries(series.map((s, i) => [s, chartPalette[i % chartPalette.length]!]));
  const rows = categories.flatMap((_, i) => [`L${i}`, `B${i}`]);
  const rowOf = new Map(categories.map((c, i) => [c, `B${i}`]));
  const parts = data.filter((d) => d.value !== null).map((d) => ({ ...d, row: rowOf.get(d.label)! }));
  const sums = categories.map((c) => data.filter((d) => d.label === c && d.value !== null).reduce((s, d) => s + d.value!, 0));
  const max = o.max ?? Math.max(0, ...sums);
  const axis = axisScale(o.xLabel, max);
  const totals = categories.map((c, i) => ({ row: `B${i}`, sum: sums[i]!, text: o.totals?.[c] ?? (axis.value ?? o.format)(sums[i]!) }));
  const marginRight = Math.min(o.width * 0.4, Math.max(40, ...totals.map((t) => textWidth(t.text))));
  return renderPlot({
    width: o.width,
    height: rows.length * 19 + 48,
    marginTop: 4,
    marginLeft: 8,
    marginRight,
    marginBottom: 40,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    x: { label: axis.label, labelAnchor: 'center', labelArrow: 'none', labelOffset: 34, domain: [0, max * 1.02 || 1], tickFormat: axis.tick, ticks: o.width < 450 ? 3 : 5, grid: true },
    y: { axis: null, domain: rows, paddingInner: 0.12, paddingOuter: 0 },
    color: { domain: Object.keys(colours), range: Object.values(colours) },
    marks: [
      Plot.barX(parts, Plot.stackX({ y: 'row', x: 'value', fill: 'series', order: series })),
      Plot.text(totals, { y: 'row', x: 'sum', text: 'text', dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.text(categories.map((c, i) => ({ row: `L${i}`, text: c })), { y: 'row', frameAnchor: 'left', text: 'text', textAnchor: 'start', fill: 'currentColor', fontWeight: 600, lineWidth: (o.width - 12) / 13 / 1.05, textOverflow: 'ellipsis' }),
      Plot.ruleX([0]),
    ],
  });
}

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
