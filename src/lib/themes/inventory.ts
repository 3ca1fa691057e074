// Estimates the thematic pages need beyond resultats.parquet (standing dead wood, mortality rate
// by species, share of the drought-exposed species in the volume of each SER, where they grow by
// exposure and slope, number of species per plot). They use the estimation engine's SQL builder
// (src/lib/estimation/sql.ts), hence the same design, ratio estimator, 95 % interval and
// significance rule as every other figure of the site. Build-time only (DuckDB under Node).
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { buildQuery, type CategorySpec, type EstimatorKind } from '../estimation/sql.ts';
import { CAMPAGNES_DATEMORT, CTE_MORTALITE, CTE_VOLUME, X_COUVERTS_FORET, X_DATEMORT } from '../estimation/variables.ts';
import { openParquetDb, type NodeDb } from '../estimation/node.ts';
import { resultsPath } from '../estimation/results.ts';
import { toResultRow } from '../estimation/run.ts';
import { SIGNIFICANCE, Z95 } from '../estimation/config.ts';
import type { ResultRow } from '../estimation/types.ts';

/** The species whose exposure to drought and heat the adaptation page follows (ESPAR codes). */
export const EXPOSED_SPECIES = [
  { espar: '62', nom: 'Épicéa commun' },
  { espar: '09', nom: 'Hêtre' },
  { espar: '61', nom: 'Sapin pectiné' },
] as const;

/** Topographic classes of a plot: exposure quadrant or flat ground, and slope class. */
export const TOPO_CLASSES = [
  { id: 'plat', label: 'Terrain plat (pente < 5 %)', kind: 'exposition' },
  { id: 'nord', label: 'Versant nord', kind: 'exposition' },
  { id: 'est', label: 'Versant est', kind: 'exposition' },
  { id: 'sud', label: 'Versant sud', kind: 'exposition' },
  { id: 'ouest', label: 'Versant ouest', kind: 'exposition' },
  { id: 'pente_0_15', label: 'Pente inférieure à 15 %', kind: 'pente' },
  { id: 'pente_15_30', label: 'Pente de 15 à 30 %', kind: 'pente' },
  { id: 'pente_30', label: 'Pente de 30 % et plus', kind: 'pente' },
] as const;

/** Classes of the number of tree species recorded on a plot. */
export const DIVERSITY_CLASSES = [
  { id: '1', label: '1 essence' },
  { id: '2', label: '2 essences' },
  { id: '3', label: '3 essences' },
  { id: '4', label: '4 essences' },
  { id: '5+', label: '5 essences et plus' },
  { id: '0', label: 'Aucune essence recensée' },
] as const;

/** An estimate of the thematic pages: a result row with its French label. */
export type Estimate = ResultRow;

/** Live volume per plot (m³/ha), every plot (0 without trees). */
const X_VOLUME = `SELECT p.idp, coalesce(v.y, 0.0) AS x
  FROM placettes p LEFT JOIN (SELECT idp, sum(y) AS y FROM volume_arbre GROUP BY idp) v ON v.idp = p.idp`;

/** SQL class of a plot's exposure and slope, from `pent2` (%) and `expo` (grades, 0 = north). */
const TOPO_SQL = `topo AS (
  SELECT idp,
    CASE WHEN pent2 IS NULL THEN 'nd' WHEN pent2 < 5 THEN 'plat' WHEN expo IS NULL THEN 'nd'
         WHEN expo >= 350 OR expo < 50 THEN 'nord' WHEN expo < 150 THEN 'est'
         WHEN expo < 250 THEN 'sud' ELSE 'ouest' END AS exposition,
    CASE WHEN pent2 IS NULL THEN 'nd' WHEN pent2 < 15 THEN 'pente_0_15' WHEN pent2 < 30 THEN 'pente_15_30' ELSE 'pente_30' END AS pente
  FROM placettes
)`;

interface Spec {
  indicator: string;
  breakdown: string;
  unit: string;
  kind: EstimatorKind;
  scale?: number;
  max?: number;
  ctes: string[];
  x: string;
  y: string;
  categories: CategorySpec;
}

// Forest plots only: poplar plantations have no ecology record, species cover nor dead-tree file.
const query = (s: Spec) => buildQuery({ scale: 1, population: 'foret', ...s });

