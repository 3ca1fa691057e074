// The CSV download of a factsheet: one line per figure, French headers, UTF-8 with a byte-order
// mark (so spreadsheet software detects the encoding), `;` separator and decimal comma as French
// spreadsheets expect. Non-significant figures have empty values and say why.
import type { ResultRow } from '../estimation/types.ts';
import { csvDocument, estimateCsvCells, ESTIMATE_CSV_HEADERS } from '../csv.ts';

export const CSV_HEADERS = ['Territoire', 'Code', 'Niveau', 'Indicateur', 'Ventilation', 'Catégorie', 'Période', ...ESTIMATE_CSV_HEADERS] as const;

export function factsheetCsv(territoryName: string, rows: readonly ResultRow[], labelOf: (row: ResultRow) => { indicator: string; breakdown: string }): string {
  return csvDocument(
    CSV_HEADERS,
    rows.map((row) => {
      const labels = labelOf(row);
      return [territoryName, row.code, row.level, labels.indicator, labels.breakdown, row.category_label, row.period, ...estimateCsvCells(row)];
    }),
  );
}
