// Builds the SQL of one indicator: the shared design part (periods, territories, calibration),
// the indicator's plot-level variables, and the generic estimator (ratio, total, rate) with its
// variance, 95 % interval and significance rule. The text runs unchanged in DuckDB under Node and
// in DuckDB-WASM: it only uses tables by name and two bound parameters, $1 and $2 (first and last
// campaign of the rolling windows). Constants inlined below come from config.ts, never from users.
import { CALIBRATION, SIGNIFICANCE, WINDOW_LENGTH, Z95 } from './config.ts';

/** How the plot-level variable `y` turns into the figure. */
export type EstimatorKind =
  /** Ŷ = Â × R̂: a total over the forest of the territory (ha, m³, m³/an, tC). */
  | 'total'
  /** R̂ = Σy / Σx: a per-hectare value, a share or a rate. */
  | 'ratio'
  /** Â × R̂ / land area: a share of the territory's land (taux de boisement). */
  | 'taux';

/** Which categories a breakdown outputs. */
export type CategorySpec =
  /** Exactly one category, `total`. */
  | { type: 'total' }
  /** These categories always get a row (zero when no plot has them), plus any other that occurs. */
  | { type: 'fixed'; categories: readonly string[] }
  /** Every category that occurs. */
  | { type: 'open' }
  /** The `top` largest categories of each territory and period by name, the rest as `autres`; `keep` are never merged. */
  | { type: 'top'; top: number; keep: readonly string[] };

export interface QuerySpec {
  indicator: string;
  breakdown: string;
  unit: string;
  kind: EstimatorKind;
  /** Multiplier applied to the value (100 for percentages). */
  scale: number;
  /** Upper bound of the interval (100 for a percentage), if any. */
  max?: number;
  /** Extra CTEs (`name AS (...)`) the variables need, in order. */
  ctes: readonly string[];
  /** `SELECT idp, x FROM ...`: the denominator, one row per plot of `placettes` (0 when not observed). */
  x: string;
  /** `SELECT idp, category, y FROM ...`: the numerator, at most one row per plot and category. */
  y: string;
  categories: CategorySpec;
}

const str = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const num = (x: number): string => {
  if (!Number.isFinite(x)) throw new Error(`Constante SQL non finie : ${x}`);
  return String(x);
};

/**
 * Domains of plots estimated instead of the standard territories (used by the explorer for its
 * filters and plot breakdowns): a domain is a subset of a territory's plots, named by a level and
 * a code. The area represented by a plot stays calibrated on every plot of France.
 */
export interface Domain {
  /** `SELECT idp, annee, level, code FROM placettes ...`: each plot of each domain. */
  members: string;
  /** `SELECT level, code, surface_ha FROM ...`: land area of the territory of each domain. */
  areas: string;
}

/**
 * The design part shared by every indicator.
 * - `periodes`: the rolling windows of WINDOW_LENGTH campaigns between $1 and $2.
 * - `membres`: one row per plot of campaigns $1 to $2 and territory it belongs to (France, its
 *   région, département, SER and GRECO).
 * - `calage`: area represented by one plot in each window, `a` = national total / national plots.
 * - `cadre`: every territory × window, with its plot count `n`, land area and `a`, even with no plot.
 * Sums over plots are computed per campaign (`annee`) then added up over the campaigns of each
 * window: a plot belongs to one campaign, so sums of squares add up too, and the heavy joins
 * run once instead of once per window.
 * With a `domain` (the explorer), `membres` and `cadre` list the domains instead of the territories.
 */
export function designCtes(domain?: Domain): string[] {
  const last = WINDOW_LENGTH - 1;
  return [
    `periodes AS MATERIALIZED (
  SELECT CAST(d AS INTEGER) AS debut, CAST(d + ${last} AS INTEGER) AS fin,
         CAST(d AS VARCHAR) || '-' || CAST(d + ${last} AS VARCHAR) AS period
  FROM range(CAST($1 AS BIGINT), CAST($2 AS BIGINT) - ${last - 1}) AS t(d)
)`,
    `membres AS MATERIALIZED (
  SELECT idp, CAST(annee AS INTEGER) AS annee, level, code FROM (
    ${domain ? domain.members : `SELECT idp, annee, 'france' AS level, 'FR' AS code FROM placettes
    UNION ALL SELECT idp, annee, 'region' AS level, reg AS code FROM placettes WHERE reg IS NOT NULL
    UNION ALL SELECT idp, annee, 'departement' AS level, dep AS code FROM placettes WHERE dep IS NOT NULL
    UNION ALL SELECT idp, annee, 'ser' AS level, ser AS code FROM placettes WHERE ser IS NOT NULL
    UNION ALL SELECT idp, annee, 'greco' AS level, greco AS code FROM placettes WHERE greco IS NOT NULL`}
  ) AS m
  WHERE annee BETWEEN CAST($1 AS INTEGER) AND CAST($2 AS INTEGER)
)`,
    `effectifs_annuels AS MATERIALIZED (
  SELECT level, code, annee, count(*) AS n FROM membres GROUP BY level, code, annee
)`,
    `effectifs AS MATERIALIZED (
  SELECT e.level, e.code, pe.period, sum(e.n) AS n
  FROM effectifs_annuels e JOIN periodes pe ON e.annee BETWEEN pe.debut AND pe.fin
  GROUP BY e.level, e.code, pe.period
)`,
    // The calibration: every window's national forest area equals the published total.
    domain
      ? // Domains are not France: the calibration still counts every plot of each window.
        `calage AS (
  SELECT pe.period, CAST(${num(CALIBRATION.surfaceHa)} AS DOUBLE) / sum(c.n) AS a
  FROM (SELECT CAST(annee AS INTEGER) AS annee, count(*) AS n FROM placettes GROUP BY annee) AS c
  JOIN periodes pe ON c.annee BETWEEN pe.debut AND pe.fin
  GROUP BY pe.period
)`
      : `calage AS (
  SELECT period, CAST(${num(CALIBRATION.surfaceHa)} AS DOUBLE) / n AS a
  FROM effectifs WHERE level = 'france' AND n > 0
)`,
    `cadre AS MATERIALIZED (
  SELECT t.level, t.code, c.period, CAST(t.surface_ha AS DOUBLE) AS terre, c.a,
         CAST(coalesce(e.n, 0) AS DOUBLE) AS n
  FROM ${domain ? `(${domain.areas})` : 'territoires'} t CROSS JOIN calage c
  LEFT JOIN effectifs e ON e.level = t.level AND e.code = t.code AND e.period = c.period
)`,
  ];
}

