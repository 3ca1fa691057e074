// Over 400 lines: the estimators' SQL, kept in one file so that each variance formula reads next to its estimate.
// Builds the SQL of one indicator: the shared design part (periods, territories, calibration),
// the indicator's plot-level variables, and the generic estimator (ratio, total, rate) with its
// variance, 95 % interval and significance rule. The text runs unchanged in DuckDB under Node and
// in DuckDB-WASM: it only uses tables by name and two bound parameters, $1 and $2 (first and last
// campaign of the rolling windows). Constants inlined below come from config.ts, never from users.
import { SIGNIFICANCE, WINDOW_LENGTH, Z95 } from './config.ts';
import { orderedAggregates } from './ordered.ts';
import { sqlString, sqlStrings } from '../sql.ts';

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
  /**
   * The `top` largest categories of each territory by name, the rest as `autres`; `keep` are never
   * merged. With `minPlots`, a species is named only if that many plots of the territory carry it
   * over the campaigns computed (so that its figure can pass the significance rule in a window);
   * the others are grouped by their broad group, `autres_feuillus` and `autres_resineux`.
   */
  | { type: 'top'; top: number; keep: readonly string[]; minPlots?: number };

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
  /**
   * `SELECT idp, x FROM ...`: the denominator, one row per plot of `placettes` (0 when not observed).
   * With `xByCategory`, `SELECT idp, category, x FROM ...`: one denominator per category (a species'
   * mortality over that species' volume), each category then a domain ratio Σ w y_c / Σ w x_c.
   */
  x: string;
  /** The denominator depends on the category (ratio estimators with fixed or open categories only). */
  xByCategory?: boolean;
  /** `SELECT idp, category, y FROM ...`: the numerator, at most one row per plot and category. */
  y: string;
  categories: CategorySpec;
  /** The points the indicator is about: forest plots only, or forest and poplar plantations (areas). */
  population: Population;
  /** A proportion between 0 and 1 before scaling (Wilson interval, see intervalExprs). */
  share?: boolean;
  /** A quantity that may be negative (a balance): its lower bound is not clipped at 0. */
  signed?: boolean;
}

/** Forest plots only, or forest plots and poplar plots (IGN's forest area includes poplar plantations). */
export type Population = 'foret' | 'foret_et_peupleraies';

const num = (x: number): string => {
  if (!Number.isFinite(x)) throw new Error(`Constante SQL non finie : ${x}`);
  return String(x);
};

/**
 * Domains of plots estimated instead of the standard territories (used by the explorer for its
 * filters and plot breakdowns): a domain is a subset of a territory's points, named by a level and
 * a code. Weights and calibration stay those of each point.
 */
export interface Domain {
  /** `SELECT idp, annee, level, code FROM points ...`: each point of each domain. */
  members: string;
  /** `SELECT level, code, surface_ha FROM ...`: land area of the territory of each domain. */
  areas: string;
}

/**
 * The design part shared by every indicator.
 * - `periodes`: the rolling windows of WINDOW_LENGTH campaigns between $1 and $2.
 * - `points`: the weighted points of campaigns $1 to $2: forest plots and poplar plots, with their
 *   design weight `poids` (ha per campaign, see placettes.parquet); points of weight 0 (thinned
 *   sub-lattices, off the grid) are left out.
 * - `membres`: each point and the territories it belongs to (France, région, département, SER, GRECO).
 * - `facteurs`: calibration factor g of each région and window (calage.parquet): the calibrated
 *   weight of a point is g × poids, and the points of a région sum to IGN's published area.
 * - `part_boisee`: share of each département's land under forest or poplars, for the binomial
 *   factor of the area variance.
 * - `aires`: point counts of each territory and window, and the linearised variance of its
 *   calibrated area, forest plots only (`foret`) or with poplars (`tout`) (the area itself is
 *   Σ w x, summed with the indicator; see the methodology page; the complement term
 *   is set to 0 when the territory holds all the région's points, where the difference would only
 *   leave rounding noise):
 *   V(Â_D) = Σ_r g_r² [(1 − s_r)² Q(D ∩ r) + s_r² (Q(r) − Q(D ∩ r))], s_r = share of région r's
 *   weights that lie in D, Q(X) = Σ_X poids² (1 − p_dep). Zero for a région or France: their
 *   area is IGN's by construction.
 * - `cadre`: every territory × window, with its point counts, land area and area variances, even with no point.
 * Sums are computed per campaign, then added up over the campaigns of each window: the heavy joins
 * run once instead of once per window.
 * With a `domain` (the explorer), `membres` and `cadre` list the domains instead of the territories.
 */
