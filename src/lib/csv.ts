// CSV files as the site publishes them for French spreadsheets: UTF-8 with a byte-order mark,
// `;` separator, decimal comma, CRLF lines. An estimate below the significance rule has empty
// value and bounds and says why. Shared by the factsheet and explorer downloads.
import { NON_SIGNIFICANT } from './format/numbers.ts';

/** Quotes a cell when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A number for a spreadsheet: six significant digits, never fewer than the integer part (so
 * 32 673 732,4 m³ is written 32673732 and 0,482314 stays), no thousands separator, decimal comma;
 * empty when missing. Far finer than any interval; Parquet keeps full precision.
 */
export function csvDecimal(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  const digits = value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;
  const decimals = Math.min(12, Math.max(0, 6 - digits));
  return String(Number(value.toFixed(decimals))).replace('.', ',');
}

/** The cells of an estimate: value, lower, upper, unit, plots, significant, reason. */
export function estimateCsvCells(e: {
  value: number | null;
  lower: number | null;
  upper: number | null;
  unit: string;
  n_plots: number;
  significant: boolean;
  reason?: string | null;
}): string[] {
  const shown = e.significant && e.value !== null;
  return [
    shown ? csvDecimal(e.value) : '',
    shown ? csvDecimal(e.lower) : '',
    shown ? csvDecimal(e.upper) : '',
    e.unit,
    String(e.n_plots),
    shown ? 'oui' : 'non',
    shown ? '' : (e.reason ?? NON_SIGNIFICANT),
  ];
}

/** The columns estimateCsvCells fills, in order. */
export const ESTIMATE_CSV_HEADERS = ['Estimation', 'Borne basse (IC 95 %)', 'Borne haute (IC 95 %)', 'Unité', 'Placettes', 'Significatif', 'Motif'] as const;

/** A whole file: header line, then one line per row of cells. */
export function csvDocument(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [headers, ...rows].map((cells) => cells.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Splits CSV text into rows of cells: `"` quotes (a doubled `""` inside is a quote), separators and
 * line breaks inside quotes kept, CRLF or LF lines, a leading byte-order mark dropped. Reads back
 * the site's own files (`;`) and the sources' (`,`).
 */
export function parseCsvRows(text: string, separator: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field.replace(/\r$/, '')]);
  return rows;
}
