// Types shared by the estimation engine, the build step and the pages that read its results.

/** The pipeline's tables the indicator SQL reads (one Parquet file each under /donnees/). */
export const INPUT_TABLES = ['placettes', 'peupleraies_placettes', 'calage', 'arbres', 'arbres_morts', 'couverts', 'especes', 'territoires'] as const;

/** The territory levels of the inventory's estimates, France first: the one place that lists them. */
export const LEVELS = ['france', 'region', 'departement', 'ser', 'greco'] as const;
export type Level = (typeof LEVELS)[number];
/** SQL ordering a `level` column France first, then as LEVELS lists them: `ORDER BY ${levelOrderSql('level')}, code`. */
export const levelOrderSql = (column: string): string => `CASE ${column} ${LEVELS.map((l, i) => `WHEN '${l}' THEN ${i}`).join(' ')} END`;
/** The levels below France, which a map can draw (France is one territory). */
export type SubnationalLevel = Exclude<Level, 'france'>;
export const SUBNATIONAL_LEVELS: readonly SubnationalLevel[] = LEVELS.filter((l): l is SubnationalLevel => l !== 'france');

/** One row of `resultats.parquet`: one figure for a territory, period, indicator and category. */
export interface ResultRow {
  level: Level;
  /** 'FR', INSEE code of région or département, SER code, GRECO letter. */
  code: string;
  /** Five-campaign window, e.g. '2015-2019'. */
  period: string;
  /** Indicator id from the catalogue (`surface_foret`, `volume`, …). */
  indicator: string;
  /** Breakdown id, `total` when none. */
  breakdown: string;
  /** Category within the breakdown (`total`, `feuillus`, an `espar` code, `autres`…). */
  category: string;
  /** French label of the category (species name for `espar` codes). */
  category_label: string;
  /** Point estimate; null when no plot allows it. Kept even when not significant. */
  value: number | null;
  /** Bounds of the 95 % confidence interval; null when the variance cannot be computed. */
  lower: number | null;
  upper: number | null;
  /** Plots of the territory and window contributing a non-zero value to this figure. */
  n_plots: number;
  /** False below the significance rule: pages must print « non significatif », not the value. */
  significant: boolean;
  unit: string;
  /** Why the figure is not significant; null when it is. */
  reason: string | null;
}

/** Runs SQL with positional parameters ($1, $2…) and returns plain row objects. */
export interface SqlRunner {
  query(sql: string, params: readonly (number | string)[]): Promise<Record<string, unknown>[]>;
}

/**
 * A row as DuckDB returns it, with its BIGINT values (counts, sums of integers) as numbers: what a
 * SqlRunner gives, from Node and from the browser alike. Counts stay far below 2^53.
 */
export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
}
