// resultats.parquet and indicateurs.json: every indicator of the catalogue for every territory
// and rolling five-campaign window, with its 95 % interval, plot count and significance, computed
// by DuckDB from the pipeline's Parquet tables. Run alone with `npx tsx scripts/estimation/resultats.ts`,
// or as the last step of `npm run data:build`.
import { statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORY_LABELS, INDICATORS, SETUP_SQL } from '../../src/lib/estimation/catalogue.ts';
import { prepareTables } from '../../src/lib/estimation/run.ts';
import {
  CALIBRATION,
  DEFAULT_PERIOD,
  FIRST_CAMPAIGN,
  LAST_CAMPAIGN,
  MAIN_PERIODS,
  PERIODS,
  SIGNIFICANCE,
  TOP_SPECIES,
  WINDOW_LENGTH,
} from '../../src/lib/estimation/config.ts';
import { BARK_RATIO, CO2_PER_C, FACTOR_SOURCES, GROUP_FACTORS, WOOD_DENSITY } from '../../src/lib/estimation/factors.ts';
import type { MethodFacts } from '../../src/lib/estimation/methodology.ts';
import { openParquetDb } from '../../src/lib/estimation/node.ts';
import { orderedAggregates } from '../../src/lib/estimation/ordered.ts';
import { PER_HA_COLUMNS, comparableFigures, perHectareByComposition } from './composition.ts';
import { outDir } from '../lib/paths.ts';
import { INPUT_TABLES, LEVELS, type SqlRunner } from '../../src/lib/estimation/types.ts';

export interface ResultatsOptions {
  /** Folder holding the pipeline's tables and receiving the results (default `$DATA_OUT_DIR` or `public/donnees`). */
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
    carbon: { groups: GROUP_FACTORS, woodDensity: WOOD_DENSITY, barkRatio: BARK_RATIO, sources: FACTOR_SOURCES, co2PerC: CO2_PER_C },
    topSpecies: TOP_SPECIES,
    sqlParameters: ['$1 : première campagne des fenêtres glissantes', '$2 : dernière campagne'],
    /** To run once, in order, after loading the tables and before any indicator query. */
    setup: SETUP_SQL,
    tables: INPUT_TABLES,
    indicators: INDICATORS,
  };
}

/**
 * Facts about the inputs that the methodology page states (methodologie.json): plots per
 * campaign and how they were weighted, campaigns recording cover and date of death, allometric
 * exponents, and the calibration of each window (published area against design weights).
 */
