// The CSV download of a factsheet: one line per figure, French headers, UTF-8 with a byte-order
// mark (so spreadsheet software detects the encoding), `;` separator and decimal comma as French
// spreadsheets expect. Non-significant figures have empty values and say why.
import type { ResultRow } from '../estimation/types.ts';

export const CSV_HEADERS = [
  'Territoire',
  'Code',
  'Niveau',
  'Indicateur',
  'Ventilation',
  'Catégorie',
  'Période',
  'Estimation',
  'Borne basse (IC 95 %)',
  'Borne haute (IC 95 %)',
  'Unité',
  'Placettes',
  'Significatif',
  'Motif',
] as const;

function cell(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function decimal(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  // Up to 6 decimals, no thousands separator, decimal comma.
  return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
}

export function factsheetCsv(territoryName: string, rows: readonly ResultRow[], labelOf: (row: ResultRow) => { indicator: string; breakdown: string }): string {
  const lines = [CSV_HEADERS.join(';')];
  for (const row of rows) {
    const labels = labelOf(row);
    const shown = row.significant && row.value !== null;
    lines.push(
      [
        territoryName,
        row.code,
        row.level,
        labels.indicator,
        labels.breakdown,
        row.category_label,
        row.period,
        shown ? decimal(row.value) : '',
        shown ? decimal(row.lower) : '',
        shown ? decimal(row.upper) : '',
        row.unit,
        String(row.n_plots),
        shown ? 'oui' : 'non',
        shown ? '' : row.reason ?? 'non significatif',
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