/** Standing dead wood (trees dead on foot, whole or broken, any age of death), m³/ha. */
export const DEAD_WOOD_SQL = query({
  indicator: 'bois_mort_sur_pied_ha',
  breakdown: 'total',
  unit: 'm³/ha',
  kind: 'ratio',
  ctes: [],
  x: X_DATEMORT,
  y: `SELECT idp, 'total' AS category, sum(v * w) AS y FROM arbres_morts
      WHERE veget IN ('5', 'C') AND v IS NOT NULL AND w IS NOT NULL AND annee IN (${CAMPAGNES_DATEMORT})
      GROUP BY idp`,
  categories: { type: 'total' },
});

/** Share (%) of each exposed species in the live volume of the territory. */
export const SPECIES_SHARE_SQL = query({
  indicator: 'part_volume_espece',
  breakdown: 'espece',
  unit: '%',
  kind: 'ratio',
  scale: 100,
  max: 100,
  ctes: [CTE_VOLUME],
  x: X_VOLUME,
  y: `SELECT idp, espar AS category, sum(y) AS y FROM volume_arbre
      WHERE espar IN (${EXPOSED_SPECIES.map((s) => `'${s.espar}'`).join(', ')}) GROUP BY idp, espar`,
  categories: { type: 'fixed', categories: EXPOSED_SPECIES.map((s) => s.espar) },
});

/** Share (%) of a species' live volume (or of all species, `espar` null) on each topographic class. */
export function topographySql(espar: string | null): string {
  const filter = espar === null ? '' : `WHERE espar = '${espar.replaceAll("'", "''")}'`;
  const perPlot = `SELECT idp, sum(y) AS y FROM volume_arbre ${filter} GROUP BY idp`;
  return query({
    indicator: 'repartition_topographique',
    breakdown: espar ?? 'toutes',
    unit: '%',
    kind: 'ratio',
    scale: 100,
    max: 100,
    ctes: [CTE_VOLUME, TOPO_SQL, `vol_espece AS (${perPlot})`],
    x: `SELECT p.idp, coalesce(v.y, 0.0) AS x FROM placettes p LEFT JOIN vol_espece v ON v.idp = p.idp`,
    y: `SELECT v.idp, t.exposition AS category, v.y FROM vol_espece v JOIN topo t ON t.idp = v.idp WHERE t.exposition <> 'nd'
        UNION ALL
        SELECT v.idp, t.pente AS category, v.y FROM vol_espece v JOIN topo t ON t.idp = v.idp WHERE t.pente <> 'nd'`,
    categories: { type: 'fixed', categories: TOPO_CLASSES.map((c) => c.id) },
  });
}

/** Species with a free cover above zero on each plot of the campaigns that record cover. */
const CTE_SPECIES_COUNT = `nb_essences AS (
  SELECT p.idp, coalesce(k.n, 0) AS n
  FROM placettes p
  LEFT JOIN (SELECT idp, count(DISTINCT espar) AS n FROM couverts WHERE tcl > 0 GROUP BY idp) k ON k.idp = p.idp
  WHERE p.annee IN (SELECT DISTINCT annee FROM couverts)
)`;

/** Share (%) of the forest area by number of tree species on the plot. */
export const DIVERSITY_SHARE_SQL = query({
  indicator: 'part_nombre_essences',
  breakdown: 'classe',
  unit: '%',
  kind: 'ratio',
  scale: 100,
  max: 100,
  ctes: [CTE_SPECIES_COUNT],
  x: X_COUVERTS_FORET,
  y: `SELECT idp, CASE WHEN n >= 5 THEN '5+' ELSE CAST(n AS VARCHAR) END AS category, 1.0 AS y FROM nb_essences`,
  categories: { type: 'fixed', categories: DIVERSITY_CLASSES.map((c) => c.id) },
});

/** Mean number of tree species per plot. */
export const DIVERSITY_MEAN_SQL = query({
  indicator: 'nombre_moyen_essences',
  breakdown: 'total',
  unit: 'essences',
  kind: 'ratio',
  ctes: [CTE_SPECIES_COUNT],
  x: X_COUVERTS_FORET,
  y: `SELECT idp, 'total' AS category, CAST(n AS DOUBLE) AS y FROM nb_essences WHERE n > 0`,
  categories: { type: 'total' },
});