/**
 * Per territory, campaign and category, the plot values `yd(level, code, annee, idp, category, y)`.
 * For `top`, categories are ranked within each territory by their total over campaigns $1 to $2
 * (the same named categories in every window, for time series); ties by code, so that both
 * engines choose the same ones.
 */
function plotValuesCte(c: CategorySpec): string[] {
  if (c.type !== 'top') {
    return [
      `yd AS MATERIALIZED (
  SELECT m.level, m.code, m.annee, m.idp, y.category, y.y
  FROM membres m JOIN y ON y.idp = m.idp
)`,
    ];
  }
  const keep = c.keep.length ? c.keep.map(str).join(', ') : null;
  return [
    `rang AS MATERIALIZED (
  SELECT level, code, category,
         row_number() OVER (PARTITION BY level, code ORDER BY s DESC, category) AS r
  FROM (
    SELECT m.level, m.code, y.category, sum(y.y) AS s
    FROM membres m JOIN y ON y.idp = m.idp
    ${keep ? `WHERE y.category NOT IN (${keep})` : ''}
    GROUP BY m.level, m.code, y.category
  ) AS s
)`,
    `yd AS MATERIALIZED (
  SELECT level, code, annee, idp, category, sum(y) AS y FROM (
    SELECT m.level, m.code, m.annee, m.idp,
      CASE ${keep ? `WHEN y.category IN (${keep}) THEN y.category ` : ''}WHEN rg.r <= ${num(c.top)} THEN y.category ELSE 'autres' END AS category,
      y.y
    FROM membres m JOIN y ON y.idp = m.idp
    LEFT JOIN rang rg ON rg.level = m.level AND rg.code = m.code AND rg.category = y.category
  ) AS t
  GROUP BY level, code, annee, idp, category
)`,
  ];
}

function rowsCte(c: CategorySpec): string {
  switch (c.type) {
    case 'total':
      return `lignes AS (SELECT level, code, period, 'total' AS category FROM cadre)`;
    case 'fixed':
      return `lignes AS (
  SELECT c.level, c.code, c.period, k.category
  FROM cadre c CROSS JOIN (VALUES ${c.categories.map((k) => `(${str(k)})`).join(', ')}) AS k(category)
  UNION
  SELECT level, code, period, category FROM sy
)`;
    default:
      return `lignes AS (SELECT level, code, period, category FROM sy)`;
  }
}

function valueExpr(kind: EstimatorKind, scale: number): { value: string; variance: string } {
  const s = num(scale);
  switch (kind) {
    case 'ratio':
      return { value: `r * ${s}`, variance: `var_r * ${s} * ${s}` };
    case 'total':
      return {
        value: `aire * r * ${s}`,
        variance: `(aire * aire * var_r + r * r * var_aire) * ${s} * ${s}`,
      };
    case 'taux':
      return {
        value: `aire * r / terre * ${s}`,
        variance: `(aire * aire * var_r + r * r * var_aire) / (terre * terre) * ${s} * ${s}`,
      };
  }
}

