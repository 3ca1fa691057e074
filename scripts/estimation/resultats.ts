// resultats.parquet and indicateurs.json: every indicator of the catalogue for every territory
// and rolling five-campaign window, with its 95 % interval, plot count and significance, computed
// by DuckDB from the pipeline's Parquet tables. Run alone with `npx tsx scripts/estimation/resultats.ts`,
// or as the last step of `npm run data:build`.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORY_LABELS, INDICATORS } from '../../src/lib/estimation/catalogue.ts';
import {
  CALIBRATION,
  CARBON,
  DEFAULT_PERIOD,
  FIRST_CAMPAIGN,
  LAST_CAMPAIGN,
  MAIN_PERIODS,
  PERIODS,
  SIGNIFICANCE,
  TOP_SPECIES,
  WINDOW_LENGTH,
} from '../../src/lib/estimation/config.ts';
import { openParquetDb } from '../../src/lib/estimation/node.ts';
import { LEVELS } from '../../src/lib/estimation/types.ts';

export interface ResultatsOptions {
  /** Folder holding the pipeline's tables and receiving the results (default `public/donnees`). */
  dir?: string;
  /** Progress messages (stderr by default). */
  log?: (msg: string) => void;
  /** Also log the time of every query. */
  verbose?: boolean;
}

export interface ResultatsSummary {
  rows: number;
  seconds: number;
  files: { path: string; bytes: number }[];
}

const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

const RESULT_COLUMNS = `
  level VARCHAR, code VARCHAR, period VARCHAR, indicator VARCHAR, breakdown VARCHAR, category VARCHAR,
  value DOUBLE, lower DOUBLE, upper DOUBLE, n_plots INTEGER, significant BOOLEAN, unit VARCHAR, reason VARCHAR`;

/** The browser-side catalogue: metadata, SQL and the constants the methodology refers to. */
export function catalogueJson(): unknown {
  return {
    periods: PERIODS,
    mainPeriods: MAIN_PERIODS,
    defaultPeriod: DEFAULT_PERIOD,
    firstCampaign: FIRST_CAMPAIGN,
    lastCampaign: LAST_CAMPAIGN,
    windowLength: WINDOW_LENGTH,
    significance: SIGNIFICANCE,
    calibration: CALIBRATION,
    carbon: CARBON,
    topSpecies: TOP_SPECIES,
    sqlParameters: ['$1 : première campagne des fenêtres glissantes', '$2 : dernière campagne'],
    tables: ['placettes', 'arbres', 'arbres_morts', 'couverts', 'especes', 'territoires'],
    indicators: INDICATORS,
  };
}

export async function buildResultats(opts: ResultatsOptions = {}): Promise<ResultatsSummary> {
  const dir = resolve(opts.dir ?? 'public/donnees');
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const t0 = performance.now();
  await mkdir(dir, { recursive: true });
  const db = await openParquetDb(dir, { load: true });
  try {
    await db.conn.run(`CREATE TABLE resultats_bruts (${RESULT_COLUMNS})`);
    for (const ind of INDICATORS) {
      for (const b of ind.breakdowns) {
        const t = performance.now();
        await db.conn.run(`INSERT INTO resultats_bruts SELECT * FROM (${b.sql}) AS q`, [FIRST_CAMPAIGN, LAST_CAMPAIGN]);
        if (opts.verbose) log(`  ${ind.id} / ${b.id} : ${Math.round(performance.now() - t)} ms`);
      }
    }

    // Category labels: the catalogue's, then species names, then the code itself.
    const labels = INDICATORS.flatMap((i) =>
      i.breakdowns.flatMap((b) =>
        Object.entries({ ...CATEGORY_LABELS, ...b.categoryLabels }).map(
          ([k, v]) => `(${lit(i.id)}, ${lit(b.id)}, ${lit(k)}, ${lit(v)})`,
        ),
      ),
    );
    await db.conn.run(
      `CREATE TABLE libelles AS SELECT * FROM (VALUES ${labels.join(', ')}) AS l(indicator, breakdown, category, label)`,
    );
    const levelOrder = `CASE r.level ${LEVELS.map((l, i) => `WHEN ${lit(l)} THEN ${i}`).join(' ')} END`;
    await db.conn.run(`CREATE TABLE resultats AS
      SELECT r.level, r.code, r.period, r.indicator, r.breakdown, r.category,
             coalesce(l.label, e.nom_fr, r.category) AS category_label,
             r.value, r.lower, r.upper, r.n_plots, r.significant, r.unit, r.reason
      FROM resultats_bruts r
      LEFT JOIN libelles l ON l.indicator = r.indicator AND l.breakdown = r.breakdown AND l.category = r.category
      LEFT JOIN especes e ON r.breakdown IN ('espece', 'essence') AND e.espar = r.category
      ORDER BY ${levelOrder}, r.code, r.period, r.indicator, r.breakdown, r.category`);

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

    // Write to temporary names, then rename: a failed run never leaves a half-written file.
    const parquet = join(dir, 'resultats.parquet');
    const json = join(dir, 'indicateurs.json');
    await db.conn.run(
      `COPY (SELECT * FROM resultats) TO ${lit(`${parquet}.tmp`)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`,
    );
    await writeFile(`${json}.tmp`, `${JSON.stringify(catalogueJson(), null, 1)}\n`);
    await rename(`${parquet}.tmp`, parquet);
    await rename(`${json}.tmp`, json);
    const { statSync } = await import('node:fs');
    const files = [parquet, json].map((p) => ({ path: p, bytes: statSync(p).size }));
    const seconds = (performance.now() - t0) / 1000;
    return { rows: n, seconds, files };
  } catch (e) {
    await rm(join(dir, 'resultats.parquet.tmp'), { force: true });
    await rm(join(dir, 'indicateurs.json.tmp'), { force: true });
    throw e;
  } finally {
    db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildResultats({ verbose: true, ...(process.argv[2] ? { dir: process.argv[2] } : {}) })
    .then((s) => process.stderr.write(`resultats.parquet : ${s.rows} lignes en ${s.seconds.toFixed(1)} s\n`))
    .catch((e: unknown) => {
    process.stderr.write(`Erreur (resultats.parquet) : ${(e as Error).message}\n`);
    process.exit(1);
  });
}
