// Build time only: the explorer's result for a selection the site has already published (no
// filter, no split by a plot variable, a breakdown of resultats.parquet), read from the results
// file in the order the browser's engine returns it. The page shows it at once, without starting
// DuckDB-WASM; the engine starts when the reader changes the selection.
import { loadResults } from '../estimation/results.ts';
import type { ResultRow } from '../estimation/types.ts';
import { indicator as catalogueIndicator } from '../estimation/catalogue.ts';
import { PERIODS } from '../estimation/config.ts';
import { ALL_PERIODS, buildExplorerQuery, type Selection } from './query.ts';

/** The columns the browser's engine returns, in its order. */
const COLUMNS = ['level', 'code', 'period', 'indicator', 'breakdown', 'category', 'value', 'lower', 'upper', 'n_plots', 'significant', 'unit', 'reason'] as const;

/** Raw result rows (as the engine returns them) of a published selection, or null if it must be computed. */
export async function publishedRows(sel: Selection): Promise<Record<string, unknown>[] | null> {
  const q = buildExplorerQuery(sel);
  if ('error' in q || q.split !== null || Object.values(sel.filters).some((v) => v?.length)) return null;
  const breakdown = catalogueIndicator(sel.indicator).breakdowns.find((b) => b.id === q.catalogueBreakdown);
  if (!breakdown || breakdown.explorerOnly) return null;
  const periods = new Set(sel.period === ALL_PERIODS ? PERIODS : [sel.period]);
  const inSelection = (r: ResultRow) => sel.territories.some((t) => r.level === t.level && (t.codes === 'tous' || t.codes.includes(r.code)));
  // Binary order of the codes, as DuckDB sorts them in the browser's engine.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return (await loadResults()).rows
    .filter((r) => r.indicator === sel.indicator && r.breakdown === q.catalogueBreakdown && periods.has(r.period) && inSelection(r))
    .sort((a, b) => order(a.level, b.level) || order(a.code, b.code) || order(a.period, b.period) || order(a.category, b.category))
    .map((r) => Object.fromEntries(COLUMNS.map((c) => [c, r[c]])));
}
