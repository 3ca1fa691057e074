// CSV files as the site publishes them for French spreadsheets: UTF-8 with a byte-order mark,
// `;` separator, decimal comma, CRLF lines. An estimate below the significance rule has empty
// value and bounds and says why. Shared by the factsheet and explorer downloads.

/** Quotes a cell when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A number with up to 6 decimals, no thousands separator, decimal comma; empty when missing. */
export function csvDecimal(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
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
    shown ? '' : (e.reason ?? 'non significatif'),
  ];
}

/** The columns estimateCsvCells fills, in order. */
export const ESTIMATE_CSV_HEADERS = ['Estimation', 'Borne basse (IC 95 %)', 'Borne haute (IC 95 %)', 'Unité', 'Placettes', 'Significatif', 'Motif'] as const;

/** A whole file: header line, then one line per row of cells. */
export function csvDocument(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [headers, ...rows].map((cells) => cells.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
