// The site's one chart of estimates with their 95 % intervals: horizontal bars, grouped by category,
// each category's label above its bars (long names never squeeze the bars on a phone), a bar hidden
// with « estimation trop imprécise » where the significance rule says so. These functions return Plot
// options only: factsheets and articles render them at build time (themes/charts.ts, renderPlot),
// the explorer in the browser with the page's own document.
import * as Plot from '@observablehq/plot';
import { NON_SIGNIFICANT, signif, upTo } from '../../lib/format/numbers.ts';
import { axisUnit } from '../../lib/format/prose.ts';
import { chartPalette } from '../../lib/palette.ts';

/** Plot options every chart of the site shares: system font at 13 px, inherited colour. */
export const PLOT_STYLE = { fontFamily: 'inherit', fontSize: '13px', background: 'transparent', color: 'currentColor', overflow: 'visible' } as const;

/** Axis ticks in French: 20000 → « 20 000 », 2.5 → « 2,5 ». */
export const frenchTick = (x: number) => upTo(x, 2);

/**
 * The axis of a label ending with its unit, « Volume (m³) »: when the values reach millions or
 * billions, the unit is rewritten by the prose rules (« Volume (millions de m³) », axisUnit), the
 * ticks read 0, 10, 20 and `value` writes a value on the same scale (3 significant digits).
 */
