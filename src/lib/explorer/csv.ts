// CSV download of an explorer result, in the factsheets' format: French headers, UTF-8 with a
// byte-order mark, `;` separator and decimal comma (what French spreadsheets expect); a figure
// below the significance rule has empty value and bounds and says why.
import type { ExplorerRow } from './results.ts';
import { csvDocument, estimateCsvCells, parseCsvRows, ESTIMATE_CSV_HEADERS } from '../csv.ts';

export const CSV_HEADERS = ['Territoire', 'Code', 'Niveau', 'Classe de placettes', 'Indicateur', 'Catégorie', 'Période', ...ESTIMATE_CSV_HEADERS] as const;

export function explorerCsv(rows: readonly ExplorerRow[], indicatorLabel: string): string {
  return csvDocument(
    CSV_HEADERS,
    rows.map((r) => [r.territory, r.code, r.level, r.domainLabel ?? '', indicatorLabel, r.categoryLabel, r.period, ...estimateCsvCells(r)]),
  );
}

/** Reads back a CSV written by explorerCsv (tests, and anyone checking a download). */
export function parseExplorerCsv(text: string): Record<string, string>[] {
  const [header, ...data] = parseCsvRows(text, ';');
  if (!header) return [];
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
