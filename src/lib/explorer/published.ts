// Build time only: the explorer's result for a selection the site has already published (no
// filter, no split by a plot variable, a breakdown of resultats.parquet), read from the results
// file in the order the browser's engine returns it. The page shows it at once, without starting
// DuckDB-WASM; the engine starts when the reader changes the selection.
import { parquetPath, queryRows } from '../data/query.ts';
import { indicator as catalogueIndicator } from '../estimation/catalogue.ts';
import { PERIODS } from '../estimation/config.ts';
import { ALL_PERIODS, buildExplorerQuery, type Selection } from './query.ts';

const COLUMNS = 'level, code, period, indicator, breakdown, category, value, lower, upper, n_plots, significant, unit, reason';

/** Raw result rows (as the engine returns them) of a published selection, or null if it must be computed. */
export async function publishedRows(sel: Selection): Promise<Record<string, unknown>[] | null> {
  const q = buildExplorerQuery(sel);
  if ('error' in q || q.split !== null || Object.values(sel.filters).some((v) => v?.length)) return null;
  const breakdown = catalogueIndicator(sel.indicator).breakdowns.find((b) => b.id === q.catalogueBreakdown);
  if (!breakdown || breakdown.explorerOnly) return null;
  const params: (string | number)[] = [sel.indicator, q.catalogueBreakdown];
  const periods = sel.period === ALL_PERIODS ? PERIODS : [sel.period];
  const territoryConditions = sel.territories.map((t) => {
    params.push(t.level);
    const level = `level = $${params.length}`;
    if (t.codes === 'tous') return `(${level})`;
    const codes = t.codes.map((c) => (params.push(c), `$${params.length}`));
    return `(${level} AND code IN (${codes.join(', ')}))`;
  });
  const periodList = periods.map((p) => (params.push(p), `$${params.length}`));
  return queryRows<Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM read_parquet('${parquetPath('resultats.parquet')}')
     WHERE indicator = $1 AND breakdown = $2 AND (${territoryConditions.join(' OR ')}) AND period IN (${periodList.join(', ')})
     ORDER BY level, code, period, category`,
    params,
  );
}
