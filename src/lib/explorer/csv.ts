// CSV download of an explorer result, in the factsheets' format: French headers, UTF-8 with a
// byte-order mark, `;` separator and decimal comma (what French spreadsheets expect); a figure
// below the significance rule has empty value and bounds and says why.
import type { ExplorerRow } from './results.ts';
import { csvDocument, estimateCsvCells, ESTIMATE_CSV_HEADERS } from '../csv.ts';

export const CSV_HEADERS = ['Territoire', 'Code', 'Niveau', 'Classe de placettes', 'Indicateur', 'Catégorie', 'Période', ...ESTIMATE_CSV_HEADERS] as const;

export function explorerCsv(rows: readonly ExplorerRow[], indicatorLabel: string): string {
  return csvDocument(
    CSV_HEADERS,
    rows.map((r) => [r.territory, r.code, r.level, r.domainLabel ?? '', indicatorLabel, r.categoryLabel, r.period, ...estimateCsvCells(r)]),
  );
}

/** Reads back a CSV written by explorerCsv (tests, and anyone checking a download). */
export function parseExplorerCsv(text: string): Record<string, string>[] {
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
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...data] = rows;
  if (!header) return [];
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