export function designCtes(domain?: Domain): string[] {
  const last = WINDOW_LENGTH - 1;
  const campaigns = 'CAST(annee AS INTEGER) BETWEEN CAST($1 AS INTEGER) AND CAST($2 AS INTEGER)';
  return [
    `periodes AS MATERIALIZED (
  SELECT CAST(d AS INTEGER) AS debut, CAST(d + ${last} AS INTEGER) AS fin,
         CAST(d AS VARCHAR) || '-' || CAST(d + ${last} AS VARCHAR) AS period
  FROM range(CAST($1 AS BIGINT), CAST($2 AS BIGINT) - ${last - 1}) AS t(d)
)`,
    `points AS MATERIALIZED (
  SELECT idp, CAST(annee AS INTEGER) AS annee, reg, dep, ser, greco, CAST(poids AS DOUBLE) AS poids, false AS peupleraie
  FROM placettes WHERE poids > 0 AND ${campaigns}
  UNION ALL
  SELECT idp, CAST(annee AS INTEGER) AS annee, reg, dep, ser, greco, CAST(poids AS DOUBLE) AS poids, true AS peupleraie
  FROM peupleraies_placettes WHERE poids > 0 AND ${campaigns}
)`,
    `membres AS MATERIALIZED (
  SELECT idp, CAST(annee AS INTEGER) AS annee, level, code FROM (
    ${domain ? domain.members : `SELECT idp, annee, 'france' AS level, 'FR' AS code FROM points
    UNION ALL SELECT idp, annee, 'region' AS level, reg AS code FROM points
    UNION ALL SELECT idp, annee, 'departement' AS level, dep AS code FROM points
    UNION ALL SELECT idp, annee, 'ser' AS level, ser AS code FROM points
    UNION ALL SELECT idp, annee, 'greco' AS level, greco AS code FROM points`}
  ) AS m
)`,
    `facteurs AS MATERIALIZED (
  SELECT c.period, c.reg, CAST(c.facteur AS DOUBLE) AS g FROM calage c JOIN periodes pe ON pe.period = c.period
)`,
    `part_boisee AS MATERIALIZED (
  SELECT pe.period, p.dep, least(1.0, sum(p.poids * f.g) / max(CAST(t.surface_ha AS DOUBLE))) AS p
  FROM points p JOIN periodes pe ON p.annee BETWEEN pe.debut AND pe.fin
  JOIN facteurs f ON f.period = pe.period AND f.reg = p.reg
  JOIN territoires t ON t.level = 'departement' AND t.code = p.dep
  GROUP BY pe.period, p.dep
)`,
    `aire_annuelle AS MATERIALIZED (
  SELECT m.level, m.code, p.annee, p.reg, p.dep,
         coalesce(sum(p.poids) FILTER (WHERE NOT p.peupleraie), 0) AS s_foret,
         coalesce(sum(p.poids * p.poids) FILTER (WHERE NOT p.peupleraie), 0) AS q_foret,
         count(*) FILTER (WHERE NOT p.peupleraie) AS n_foret,
         sum(p.poids) AS s_tout, sum(p.poids * p.poids) AS q_tout, count(*) AS n_tout
  FROM membres m JOIN points p ON p.idp = m.idp
  GROUP BY m.level, m.code, p.annee, p.reg, p.dep
)`,
    `aire_region AS MATERIALIZED (
  SELECT a.level, a.code, pe.period, a.reg,
         sum(a.s_foret) AS s_foret, sum(a.q_foret * (1 - b.p)) AS q_foret, sum(a.n_foret) AS n_foret,
         sum(a.s_tout) AS s_tout, sum(a.q_tout * (1 - b.p)) AS q_tout, sum(a.n_tout) AS n_tout
  FROM aire_annuelle a JOIN periodes pe ON a.annee BETWEEN pe.debut AND pe.fin
  JOIN part_boisee b ON b.period = pe.period AND b.dep = a.dep
  GROUP BY a.level, a.code, pe.period, a.reg
)`,
    `calage_region AS MATERIALIZED (
  SELECT pe.period, p.reg, sum(p.poids) AS s, sum(p.poids * p.poids * (1 - b.p)) AS q, count(*) AS n
  FROM points p JOIN periodes pe ON p.annee BETWEEN pe.debut AND pe.fin
  JOIN part_boisee b ON b.period = pe.period AND b.dep = p.dep
  GROUP BY pe.period, p.reg
)`,
    `aires AS MATERIALIZED (
  SELECT a.level, a.code, a.period,
         sum(f.g * f.g * ((1 - a.s_foret / c.s) * (1 - a.s_foret / c.s) * a.q_foret
             + (a.s_foret / c.s) * (a.s_foret / c.s) * CASE WHEN a.n_foret = c.n THEN 0.0 ELSE c.q - a.q_foret END)) AS var_aire_foret,
         sum(a.n_foret) AS n_foret,
         sum(f.g * f.g * ((1 - a.s_tout / c.s) * (1 - a.s_tout / c.s) * a.q_tout
             + (a.s_tout / c.s) * (a.s_tout / c.s) * CASE WHEN a.n_tout = c.n THEN 0.0 ELSE c.q - a.q_tout END)) AS var_aire_tout,
         sum(a.n_tout) AS n_tout
  FROM aire_region a
  JOIN calage_region c ON c.period = a.period AND c.reg = a.reg
  JOIN facteurs f ON f.period = a.period AND f.reg = a.reg
  GROUP BY a.level, a.code, a.period
)`,
    `cadre AS MATERIALIZED (
  SELECT t.level, t.code, pe.period, CAST(t.surface_ha AS DOUBLE) AS terre,
         greatest(0.0, coalesce(a.var_aire_foret, 0)) AS var_aire_foret,
         CAST(coalesce(a.n_foret, 0) AS DOUBLE) AS n_foret,
         greatest(0.0, coalesce(a.var_aire_tout, 0)) AS var_aire_tout,
         CAST(coalesce(a.n_tout, 0) AS DOUBLE) AS n_tout
  FROM ${domain ? `(${domain.areas})` : 'territoires'} t CROSS JOIN periodes pe
  LEFT JOIN aires a ON a.level = t.level AND a.code = t.code AND a.period = pe.period
)`,
  ].map(orderedAggregates);
}