export async function methodFacts(runner: SqlRunner): Promise<MethodFacts> {
  const q = (sql: string, params: (string | number)[] = []) => runner.query(orderedAggregates(sql), params);
  const campaigns = await q(`
    WITH p AS (
      SELECT annee, count(*) AS plots, count(*) FILTER (WHERE poids > 0) AS weighted,
             count(*) FILTER (WHERE note_poids = 'sous-réseau éclairci') AS thinned,
             count(*) FILTER (WHERE note_poids IN ('hors grille', 'hors réseau de la campagne')) AS off_grid,
             count(*) FILTER (WHERE note_poids = 'nœud de montagne') AS mountain,
             sum(poids) AS design_ha
      FROM placettes GROUP BY annee),
    pp AS (SELECT annee, count(*) AS poplars, count(*) FILTER (WHERE poids > 0) AS poplars_weighted FROM peupleraies_placettes GROUP BY annee),
    a AS (SELECT annee, count(*) AS trees, count(*) FILTER (WHERE ir5 IS NULL) AS trees_without_ir5 FROM arbres GROUP BY annee),
    m AS (SELECT annee, count(*) AS dead_trees, count(datemort) AS with_datemort FROM arbres_morts GROUP BY annee),
    c AS (SELECT annee, count(*) AS covers FROM couverts GROUP BY annee)
    SELECT p.annee, p.plots, p.weighted, p.thinned, p.off_grid, p.mountain, p.design_ha,
           coalesce(pp.poplars, 0) AS poplars, coalesce(pp.poplars_weighted, 0) AS poplars_weighted,
           coalesce(a.trees, 0) AS trees, coalesce(a.trees_without_ir5, 0) AS trees_without_ir5,
           coalesce(m.dead_trees, 0) AS dead_trees, coalesce(c.covers, 0) > 0 AS has_couverts,
           coalesce(m.with_datemort, 0) > 0 AS has_datemort
    FROM p LEFT JOIN pp USING (annee) LEFT JOIN a USING (annee) LEFT JOIN m USING (annee) LEFT JOIN c USING (annee)
    ORDER BY p.annee`);
  const allometry = await q(`
    SELECT coalesce(e.groupe, 'indetermine') AS groupe, regr_slope(ln(a.v), ln(a.c13)) AS b, count(*) AS trees
    FROM arbres a LEFT JOIN especes e ON e.espar = a.espar
    WHERE a.v > 0 AND a.c13 > 0 GROUP BY 1 ORDER BY 1`);
  const windows = await q(`
    SELECT c.period, sum(c.surface_publiee_ha) AS published_ha, sum(c.surface_poids_ha) AS design_ha,
           min(c.rapport_calage) AS min_ratio, arg_min(c.reg, c.rapport_calage) AS min_reg,
           max(c.rapport_calage) AS max_ratio, arg_max(c.reg, c.rapport_calage) AS max_reg,
           count(*) FILTER (WHERE c.regle = 'publiée') > 0 AS published
    FROM calage c GROUP BY c.period ORDER BY c.period`);
  const imputation = await imputationCheck(runner);
  return {
    imputation,
    comparable: await comparableFigures(runner),
    campaigns: campaigns.map((r) => ({
      annee: Number(r['annee']),
      plots: Number(r['plots']),
      weighted: Number(r['weighted']),
      thinned: Number(r['thinned']),
      offGrid: Number(r['off_grid']),
      mountain: Number(r['mountain']),
      designHa: Number(r['design_ha']),
      poplars: Number(r['poplars']),
      poplarsWeighted: Number(r['poplars_weighted']),
      trees: Number(r['trees']),
      treesWithoutIr5: Number(r['trees_without_ir5']),
      deadTrees: Number(r['dead_trees']),
      hasCouverts: Boolean(r['has_couverts']),
      hasDatemort: Boolean(r['has_datemort']),
    })),
    allometry: allometry.map((r) => ({ groupe: String(r['groupe']), b: Number(r['b']), trees: Number(r['trees']) })),
    windows: windows.map((r) => ({
      period: String(r['period']),
      publishedHa: Number(r['published_ha']),
      designHa: Number(r['design_ha']),
      minRatio: { reg: String(r['min_reg']), value: Number(r['min_ratio']) },
      maxRatio: { reg: String(r['max_reg']), value: Number(r['max_ratio']) },
      published: Boolean(r['published']),
    })),
  };
}

/**
 * How well the imputation of ir5 (simplified trees, variables.ts) reproduces measured growth: one
 * measured tree in ten of campaigns 2014 and after (when simplified trees appear) loses its ir5,
 * production is recomputed with the engine's own SETUP_SQL, and the production imputed to those
 * trees is compared with their measured one, by species group. Leaves the tables as it found them.
 */
export async function imputationCheck(runner: SqlRunner): Promise<{ groupe: string; trees: number; measured: number; imputed: number; bias: number }[]> {
  const q = (sql: string) => runner.query(orderedAggregates(sql), []);
  const heldOut = `a.annee >= 2014 AND a.ir5 IS NOT NULL AND hash(a.idp, a.espar, a.c13) % 10 = 0`;
  await q(`CREATE OR REPLACE TEMP TABLE production_mesuree AS SELECT * FROM production_arbre`);
  await q(`ALTER TABLE arbres RENAME TO arbres_mesures`);
  try {
    await q(`CREATE TABLE arbres AS SELECT * REPLACE (CASE WHEN ${heldOut} THEN NULL ELSE a.ir5 END AS ir5) FROM arbres_mesures a`);
    await prepareTables(runner);
    const rows = await q(`
      WITH cibles AS (SELECT DISTINCT a.idp, a.espar, a.c13 FROM arbres_mesures a WHERE ${heldOut}),
      m AS (SELECT p.groupe, count(*) AS n, sum(p.y) AS y FROM production_mesuree p JOIN cibles USING (idp, espar, c13) GROUP BY p.groupe),
      i AS (SELECT p.groupe, sum(p.y) AS y FROM production_arbre p JOIN cibles USING (idp, espar, c13) GROUP BY p.groupe)
      SELECT m.groupe, m.n AS trees, m.y AS measured, i.y AS imputed FROM m JOIN i USING (groupe) ORDER BY m.groupe`);
    return rows.map((r) => {
      const measured = Number(r['measured']);
      const imputed = Number(r['imputed']);
      return { groupe: String(r['groupe']), trees: Number(r['trees']), measured, imputed, bias: imputed / measured - 1 };
    });
  } finally {
    await q(`DROP TABLE IF EXISTS arbres`);
    await q(`ALTER TABLE arbres_mesures RENAME TO arbres`);
    await prepareTables(runner);
  }
}

