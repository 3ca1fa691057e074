// Table cells of the factsheets: French numbers with the precision a table reader expects
// (more than the rounded prose), and « non significatif » where the rule hides the value.
import type { ResultRow } from '../estimation/types.ts';

const formatters = new Map<number, Intl.NumberFormat>();
function nf(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f;
}

/** Decimals shown in tables: none for large totals, one for shares and per-hectare values. */
export function tableDigits(value: number, unit: string): number {
  if (unit === '%/an') return 2;
  if (Math.abs(value) >= 1000) return 0;
  return Math.abs(value) >= 100 ? 0 : 1;
}

export function formatCell(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return nf(tableDigits(value, unit)).format(value);
}

export const NOT_SIGNIFICANT = 'non significatif';

/** [estimate, lower, upper] cells of a result row, or « non significatif » with empty bounds. */
export function estimateCells(row: ResultRow | undefined): [string, string, string] {
  if (!row || !row.significant || row.value === null) return [NOT_SIGNIFICANT, '–', '–'];
  return [formatCell(row.value, row.unit), formatCell(row.lower, row.unit), formatCell(row.upper, row.unit)];
}

/** Axis and label formatter for charts of a unit. */
export function chartFormatter(unit: string): (value: number) => string {
  return (value) => formatCell(value, unit);
}