/**
 * Annual mortality rate (%/an) of each of the `top` species with the largest live volume, for the
 * windows given: ratio estimator R̂ = Σ annual mortality (the site's one definition, CTE_MORTALITE:
 * dead within five years, chablis included) ÷ Σ live volume of the species
 * over every plot of the campaigns that record datemort, with the engine's linearised variance
 * n·Σ(y − R̂x)² / ((n − 1)(Σx)²) and significance rule. France only.
 */
export function speciesMortalitySql(windows: readonly string[], top: number): string {
  const values = windows
    .map((w) => {
      const [a, b] = w.split('-').map(Number);
      if (!a || !b) throw new Error(`Période invalide : ${w}`);
      return `('${w}', ${a}, ${b})`;
    })
    .join(', ');
  return `WITH
fenetres AS (SELECT * FROM (VALUES ${values}) AS t(period, debut, fin)),
${CTE_MORTALITE},
points AS (
  SELECT f.period, p.idp FROM placettes p JOIN fenetres f ON p.annee BETWEEN f.debut AND f.fin
  WHERE p.annee IN (${CAMPAGNES_DATEMORT})
),
vivants AS (SELECT idp, espar, sum(v * w) AS x FROM arbres WHERE v IS NOT NULL AND w IS NOT NULL GROUP BY idp, espar),
morts AS (SELECT idp, espar, sum(y) AS y FROM mortalite_arbre GROUP BY idp, espar),
essences AS (
  SELECT espar FROM vivants WHERE idp IN (SELECT idp FROM points) GROUP BY espar ORDER BY sum(x) DESC, espar LIMIT ${Math.floor(top)}
),
valeurs AS (
  SELECT pt.period, e.espar, pt.idp, coalesce(v.x, 0.0) AS x, coalesce(m.y, 0.0) AS y
  FROM points pt CROSS JOIN essences e
  LEFT JOIN vivants v ON v.idp = pt.idp AND v.espar = e.espar
  LEFT JOIN morts m ON m.idp = pt.idp AND m.espar = e.espar
),
stats AS (
  SELECT period, espar, count(*) AS n, count(*) FILTER (WHERE y > 0) AS n_plots,
         sum(x) AS sx, sum(y) AS sy, sum(x * x) AS sxx, sum(y * y) AS syy, sum(x * y) AS sxy
  FROM valeurs GROUP BY period, espar
),
ratios AS (SELECT *, CASE WHEN sx > 0 THEN sy / sx END AS r FROM stats),
variances AS (
  SELECT *, CASE WHEN n > 1 AND sx > 0 THEN greatest(0.0, n * (syy - 2 * r * sxy + r * r * sxx) / ((n - 1) * sx * sx)) END AS var_r
  FROM ratios
),
intervalles AS (SELECT *, r * 100 AS value, ${Z95} * sqrt(var_r) * 100 AS demi FROM variances),
regle AS (
  SELECT *, CASE
      WHEN value IS NULL THEN 'aucune placette observée pour cette variable'
      WHEN n_plots < ${SIGNIFICANCE.minPlots} THEN 'moins de ${SIGNIFICANCE.minPlots} placettes'
      WHEN value = 0 THEN 'valeur nulle'
      WHEN demi IS NULL THEN 'variance non calculable'
      WHEN demi > ${SIGNIFICANCE.maxRelativeHalfWidth} * abs(value) THEN 'intervalle de confiance trop large'
    END AS reason
  FROM intervalles
)
SELECT 'france' AS level, 'FR' AS code, period, 'taux_mortalite_espece' AS indicator, 'espece' AS breakdown,
  espar AS category, value,
  CASE WHEN demi IS NOT NULL THEN greatest(0.0, value - demi) END AS lower,
  CASE WHEN demi IS NOT NULL THEN value + demi END AS upper,
  CAST(n_plots AS INTEGER) AS n_plots, reason IS NULL AS significant, '%/an' AS unit, reason
FROM regle ORDER BY period, category`;
}