/** The full SQL of one indicator and breakdown. Parameters: $1 first campaign, $2 last campaign. */
export function buildQuery(q: QuerySpec): string {
  const { value, variance } = valueExpr(q.kind, q.scale);
  const upper = q.max === undefined ? 'value + demi' : `least(${num(q.max)}, value + demi)`;
  const ctes = [
    ...designCtes(),
    ...q.ctes,
    `x AS MATERIALIZED (${q.x})`,
    `y AS MATERIALIZED (${q.y})`,
    `sx_annuel AS (
  SELECT m.level, m.code, m.annee, sum(x.x) AS sx, sum(x.x * x.x) AS sxx
  FROM membres m JOIN x ON x.idp = m.idp
  GROUP BY m.level, m.code, m.annee
)`,
    `sx AS MATERIALIZED (
  SELECT s.level, s.code, pe.period, sum(s.sx) AS sx, sum(s.sxx) AS sxx
  FROM sx_annuel s JOIN periodes pe ON s.annee BETWEEN pe.debut AND pe.fin
  GROUP BY s.level, s.code, pe.period
)`,
    ...plotValuesCte(q.categories),
    `sy_annuel AS (
  SELECT yd.level, yd.code, yd.annee, yd.category,
         count(*) FILTER (WHERE yd.y <> 0) AS n_plots,
         sum(yd.y) AS sy, sum(yd.y * yd.y) AS syy, sum(yd.y * coalesce(x.x, 0)) AS sxy
  FROM yd LEFT JOIN x ON x.idp = yd.idp
  GROUP BY yd.level, yd.code, yd.annee, yd.category
)`,
    `sy AS MATERIALIZED (
  SELECT s.level, s.code, pe.period, s.category,
         sum(s.n_plots) AS n_plots, sum(s.sy) AS sy, sum(s.syy) AS syy, sum(s.sxy) AS sxy
  FROM sy_annuel s JOIN periodes pe ON s.annee BETWEEN pe.debut AND pe.fin
  GROUP BY s.level, s.code, pe.period, s.category
)`,
    rowsCte(q.categories),
    `stats AS (
  SELECT l.level, l.code, l.period, l.category, c.n, c.a, c.terre,
         coalesce(sy.n_plots, 0) AS n_plots,
         coalesce(sx.sx, 0) AS sx, coalesce(sx.sxx, 0) AS sxx,
         coalesce(sy.sy, 0) AS sy, coalesce(sy.syy, 0) AS syy, coalesce(sy.sxy, 0) AS sxy
  FROM lignes l
  JOIN cadre c ON c.level = l.level AND c.code = l.code AND c.period = l.period
  LEFT JOIN sx ON sx.level = l.level AND sx.code = l.code AND sx.period = l.period
  LEFT JOIN sy ON sy.level = l.level AND sy.code = l.code AND sy.period = l.period AND sy.category = l.category
)`,
    // Ratio estimator R̂ = Σy/Σx over the n plots of the territory.
    `ratios AS (
  SELECT *, CASE WHEN sx > 0 THEN sy / sx END AS r FROM stats
)`,
    // Linearised variance of R̂: n Σ(y − R̂x)² / ((n − 1)(Σx)²); binomial variance of the area
    // Â = a·n over the M = land/a grid points of the territory: a²·n·(1 − n/M).
    `variances AS (
  SELECT *,
    CASE WHEN n > 1 AND sx > 0
      THEN greatest(0.0, n * (syy - 2 * r * sxy + r * r * sxx) / ((n - 1) * sx * sx)) END AS var_r,
    a * n AS aire,
    a * a * n * greatest(0.0, 1 - a * n / terre) AS var_aire
  FROM ratios
)`,
    `estimations AS (
  SELECT *, ${value} AS value, ${variance} AS variance FROM variances
)`,
    `intervalles AS (
  SELECT *, ${num(Z95)} * sqrt(variance) AS demi FROM estimations
)`,
    `regle AS (
  SELECT *,
    CASE
      WHEN n = 0 THEN 'aucune placette dans le territoire'
      WHEN value IS NULL THEN 'aucune placette observée pour cette variable'
      WHEN n_plots < ${num(SIGNIFICANCE.minPlots)} THEN 'moins de ${num(SIGNIFICANCE.minPlots)} placettes'
      WHEN value = 0 THEN 'valeur nulle'
      WHEN demi IS NULL THEN 'variance non calculable'
      WHEN demi > ${num(SIGNIFICANCE.maxRelativeHalfWidth)} * abs(value) THEN 'intervalle de confiance trop large'
    END AS reason
  FROM intervalles
)`,
  ];
  return `WITH
${ctes.join(',\n')}
SELECT level, code, period,
  ${str(q.indicator)} AS indicator, ${str(q.breakdown)} AS breakdown, category,
  value,
  CASE WHEN demi IS NOT NULL THEN greatest(0.0, value - demi) END AS lower,
  CASE WHEN demi IS NOT NULL THEN ${upper} END AS upper,
  CAST(n_plots AS INTEGER) AS n_plots,
  reason IS NULL AS significant,
  ${str(q.unit)} AS unit,
  reason
FROM regle
ORDER BY level, code, period, category`;
}

/**
 * The same indicator query estimated over `domain`: swaps the design part of a query built by
 * buildQuery (the indicator's own variables and estimator are kept, text unchanged).
 */
export function withDomain(sql: string, domain: Domain): string {
  const head = `WITH\n${designCtes().join(',\n')},\n`;
  if (!sql.startsWith(head)) throw new Error('Requête hors catalogue : sa partie commune (périodes, territoires, calage) est introuvable');
  return `WITH\n${designCtes(domain).join(',\n')},\n${sql.slice(head.length)}`;
}
