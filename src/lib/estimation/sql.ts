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
 * The design part shared by every indicator.
 * - `periodes`: the rolling windows of WINDOW_LENGTH campaigns between $1 and $2.
 * - `domaines`: one row per plot, territory and window (a plot belongs to France, its région,
 *   département, SER and GRECO).
 * - `calage`: area represented by one plot in each window, `a` = national total / national plots.
 * - `cadre`: every territory × window, with its plot count `n`, land area and `a`, even with no plot.
 */
export function designCtes(): string[] {
  const last = WINDOW_LENGTH - 1;
  return [
    `periodes AS (
  SELECT CAST(d AS INTEGER) AS debut, CAST(d + ${last} AS INTEGER) AS fin,
         CAST(d AS VARCHAR) || '-' || CAST(d + ${last} AS VARCHAR) AS period
  FROM range(CAST($1 AS BIGINT), CAST($2 AS BIGINT) - ${last - 1}) AS t(d)
)`,
    `membres AS (
  SELECT idp, annee, 'france' AS level, 'FR' AS code FROM placettes
  UNION ALL SELECT idp, annee, 'region' AS level, reg AS code FROM placettes WHERE reg IS NOT NULL
  UNION ALL SELECT idp, annee, 'departement' AS level, dep AS code FROM placettes WHERE dep IS NOT NULL
  UNION ALL SELECT idp, annee, 'ser' AS level, ser AS code FROM placettes WHERE ser IS NOT NULL
  UNION ALL SELECT idp, annee, 'greco' AS level, greco AS code FROM placettes WHERE greco IS NOT NULL
)`,
    `domaines AS MATERIALIZED (
  SELECT m.level, m.code, pe.period, m.idp
  FROM membres m JOIN periodes pe ON m.annee BETWEEN pe.debut AND pe.fin
)`,
    // The calibration: every window's national forest area equals the published total.
    `calage AS (
  SELECT period, CAST(${num(CALIBRATION.surfaceHa)} AS DOUBLE) / count(*) AS a
  FROM domaines WHERE level = 'france' GROUP BY period
)`,
    `effectifs AS (
  SELECT level, code, period, count(*) AS n FROM domaines GROUP BY level, code, period
)`,
    `cadre AS MATERIALIZED (
  SELECT t.level, t.code, c.period, CAST(t.surface_ha AS DOUBLE) AS terre, c.a,
         CAST(coalesce(e.n, 0) AS DOUBLE) AS n
  FROM territoires t CROSS JOIN calage c
  LEFT JOIN effectifs e ON e.level = t.level AND e.code = t.code AND e.period = c.period
)`,
  ];
}

/** Per-domain, per-category plot values `yd(level, code, period, idp, category, y)`. */
function plotValuesCte(c: CategorySpec): string[] {
  if (c.type !== 'top') {
    return [
      `yd AS MATERIALIZED (
  SELECT d.level, d.code, d.period, d.idp, y.category, y.y
  FROM domaines d JOIN y ON y.idp = d.idp
)`,
    ];
  }
  const keep = c.keep.length ? c.keep.map(str).join(', ') : null;
  return [
    // Rank categories within each territory and window by their total; ties by code, so that
    // both engines choose the same ones.
    `rang AS MATERIALIZED (
  SELECT level, code, period, category,
         row_number() OVER (PARTITION BY level, code, period ORDER BY s DESC, category) AS r
  FROM (
    SELECT d.level, d.code, d.period, y.category, sum(y.y) AS s
    FROM domaines d JOIN y ON y.idp = d.idp
    ${keep ? `WHERE y.category NOT IN (${keep})` : ''}
    GROUP BY d.level, d.code, d.period, y.category
  ) AS s
)`,
    `yd AS MATERIALIZED (
  SELECT level, code, period, idp, category, sum(y) AS y FROM (
    SELECT d.level, d.code, d.period, d.idp,
      CASE ${keep ? `WHEN y.category IN (${keep}) THEN y.category ` : ''}WHEN rg.r <= ${num(c.top)} THEN y.category ELSE 'autres' END AS category,
      y.y
    FROM domaines d JOIN y ON y.idp = d.idp
    LEFT JOIN rang rg ON rg.level = d.level AND rg.code = d.code AND rg.period = d.period AND rg.category = y.category
  ) AS m
  GROUP BY level, code, period, idp, category
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
    `sx AS MATERIALIZED (
  SELECT d.level, d.code, d.period, sum(x.x) AS sx, sum(x.x * x.x) AS sxx
  FROM domaines d JOIN x ON x.idp = d.idp
  GROUP BY d.level, d.code, d.period
)`,
    ...plotValuesCte(q.categories),
    `sy AS MATERIALIZED (
  SELECT yd.level, yd.code, yd.period, yd.category,
         count(*) FILTER (WHERE yd.y <> 0) AS n_plots,
         sum(yd.y) AS sy, sum(yd.y * yd.y) AS syy, sum(yd.y * coalesce(x.x, 0)) AS sxy
  FROM yd LEFT JOIN x ON x.idp = yd.idp
  GROUP BY yd.level, yd.code, yd.period, yd.category
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