// ---- Running the queries at build time ------------------------------------------------------

const dataDir = () => dirname(resultsPath());
let dbPromise: Promise<NodeDb> | undefined;

/**
 * One DuckDB for the thematic estimates, the inventory tables copied in memory once. `placettes`
 * is a view that can hide the SER and GRECO (national-only estimates then skip most of the
 * per-territory work; région and département stay, the calibration and variance need them).
 */
function database(): Promise<NodeDb> {
  dbPromise ??= (async () => {
    const dir = dataDir();
    const db = await openParquetDb(dir, { tables: ['peupleraies_placettes', 'calage', 'arbres', 'arbres_morts', 'couverts', 'especes', 'territoires'], load: true });
    const file = join(dir, 'placettes.parquet');
    if (!existsSync(file)) throw new Error(`Fichier manquant : ${file} (lancer « npm run data:build »)`);
    await db.conn.run(`CREATE TABLE placettes_toutes AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
    return db;
  })();
  return dbPromise;
}

/** Serialises the runs: the `placettes` view is shared. */
let queue: Promise<unknown> = Promise.resolve();

async function run(sql: string, scope: 'national' | 'all', first: number, last: number, labels: (category: string) => string): Promise<Estimate[]> {
  const task = queue.then(async () => {
    const db = await database();
    const view =
      scope === 'national'
        ? `SELECT * REPLACE (NULL::VARCHAR AS ser, NULL::VARCHAR AS greco) FROM placettes_toutes`
        : `SELECT * FROM placettes_toutes`;
    await db.conn.run(`CREATE OR REPLACE VIEW placettes AS ${view}`);
    const rows = await db.runner.query(sql, sql.includes('$1') ? [first, last] : []);
    return rows.map((r) => {
      const row = toResultRow(r);
      return { ...row, category_label: labels(row.category) };
    });
  });
  queue = task.catch(() => undefined);
  return task;
}

const memo = new Map<string, Promise<Estimate[]>>();
function once(key: string, f: () => Promise<Estimate[]>): Promise<Estimate[]> {
  let p = memo.get(key);
  if (!p) memo.set(key, (p = f()));
  return p;
}

const speciesName = (espar: string) => EXPOSED_SPECIES.find((s) => s.espar === espar)?.nom ?? espar;

/** Standing dead wood per hectare, France and GRECO, windows from 2010-2014 to 2015-2019. */
export const deadWood = () => once('deadWood', () => run(DEAD_WOOD_SQL, 'all', 2010, 2019, () => 'Bois mort sur pied'));

/** Share of spruce, beech and silver fir in the live volume, every territory, latest window. */
export const speciesShares = () => once('speciesShares', () => run(SPECIES_SHARE_SQL, 'all', 2015, 2019, speciesName));

/** Topographic distribution of the volume of each exposed species and of all species, France, latest window. */
export const topography = (espar: string | null) =>
  once(`topography-${espar}`, () =>
    run(topographySql(espar), 'national', 2015, 2019, (c) => TOPO_CLASSES.find((t) => t.id === c)?.label ?? c),
  );

/** Forest area by number of species on the plot, France and GRECO, latest window. */
export const diversityShares = () =>
  once('diversityShares', () => run(DIVERSITY_SHARE_SQL, 'all', 2015, 2019, (c) => DIVERSITY_CLASSES.find((d) => d.id === c)?.label ?? c));

/** Mean number of species per plot, France and GRECO, latest window. */
export const diversityMean = () => once('diversityMean', () => run(DIVERSITY_MEAN_SQL, 'all', 2015, 2019, () => 'Nombre moyen d’essences'));

/** Mortality rate of the ten species with the largest volume, France, two windows. */
export const speciesMortality = (windows: readonly string[]) =>
  once(`speciesMortality-${windows.join(',')}`, async () => {
    const rows = await run(speciesMortalitySql(windows, 10), 'national', 0, 0, (c) => c);
    const db = await database();
    const names = new Map(
      (await db.runner.query(`SELECT espar, nom_fr FROM especes`, [])).map((r) => [String(r['espar']), String(r['nom_fr'])]),
    );
    return rows.map((r) => ({ ...r, category_label: names.get(r.category) ?? r.category }));
  });
