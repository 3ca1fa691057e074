// Runs catalogue SQL on any engine through a small SqlRunner interface (DuckDB under Node, or
// DuckDB-WASM in the browser and in the parity test), returning typed result rows.
import { INDICATORS, SETUP_SQL, indicator as findIndicator } from './catalogue.ts';
import { FIRST_CAMPAIGN, LAST_CAMPAIGN } from './config.ts';
import type { Level, ResultRow, SqlRunner } from './types.ts';

export interface RunOptions {
  /** First and last campaigns of the rolling windows (defaults: 2005 and 2019). */
  first?: number;
  last?: number;
}

const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Converts an engine row (bigint, Arrow values) to a ResultRow without its label. */
export function toResultRow(r: Record<string, unknown>): Omit<ResultRow, 'category_label'> {
  return {
    level: String(r['level']) as Level,
    code: String(r['code']),
    period: String(r['period']),
    indicator: String(r['indicator']),
    breakdown: String(r['breakdown']),
    category: String(r['category']),
    value: toNumber(r['value']),
    lower: toNumber(r['lower']),
    upper: toNumber(r['upper']),
    n_plots: Number(r['n_plots']),
    significant: Boolean(r['significant']),
    unit: String(r['unit']),
    reason: r['reason'] === null || r['reason'] === undefined ? null : String(r['reason']),
  };
}

/**
 * Builds the derived tables the indicator queries read (SETUP_SQL). Run once per connection after
 * the input tables are loaded, and again if they are reloaded.
 */
export async function prepareTables(runner: SqlRunner): Promise<void> {
  for (const sql of SETUP_SQL) await runner.query(sql, []);
}

/** Runs one indicator's breakdown (after prepareTables). */
export async function runBreakdown(
  runner: SqlRunner,
  indicatorId: string,
  breakdownId: string,
  opts: RunOptions = {},
): Promise<Omit<ResultRow, 'category_label'>[]> {
  const ind = findIndicator(indicatorId);
  const b = ind.breakdowns.find((x) => x.id === breakdownId);
  if (!b) throw new Error(`Ventilation inconnue « ${breakdownId} » pour l’indicateur ${indicatorId}`);
  const rows = await runner.query(b.sql, [opts.first ?? FIRST_CAMPAIGN, opts.last ?? LAST_CAMPAIGN]);
  return rows.map(toResultRow);
}

/** Every (indicator, breakdown) pair of the catalogue. */
export function allQueries(): { indicator: string; breakdown: string; sql: string }[] {
  return INDICATORS.flatMap((i) => i.breakdowns.map((b) => ({ indicator: i.id, breakdown: b.id, sql: b.sql })));
}