export async function buildResultats(opts: ResultatsOptions = {}): Promise<ResultatsSummary> {
  const dir = resolve(opts.dir ?? outDir());
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const t0 = performance.now();
  await mkdir(dir, { recursive: true });
  const db = await openParquetDb(dir, { load: true });
  try {
    // Every query adds its sums in a fixed order (ordered.ts), so they run on both cores and the
    // outputs stay byte-identical from one run to the next (tests/data/estimation-determinism.test.ts).
    const ts = performance.now();
    await prepareTables(db.runner);
    if (opts.verbose) log(`  tables dérivées : ${Math.round(performance.now() - ts)} ms`);
    await db.conn.run(`CREATE TABLE resultats_bruts (${RESULT_COLUMNS})`);
    for (const ind of INDICATORS) {
      for (const b of ind.breakdowns) {
        if (b.explorerOnly) continue;
        const t = performance.now();
        const levels = b.publishedLevels ? ` WHERE level IN (${b.publishedLevels.map(lit).join(', ')})` : '';
        await db.conn.run(`INSERT INTO resultats_bruts SELECT * FROM (${b.sql}) AS q${levels}`, [FIRST_CAMPAIGN, LAST_CAMPAIGN]);
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

    await db.conn.run(`CREATE TABLE par_composition (${PER_HA_COLUMNS})`);
    await perHectareByComposition(db.runner, 'par_composition');

    const tf = performance.now();
    const facts = await methodFacts(db.runner);
    if (opts.verbose) log(`  methodologie.json : ${Math.round(performance.now() - tf)} ms`);

    // Write to temporary names, then rename: a failed run never leaves a half-written file.
    const parquet = join(dir, 'resultats.parquet');
    const json = join(dir, 'indicateurs.json');
    const factsJson = join(dir, 'methodologie.json');
    const perHa = join(dir, 'ha_par_composition.parquet');
    await db.conn.run(
      `COPY (SELECT * FROM par_composition ORDER BY level, code, indicator, composition) TO ${lit(`${perHa}.tmp`)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    await db.conn.run(
      `COPY (SELECT * FROM resultats) TO ${lit(`${parquet}.tmp`)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`,
    );
    await writeFile(`${json}.tmp`, `${JSON.stringify(catalogueJson(), null, 1)}\n`);
    await writeFile(`${factsJson}.tmp`, `${JSON.stringify(facts, null, 1)}\n`);
    await rename(`${parquet}.tmp`, parquet);
    await rename(`${json}.tmp`, json);
    await rename(`${factsJson}.tmp`, factsJson);
    await rename(`${perHa}.tmp`, perHa);
    const files = [parquet, json, factsJson, perHa].map((p) => ({ path: p, bytes: statSync(p).size }));
    const seconds = (performance.now() - t0) / 1000;
    return { rows: n, seconds, files };
  } catch (e) {
    await rm(join(dir, 'resultats.parquet.tmp'), { force: true });
    await rm(join(dir, 'indicateurs.json.tmp'), { force: true });
    await rm(join(dir, 'methodologie.json.tmp'), { force: true });
    await rm(join(dir, 'ha_par_composition.parquet.tmp'), { force: true });
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