/**
 * Per territory, campaign and category, the point values `yd(level, code, annee, reg, poids, idp, category, y)`.
 * For `top`, categories are ranked within each territory by their weighted total over campaigns
 * $1 to $2 (the same named categories in every window, for time series); ties by code, so that
 * both engines choose the same ones (totals rounded to 0.001 first: weighted sums of equal terms
 * may differ in their last bits with the order of the additions).
 */
function plotValuesCte(c: CategorySpec): string[] {
  if (c.type !== 'top') {
    return [
      `yd AS MATERIALIZED (
  SELECT m.level, m.code, m.annee, p.reg, p.poids, m.idp, y.category, y.y
  FROM membres m JOIN points p ON p.idp = m.idp JOIN y ON y.idp = m.idp
)`,
    ];
  }
  const keep = c.keep.length ? sqlStrings(c.keep) : null;
  const conditions = [keep ? `y.category NOT IN (${keep})` : null, c.minPlots ? `n >= ${num(c.minPlots)}` : null].filter(Boolean);
  // Categories not named: by broad group when names follow the plot count, else one « autres ».
  const rest = c.minPlots
    ? `CASE (SELECT e.groupe FROM especes e WHERE e.espar = y.category) WHEN 'feuillu' THEN 'autres_feuillus' WHEN 'resineux' THEN 'autres_resineux' ELSE 'autres' END`
    : `'autres'`;
  return [
    `rang AS MATERIALIZED (
  SELECT level, code, category,
         row_number() OVER (PARTITION BY level, code ORDER BY round(s, 3) DESC, category) AS r
  FROM (
    SELECT m.level, m.code, y.category, sum(p.poids * y.y) AS s, count(DISTINCT CASE WHEN y.y <> 0 THEN m.idp END) AS n
    FROM membres m JOIN points p ON p.idp = m.idp JOIN y ON y.idp = m.idp
    GROUP BY m.level, m.code, y.category
  ) AS s
  ${conditions.length ? `WHERE ${conditions.join(' AND ').replaceAll('y.category', 'category')}` : ''}
)`,
    `yd AS MATERIALIZED (
  SELECT level, code, annee, reg, poids, idp, category, sum(y) AS y FROM (
    SELECT m.level, m.code, m.annee, p.reg, p.poids, m.idp,
      CASE ${keep ? `WHEN y.category IN (${keep}) THEN y.category ` : ''}WHEN rg.r <= ${num(c.top)} THEN y.category ELSE ${rest} END AS category,
      y.y
    FROM membres m JOIN points p ON p.idp = m.idp JOIN y ON y.idp = m.idp
    LEFT JOIN rang rg ON rg.level = m.level AND rg.code = m.code AND rg.category = y.category
  ) AS t
  GROUP BY level, code, annee, reg, poids, idp, category
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
  FROM cadre c CROSS JOIN (VALUES ${c.categories.map((k) => `(${sqlString(k)})`).join(', ')}) AS k(category)
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
    // `aire`: the territory's area on the campaigns where the variable is observed (Σ w x),
    // completed by the national factor κ; with x = 1 everywhere it is the calibrated area itself.
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

/**
 * Bounds of the 95 % interval. A share (a proportion between 0 and 1 before scaling) gets the
 * Wilson interval with the design's effective sample size n* = R̂(1 − R̂)/V(R̂) (Kish's
 * (Σw)²/Σw² when R̂ is 0 or 1), so that a share of 0 % or 100 % still has a width; other
 * figures the normal interval, clipped at 0 (and at `max`).
 */
function intervalExprs(q: QuerySpec): { lower: string; upper: string } {
  if (q.share) {
    const s = num(q.scale);
    return {
      lower: `greatest(0.0, (wc - wh) * ${s})`,
      upper: `least(${num(q.max ?? q.scale)}, (wc + wh) * ${s})`,
    };
  }
  const upper = q.max === undefined ? 'value + demi_n' : `least(${num(q.max)}, value + demi_n)`;
  return { lower: q.signed ? 'value - demi_n' : 'greatest(0.0, value - demi_n)', upper };
}

/** The full SQL of one indicator and breakdown. Parameters: $1 first campaign, $2 last campaign. */
export function buildQuery(q: QuerySpec): string {
  const byCat = q.xByCategory === true;
  if (byCat && (q.kind !== 'ratio' || q.categories.type === 'top' || q.categories.type === 'total')) {
    throw new Error(`${q.indicator} / ${q.breakdown} : un dénominateur par catégorie demande un ratio à catégories fixes ou ouvertes`);
  }
  // With a denominator per category, the x sums and joins carry the category too.
  const xCat = byCat ? ', x.category' : '';
  const { value, variance } = valueExpr(q.kind, q.scale);
  const pop = q.population === 'foret' ? 'foret' : 'tout';
  const z = num(Z95);
  const bounds = intervalExprs(q);
  const ctes = [
    ...designCtes(),
    ...q.ctes,
    `x AS MATERIALIZED (${q.x})`,
    `y AS MATERIALIZED (${q.y})`,
    ...[
    `sx_annuel AS (
  SELECT m.level, m.code, m.annee, p.reg${xCat}, sum(p.poids * x.x) AS sx, sum(p.poids * p.poids * x.x * x.x) AS sxx
  FROM membres m JOIN points p ON p.idp = m.idp JOIN x ON x.idp = m.idp
  GROUP BY m.level, m.code, m.annee, p.reg${xCat}
)`,
    `sx AS MATERIALIZED (
  SELECT s.level, s.code, pe.period${byCat ? ', s.category' : ''}, sum(f.g * s.sx) AS sx, sum(f.g * f.g * s.sxx) AS sxx
  FROM sx_annuel s JOIN periodes pe ON s.annee BETWEEN pe.debut AND pe.fin
  JOIN facteurs f ON f.period = pe.period AND f.reg = s.reg
  GROUP BY s.level, s.code, pe.period${byCat ? ', s.category' : ''}
)`,
    // κ: the window's weights over the weights of its points where x is observed, France-wide
    // (1 when every campaign records the variable; about 5/3 for mortality in 2006-2010). Totals
    // are then κ Σ w y, additive over territories.
    `completude AS (
  SELECT pe.period, sum(f.g * p.poids) / nullif(sum(f.g * p.poids * coalesce(x.x, 0.0)), 0) AS kappa
  FROM points p JOIN periodes pe ON p.annee BETWEEN pe.debut AND pe.fin
  JOIN facteurs f ON f.period = pe.period AND f.reg = p.reg
  LEFT JOIN ${byCat ? '(SELECT DISTINCT idp, 1.0 AS x FROM x) AS x' : 'x'} ON x.idp = p.idp
  ${pop === 'foret' ? 'WHERE NOT p.peupleraie' : ''}
  GROUP BY pe.period
)`,
    ].map(orderedAggregates),
    // Plot values: one term per plot and category but for merged categories (« autres »), whose few
    // terms are summed per plot; their ranking uses sums rounded to 0.001.
    ...plotValuesCte(q.categories),
    ...[
    `sy_annuel AS (
  SELECT yd.level, yd.code, yd.annee, yd.reg, yd.category,
         count(*) FILTER (WHERE yd.y <> 0) AS n_plots,
         sum(yd.poids * yd.y) AS sy, sum(yd.poids * yd.poids * yd.y * yd.y) AS syy,
         sum(yd.poids * yd.poids * yd.y * coalesce(x.x, 0)) AS sxy
  FROM yd LEFT JOIN x ON x.idp = yd.idp${byCat ? ' AND x.category = yd.category' : ''}
  GROUP BY yd.level, yd.code, yd.annee, yd.reg, yd.category
)`,
    `sy AS MATERIALIZED (
  SELECT s.level, s.code, pe.period, s.category,
         sum(s.n_plots) AS n_plots, sum(f.g * s.sy) AS sy, sum(f.g * f.g * s.syy) AS syy, sum(f.g * f.g * s.sxy) AS sxy
  FROM sy_annuel s JOIN periodes pe ON s.annee BETWEEN pe.debut AND pe.fin
  JOIN facteurs f ON f.period = pe.period AND f.reg = s.reg
  GROUP BY s.level, s.code, pe.period, s.category
)`,
    rowsCte(q.categories),
    `stats AS (
  SELECT l.level, l.code, l.period, l.category, c.terre,
         c.n_${pop} AS n, k.kappa * coalesce(sx.sx, 0) AS aire, k.kappa * c.var_aire_${pop} AS var_aire,
         coalesce(sy.n_plots, 0) AS n_plots,
         coalesce(sx.sx, 0) AS sx, coalesce(sx.sxx, 0) AS sxx,
         coalesce(sy.sy, 0) AS sy, coalesce(sy.syy, 0) AS syy, coalesce(sy.sxy, 0) AS sxy
  FROM lignes l
  JOIN cadre c ON c.level = l.level AND c.code = l.code AND c.period = l.period
  LEFT JOIN sx ON sx.level = l.level AND sx.code = l.code AND sx.period = l.period${byCat ? ' AND sx.category = l.category' : ''}
  LEFT JOIN completude k ON k.period = l.period
  LEFT JOIN sy ON sy.level = l.level AND sy.code = l.code AND sy.period = l.period AND sy.category = l.category
)`,
    // Hájek ratio R̂ = Σ w y / Σ w x over the points of the territory (w: calibrated weights).
    `ratios AS (
  SELECT *, CASE WHEN sx > 0 THEN sy / sx END AS r FROM stats
)`,
    // Linearised variance of R̂: n/(n − 1) · Σ w² (y − R̂x)² / (Σ w x)². The expanded sum of squares
    // is only rounding noise below 1e-12 of its terms (y proportional to x, as for areas): 0 then,
    // or the last bits would differ between engines.
    `variances AS (
  SELECT *,
    CASE WHEN n > 1 AND sx > 0
      THEN CASE WHEN syy - 2 * r * sxy + r * r * sxx <= 1e-12 * (syy + r * r * sxx) THEN 0.0
        ELSE n * (syy - 2 * r * sxy + r * r * sxx) / ((n - 1) * sx * sx) END END AS var_r
  FROM ratios
)`,
    `estimations AS (
  SELECT *, ${value} AS value, ${variance} AS variance FROM variances
)`,
    // Normal half-width, and for shares the Wilson centre and half-width (effective size n*).
    `intervalles AS (
  SELECT *, ${z} * sqrt(variance) AS demi_n,
    (r + ${z} * ${z} / (2 * neff)) / (1 + ${z} * ${z} / neff) AS wc,
    ${z} * sqrt(greatest(0.0, r * (1 - r)) / neff + ${z} * ${z} / (4 * neff * neff)) / (1 + ${z} * ${z} / neff) AS wh
  FROM (
    SELECT *, CASE
      WHEN var_r > 0 AND r > 0 AND r < 1 THEN r * (1 - r) / var_r
      WHEN sxx > 0 THEN sx * sx / sxx END AS neff
    FROM estimations
  ) AS e
)`,
    // The value always lies inside its bounds (Wilson's do mathematically; this guards the last bit).
    `bornes AS (
  SELECT *,
    CASE WHEN variance IS NOT NULL${q.share ? ' AND neff > 0' : ''} THEN least(value, ${bounds.lower}) END AS lower,
    CASE WHEN variance IS NOT NULL${q.share ? ' AND neff > 0' : ''} THEN greatest(value, ${bounds.upper}) END AS upper
  FROM intervalles
)`,
    `regle AS (
  SELECT *,
    CASE
      WHEN n = 0 THEN 'aucune placette dans le territoire'
      WHEN value IS NULL THEN 'aucune placette observée pour cette variable'
      WHEN n_plots < ${num(SIGNIFICANCE.minPlots)} THEN 'moins de ${num(SIGNIFICANCE.minPlots)} placettes'
      WHEN value = 0 THEN 'valeur nulle'
      WHEN lower IS NULL THEN 'variance non calculable'
      WHEN (upper - lower) / 2 > ${num(SIGNIFICANCE.maxRelativeHalfWidth)} * abs(value) THEN 'intervalle de confiance trop large'
    END AS reason
  FROM bornes
)`,
    ].map(orderedAggregates),
  ];
  // Every sum of the query adds its terms in a fixed order, the per-plot sums of trees included:
  // results are then the same bits whatever the number of threads (see ordered.ts).
  return orderedAggregates(`WITH
${ctes.join(',\n')}
SELECT level, code, period,
  ${sqlString(q.indicator)} AS indicator, ${sqlString(q.breakdown)} AS breakdown, category,
  value, lower, upper,
  CAST(n_plots AS INTEGER) AS n_plots,
  reason IS NULL AS significant,
  ${sqlString(q.unit)} AS unit,
  reason
FROM regle
ORDER BY level, code, period, category`);
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
