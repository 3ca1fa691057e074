// resultats.parquet: every indicator of the catalogue for every territory and rolling
// five-campaign window, with its 95 % interval, plot count and significance, computed by DuckDB on
// the estimation's prepared tables (scripts/estimation/index.ts opens them).
import { CATEGORY_LABELS, INDICATORS } from '../../src/lib/estimation/catalogue.ts';
import { DEFAULT_PERIOD, FIRST_CAMPAIGN, LAST_CAMPAIGN } from '../../src/lib/estimation/config.ts';
import type { NodeDb } from '../../src/lib/estimation/node.ts';
import { levelOrderSql } from '../../src/lib/estimation/types.ts';
import { sqlString, sqlStrings } from '../../src/lib/sql.ts';

const RESULT_COLUMNS = `
  level VARCHAR, code VARCHAR, period VARCHAR, indicator VARCHAR, breakdown VARCHAR, category VARCHAR,
  value DOUBLE, lower DOUBLE, upper DOUBLE, n_plots INTEGER, significant BOOLEAN, unit VARCHAR, reason VARCHAR`;

/**
 * Computes every published breakdown of every indicator on the prepared tables (prepareTables) and
 * writes them, labelled and ordered, to `file`; returns the number of rows. Refuses an empty result,
 * one without the national area, or a value outside its own interval.
 */
export async function writeResults(db: NodeDb, file: string): Promise<number> {
  await db.conn.run(`CREATE OR REPLACE TABLE resultats_bruts (${RESULT_COLUMNS})`);
  for (const ind of INDICATORS) {
    for (const b of ind.breakdowns) {
      if (b.explorerOnly) continue;
      const levels = b.publishedLevels ? ` WHERE level IN (${sqlStrings(b.publishedLevels)})` : '';
      await db.conn.run(`INSERT INTO resultats_bruts SELECT * FROM (${b.sql}) AS q${levels}`, [FIRST_CAMPAIGN, LAST_CAMPAIGN]);
    }
  }

  // Category labels: the catalogue's, then species names, then the code itself.
  const labels = INDICATORS.flatMap((i) =>
    i.breakdowns.flatMap((b) =>
      Object.entries({ ...CATEGORY_LABELS, ...b.categoryLabels }).map(
        ([k, v]) => `(${sqlString(i.id)}, ${sqlString(b.id)}, ${sqlString(k)}, ${sqlString(v)})`,
      ),
    ),
  );
  await db.conn.run(
    `CREATE TABLE libelles AS SELECT * FROM (VALUES ${labels.join(', ')}) AS l(indicator, breakdown, category, label)`,
  );
  await db.conn.run(`CREATE TABLE resultats AS
    SELECT r.level, r.code, r.period, r.indicator, r.breakdown, r.category,
           coalesce(l.label, e.nom_fr, r.category) AS category_label,
           r.value, r.lower, r.upper, r.n_plots, r.significant, r.unit, r.reason
    FROM resultats_bruts r
    LEFT JOIN libelles l ON l.indicator = r.indicator AND l.breakdown = r.breakdown AND l.category = r.category
    LEFT JOIN especes e ON r.breakdown IN ('espece', 'essence') AND e.espar = r.category
    ORDER BY ${levelOrderSql('r.level')}, r.code, r.period, r.indicator, r.breakdown, r.category`);

  const check = await db.runner.query(
    `SELECT count(*) AS n,
            count(*) FILTER (WHERE level = 'france' AND indicator = 'surface_foret' AND period = $1) AS fr,
            count(*) FILTER (WHERE lower > value OR upper < value) AS bad
     FROM resultats`,
    [DEFAULT_PERIOD],
  );
  const { n, fr, bad } = check[0] as { n: number; fr: number; bad: number };
  if (!n || !fr) throw new Error(`resultats.parquet serait vide ou sans surface nationale ${DEFAULT_PERIOD} (${n} lignes)`);
  if (bad) throw new Error(`${bad} résultats ont une valeur hors de leur intervalle de confiance`);

  await db.conn.run(`COPY (SELECT * FROM resultats) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
  return n;
}
