// What a figure of a thematic page is made of (title, SVG, table, source, note, legend) and the
// helpers that turn estimates into bars and table rows. Figures are built by the per-theme modules
// (figuresForet.ts …) and rendered by ThemeFigure.astro through ChartFigure.astro.
import type { ResultRow } from '../../lib/estimation/types.ts';
import { NON_SIGNIFICANT, estimateCells, fixed, formatCell, formatEstimateCell, formatInteger } from '../../lib/format/numbers.ts';
import { isShown } from '../../lib/factsheet/estimate.ts';
import type { Bar } from './charts.ts';

export interface DataTable {
  caption: string;
  /** Column headers; the first column holds the row labels. */
  columns: string[];
  rows: string[][];
  /** Indexes of numeric columns, right-aligned. */
  numeric?: number[];
}

export interface ThemeFigureSpec {
  title: string;
  /** SVG markup (usually both renderings from `responsive`). */
  svg: string;
  table: DataTable;
  /** Producer, period and licence of the figures. */
  source: string;
  note?: string;
  legend?: { colour: string; label: string }[];
}

/** Column headers of an estimate: value, bounds, plots. */
export function estimateHeaders(unit: string): string[] {
  return [`Estimation (${unit})`, 'Borne basse (IC 95 %)', 'Borne haute (IC 95 %)', 'Placettes'];
}

/** Cells of an estimate: value, bounds (or « estimation trop imprécise »), plots. */
export function estimateRow(row: ResultRow | undefined): string[] {
  return [...estimateCells(row), row ? formatInteger(row.n_plots) : '–'];
}

/** One bar per estimate; non-significant ones carry `significant: false`. */
export function estimateBar(label: string, row: ResultRow | undefined, format: (x: number) => string, series?: string, scale = 1): Bar {
  const shown = isShown(row);
  return {
    label,
    ...(series === undefined ? {} : { series }),
    value: shown ? row.value / scale : null,
    lower: shown ? row.lower / scale : null,
    upper: shown ? row.upper / scale : null,
    significant: shown,
    ...(shown ? { text: format(row.value / scale) } : {}),
  };
}

/** Value label of a chart: « 30,8 % », « 186 », « 1,52 ». */
export function labelFormat(unit: string, decimals?: number): (x: number) => string {
  return (x) => {
    const d = decimals ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2);
    return `${fixed(x, d)}${unit ? `\u202f${unit}` : ''}`;
  };
}

/** A plain number for tables: integers grouped, otherwise the factsheets' table precision. */
export function cell(x: number | null, unit = ''): string {
  return formatCell(x, unit);
}

/** Whole number with French grouping, for counts and hectares in tables. */
export function integerCell(x: number): string {
  return formatInteger(x);
}

/**
 * A computed quantity shown without its interval (a mean over years, a sum of estimates), rounded
 * to three significant digits as the estimate cells are: 93 456 323 → « 93 500 000 ».
 */
export function roundedCell(x: number): string {
  return formatEstimateCell(x, x, null, null, '');
}

/** « 45,2 (40,1 à 50,3) » or « estimation trop imprécise », for compact tables of several estimates. */
export function compactEstimate(row: ResultRow | undefined, decimals = 1): string {
  if (!isShown(row)) return NON_SIGNIFICANT;
  const f = (x: number) => fixed(x, decimals);
  return `${f(row.value)} (${f(row.lower)} à ${f(row.upper)})`;
}