export function axisFor(label: string, max: number): { label: string; tick: (x: number) => string; value?: (x: number) => string } {
  const unit = /\(([^()]+)\)\s*$/.exec(label)?.[1];
  const scale = unit ? axisUnit(max, unit) : { div: 1, label: '' };
  if (scale.div === 1) return { label, tick: frenchTick };
  return {
    label: label.replace(/\(([^()]+)\)\s*$/, `(${scale.label})`),
    tick: (x) => frenchTick(x / scale.div),
    value: (x) => signif(x / scale.div, 3),
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
  /** False: no bar, « estimation trop imprécise » written instead. Default true. */
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
  /** Axis label, with its unit in parentheses at the end. */
  xLabel: string;
  format: (value: number) => string;
  /** Colour of each series, in order; default: the chart palette. */
  colours?: Record<string, string>;
  /** Upper end of the axis; default: the largest bar end or bound. */
  max?: number;
  /** Text in place of a bar the significance rule hides; default « estimation trop imprécise ». */
  hiddenText?: string;
}

/** Approximate width in pixels of a text at 13 px. */
const textWidth = (text: string) => text.length * 7 + 8;
const ROW_HEIGHT = 19;

/** What bars and stacked bars share: one label row above each category, the axis, the colours. */
function horizontalFrame(o: BarsOptions, rows: readonly string[], max: number, axis: ReturnType<typeof axisFor>, rightTexts: readonly string[], series: readonly string[]) {
  const colours = o.colours ?? Object.fromEntries(series.map((s, i) => [s, chartPalette[i % chartPalette.length]!]));
  return {
    width: o.width,
    height: rows.length * ROW_HEIGHT + 48,
    marginTop: 4,
    marginLeft: 8,
    marginRight: Math.min(o.width * 0.4, Math.max(40, ...rightTexts.map(textWidth))),
    marginBottom: 40,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    x: { label: axis.label, labelAnchor: 'center', labelArrow: 'none', labelOffset: 34, domain: [0, max * 1.02 || 1], tickFormat: axis.tick, ticks: o.width < 450 ? 3 : 5, grid: true },
    y: { axis: null, domain: rows as string[], paddingInner: 0.12, paddingOuter: 0 },
    color: { domain: Object.keys(colours), range: Object.values(colours) },
  } satisfies Plot.PlotOptions;
}

/** Category labels above their bars; long ones end with « … » (the table has them in full). */
const labelMark = (labels: readonly { row: string; text: string }[], width: number) =>
  Plot.text(labels, { y: 'row', frameAnchor: 'left', text: 'text', textAnchor: 'start', fill: 'currentColor', fontWeight: 600, lineWidth: (width - 12) / 13 / 1.05, textOverflow: 'ellipsis' });

/** Horizontal bars, grouped by category, with optional 95 % intervals and floating starts. */
export function barsPlot(data: readonly Bar[], o: BarsOptions): Plot.PlotOptions {
  const categories = [...new Set(data.map((d) => d.label))];
  const rows: string[] = [];
  const labels: { row: string; text: string }[] = [];
  const bars: (Bar & { row: string; x1: number; end: number; shown: string })[] = [];
  categories.forEach((c, i) => {
    rows.push(`L${i}`);
    labels.push({ row: `L${i}`, text: c });
    data
      .filter((d) => d.label === c)
      .forEach((d, j) => {
        const row = `B${i}-${j}`;
        rows.push(row);
        const x1 = d.from ?? 0;
        bars.push({ ...d, row, x1, end: Math.max(x1, d.value ?? 0, d.upper ?? -Infinity), shown: '' });
      });
  });
  const isShown = (b: Bar) => b.significant !== false && b.value !== null;
  const max = o.max ?? Math.max(0, ...bars.filter(isShown).map((b) => b.end));
  const axis = axisFor(o.xLabel, max);
  for (const b of bars) b.shown = isShown(b) ? (b.text ?? (axis.value ?? o.format)(b.value!)) : (o.hiddenText ?? NON_SIGNIFICANT);
  const ok = bars.filter(isShown);
  const hidden = bars.filter((b) => !isShown(b));
  const withInterval = ok.filter((b) => b.lower != null && b.upper != null);
  const interval = { y: 'row', stroke: 'currentColor', strokeWidth: 1.5 } as const;
  return {
    ...horizontalFrame(o, rows, max, axis, ok.map((b) => b.shown), [...new Set(data.map((d) => d.series ?? ''))]),
    marks: [
      Plot.barX(ok, { y: 'row', x1: 'x1', x2: 'value', fill: (d: Bar) => d.series ?? '' }),
      Plot.ruleY(withInterval, { ...interval, x1: 'lower', x2: 'upper' }),
      Plot.tickX(withInterval, { ...interval, x: 'lower', insetTop: 3, insetBottom: 3 }),
      Plot.tickX(withInterval, { ...interval, x: 'upper', insetTop: 3, insetBottom: 3 }),
      Plot.text(ok, { y: 'row', x: 'end', text: 'shown', dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.text(hidden, { y: 'row', frameAnchor: 'left', text: 'shown', dx: 2, textAnchor: 'start', fill: 'currentColor', fontStyle: 'italic' }),
      labelMark(labels, o.width),
      Plot.ruleX([0]),
    ],
  };
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
export function stackedBarsPlot(data: readonly StackPart[], o: StackedBarsOptions): Plot.PlotOptions {
  const categories = [...new Set(data.map((d) => d.label))];
  const series = [...new Set(data.map((d) => d.series))];
  const rows = categories.flatMap((_, i) => [`L${i}`, `B${i}`]);
  const rowOf = new Map(categories.map((c, i) => [c, `B${i}`]));
  const parts = data.filter((d) => d.value !== null).map((d) => ({ ...d, row: rowOf.get(d.label)! }));
  const sums = categories.map((c) => data.filter((d) => d.label === c && d.value !== null).reduce((s, d) => s + d.value!, 0));
  const max = o.max ?? Math.max(0, ...sums);
  const axis = axisFor(o.xLabel, max);
  const totals = categories.map((c, i) => ({ row: `B${i}`, sum: sums[i]!, text: o.totals?.[c] ?? (axis.value ?? o.format)(sums[i]!) }));
  return {
    ...horizontalFrame(o, rows, max, axis, totals.map((t) => t.text), series),
    marks: [
      Plot.barX(parts, Plot.stackX({ y: 'row', x: 'value', fill: 'series', order: series })),
      Plot.text(totals, { y: 'row', x: 'sum', text: 'text', dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      labelMark(categories.map((c, i) => ({ row: `L${i}`, text: c })), o.width),
      Plot.ruleX([0]),
    ],
  };
}
