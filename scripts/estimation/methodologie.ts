// methodologie.json: the facts about the inputs that /methodologie states (plots per campaign and
// their weights, the calibration of each window, allometry, the check of the ir5 imputation, and our
// per-hectare figures on IGN's published definition), computed on the estimation's prepared tables.
import { writeFile } from 'node:fs/promises';
import type { MethodFacts } from '../../src/lib/estimation/methodology.ts';
import { orderedAggregates } from '../../src/lib/estimation/ordered.ts';
import { prepareTables } from '../../src/lib/estimation/run.ts';
import type { SqlRunner } from '../../src/lib/estimation/types.ts';
import { CHABLIS_VEGET, CTE_MORTALITE_TOUTES_CAMPAGNES } from '../../src/lib/estimation/variables.ts';
import { sqlStrings } from '../../src/lib/sql.ts';
import { comparableChablisShares, comparableFigures } from './composition.ts';

/**
 * Facts about the inputs that the methodology page states (methodologie.json): plots per
 * campaign and how they were weighted, campaigns recording cover and date of death, allometric
 * exponents, and the calibration of each window (published area against design weights).
 */
export async function methodFacts(runner: SqlRunner): Promise<MethodFacts> {
  const q = (sql: string, params: (string | number)[] = []) => runner.query(orderedAggregates(sql), params);
  const chablis = sqlStrings(CHABLIS_VEGET);
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
    m AS (SELECT annee, count(*) AS dead_trees, count(datemort) AS with_datemort, median(w) AS dead_weight,
                 string_agg(DISTINCT veget, ',' ORDER BY veget) FILTER (WHERE veget IN (${chablis})) AS chablis_codes
          FROM arbres_morts GROUP BY annee),
    -- Mortality per hectare and year of each campaign, design weights, by type: shows the protocol
    -- changes (dead trees on the whole 15 m circle until 2008; only live chablis in 2019).
    ${CTE_MORTALITE_TOUTES_CAMPAGNES},
    mo AS (SELECT p.annee, sum(p.poids * coalesce(t.chablis, 0)) / sum(p.poids) AS chablis_ha,
                  sum(p.poids * coalesce(t.standing, 0)) / sum(p.poids) AS standing_ha
           FROM placettes p LEFT JOIN (
             SELECT idp, sum(y) FILTER (WHERE type = 'chablis') AS chablis, sum(y) FILTER (WHERE type = 'mort_sur_pied') AS standing
             FROM mortalite_toutes_campagnes GROUP BY idp
           ) t USING (idp)
           WHERE p.poids > 0 GROUP BY p.annee),
    c AS (SELECT annee, count(*) AS covers FROM couverts GROUP BY annee)
    SELECT p.annee, p.plots, p.weighted, p.thinned, p.off_grid, p.mountain, p.design_ha,
           coalesce(pp.poplars, 0) AS poplars, coalesce(pp.poplars_weighted, 0) AS poplars_weighted,
           coalesce(a.trees, 0) AS trees, coalesce(a.trees_without_ir5, 0) AS trees_without_ir5,
           coalesce(m.dead_trees, 0) AS dead_trees, coalesce(c.covers, 0) > 0 AS has_couverts,
           coalesce(m.with_datemort, 0) > 0 AS has_datemort, coalesce(m.chablis_codes, '') AS chablis_codes,
           m.dead_weight, coalesce(mo.chablis_ha, 0) AS chablis_ha, coalesce(mo.standing_ha, 0) AS standing_ha
    FROM p LEFT JOIN pp USING (annee) LEFT JOIN a USING (annee) LEFT JOIN m USING (annee) LEFT JOIN c USING (annee)
      LEFT JOIN mo USING (annee)
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
    comparableChablisShares: await comparableChablisShares(runner),
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
      chablisCodes: String(r['chablis_codes']).split(',').filter(Boolean),
      deadWeight: Number(r['dead_weight']),
      chablisHa: Number(r['chablis_ha']),
      standingHa: Number(r['standing_ha']),
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

export async function writeMethodFacts(runner: SqlRunner, file: string): Promise<void> {
  await writeFile(file, `${JSON.stringify(await methodFacts(runner), null, 1)}\n`);
}
