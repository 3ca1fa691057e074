// Plot-level variables of the indicators, as SQL over the pipeline's tables (names fixed by
// CONTRACT-TABLES.md). Each indicator picks a numerator `y` (per plot and category, per hectare)
// and a denominator `x` (per plot) from here; sql.ts turns them into estimates.
import { RECRUITMENT_C13_M, SIZE_CLASS_LIMITS_M } from './config.ts';
import { factorValuesSql } from './factors.ts';
import { sqlString, sqlStrings } from '../sql.ts';

const num = (x: number): string => String(x);

// ---- Denominators -------------------------------------------------------------------------

/** Every forest plot counts (x = 1); poplar plots are outside the denominator. */
export const X_ALL = `SELECT idp, 1.0 AS x FROM placettes`;

/** Forest and poplar plots: the denominator of areas (IGN's forest area includes poplar plantations). */
export const X_POINTS = `SELECT idp, 1.0 AS x FROM placettes UNION ALL SELECT idp, 1.0 AS x FROM peupleraies_placettes`;

/** Campaigns that recorded species cover (`couverts`, from 2006). */
const CAMPAGNES_COUVERTS = `SELECT DISTINCT annee FROM couverts`;

/** Forest plots of the campaigns that recorded species cover (poplar plots outside the denominator). */
export const X_COUVERTS_FORET = `SELECT p.idp, CASE WHEN p.annee IN (${CAMPAGNES_COUVERTS}) THEN 1.0 ELSE 0.0 END AS x FROM placettes p`;

/** Forest and poplar plots of the campaigns that recorded species cover. */
export const X_COUVERTS = `SELECT p.idp, CASE WHEN p.annee IN (${CAMPAGNES_COUVERTS}) THEN 1.0 ELSE 0.0 END AS x
  FROM (SELECT idp, annee FROM placettes UNION ALL SELECT idp, annee FROM peupleraies_placettes) AS p`;

/** Campaigns that recorded the date of death of dead trees (`datemort`, from 2008). */
export const CAMPAGNES_DATEMORT = `SELECT DISTINCT annee FROM arbres_morts WHERE datemort IS NOT NULL`;

/** Plots of the campaigns with `datemort`. */
export const X_DATEMORT = `SELECT p.idp, CASE WHEN p.annee IN (${CAMPAGNES_DATEMORT}) THEN 1.0 ELSE 0.0 END AS x
  FROM placettes p`;

/** Standing volume per hectare of the plots of campaigns with `datemort` (for the mortality rate). */
export const X_VOLUME_DATEMORT = `SELECT p.idp,
    CASE WHEN p.annee IN (${CAMPAGNES_DATEMORT}) THEN coalesce(v.y, 0.0) ELSE 0.0 END AS x
  FROM placettes p LEFT JOIN (SELECT idp, sum(y) AS y FROM volume_arbre GROUP BY idp) v ON v.idp = p.idp`;

/** Live volume per plot (m³/ha), every forest plot (0 without trees): the denominator of shares of the volume. */
export const X_VOLUME = `SELECT p.idp, coalesce(v.y, 0.0) AS x
  FROM placettes p LEFT JOIN (SELECT idp, sum(y) AS y FROM volume_arbre GROUP BY idp) v ON v.idp = p.idp`;

// ---- Shared CTEs -----------------------------------------------------------------------------

const FACTORS = factorValuesSql();

/** Factors by species (wood density, bark ratio) and by group (factors.ts, with their sources). */
const CTES_FACTEURS = [
  `facteurs_essence AS (
  SELECT espar, CAST(densite AS DOUBLE) AS densite, CAST(ecorce AS DOUBLE) AS ecorce FROM (VALUES
    ${FACTORS.species}
  ) AS f(espar, densite, ecorce)
)`,
  `facteurs_groupe AS (
  SELECT * FROM (VALUES ${FACTORS.groups}) AS f(groupe, bef, racines, fc, densite)
)`,
];

/**
 * Live trees with their species group; `y` = v × w, the tree's volume per hectare (m³/ha).
 * `classe` groups the pipeline's 5-cm diameter classes ('10' = 7.5 to 12.5 cm …) above 70 cm,
 * where trees are too few for any territory: '70+'.
 */
export const CTE_VOLUME = `volume_arbre AS (
  SELECT a.idp, a.espar, coalesce(e.groupe, 'indetermine') AS groupe,
         CASE WHEN TRY_CAST(a.classe_diametre AS INTEGER) >= 70 THEN '70+' ELSE a.classe_diametre END AS classe,
         a.v * a.w AS y
  FROM arbres a LEFT JOIN especes e ON e.espar = a.espar
  WHERE a.v IS NOT NULL AND a.w IS NOT NULL
)`;

/**
 * Annual volume increment per tree and hectare, from the radial growth over 5 years `ir5` (mm,
 * under bark). Circumference 5 years ago: c₀ = c13 − 2π·ir5/(1000·k) (m), k the species' ratio of
 * diameters under and over bark (factors.ts). Volume 5 years ago: v₀ = v·(c₀/c13)^b,
 * b = slope of ln v on ln c13 among the live trees of the species group (height growth enters
 * through that allometry); v₀ = 0 when c₀ is below the 23.5 cm threshold (recruitment).
 * Production = w·(v − v₀)/5. `ir5` missing (simplified trees, walnuts) is imputed by the mean `ir5`
 * of measured trees of the same species and size class: on the same plot, else in the same GRECO,
 * else nationally, else of the species group.
 */
const CTES_PRODUCTION = [
  `arbres_dim AS (
  SELECT a.idp, a.espar, coalesce(e.groupe, 'indetermine') AS groupe, p.greco,
         a.c13, a.ir5, a.v, a.w,
         CASE WHEN a.c13 < ${num(SIZE_CLASS_LIMITS_M.moyen)} THEN 'PB'
              WHEN a.c13 < ${num(SIZE_CLASS_LIMITS_M.gros)} THEN 'MB' ELSE 'GB' END AS dim
  FROM arbres a JOIN placettes p ON p.idp = a.idp LEFT JOIN especes e ON e.espar = a.espar
  WHERE a.v IS NOT NULL AND a.w IS NOT NULL AND a.c13 > 0
)`,
  `ir5_placette AS (
  SELECT idp, espar, dim, avg(ir5) AS ir5 FROM arbres_dim WHERE ir5 IS NOT NULL GROUP BY idp, espar, dim
)`,
  `ir5_greco AS (
  SELECT greco, espar, dim, avg(ir5) AS ir5 FROM arbres_dim WHERE ir5 IS NOT NULL GROUP BY greco, espar, dim
)`,
  `ir5_espece AS (
  SELECT espar, dim, avg(ir5) AS ir5 FROM arbres_dim WHERE ir5 IS NOT NULL GROUP BY espar, dim
)`,
  `ir5_groupe AS (
  SELECT groupe, dim, avg(ir5) AS ir5 FROM arbres_dim WHERE ir5 IS NOT NULL GROUP BY groupe, dim
)`,
  `allometrie AS (
  SELECT groupe, regr_slope(ln(v), ln(c13)) AS b FROM arbres_dim WHERE v > 0 GROUP BY groupe
)`,
  `allometrie_tous AS (
  SELECT regr_slope(ln(v), ln(c13)) AS b FROM arbres_dim WHERE v > 0
)`,
  ...CTES_FACTEURS,
  // ir5 is wood only: divided by the species' ratio of diameters under and over bark (1 by default).
  `arbres_ir5 AS (
  SELECT d.idp, d.espar, d.groupe, d.c13, d.v, d.w,
         d.c13 - 2 * pi() * coalesce(d.ir5, p.ir5, g.ir5, e.ir5, gr.ir5, 0.0) / (1000 * coalesce(fe.ecorce, 1.0)) AS c13_avant,
         coalesce(al.b, tous.b) AS b
  FROM arbres_dim d
  LEFT JOIN facteurs_essence fe ON fe.espar = d.espar
  LEFT JOIN ir5_placette p ON p.idp = d.idp AND p.espar = d.espar AND p.dim = d.dim
  LEFT JOIN ir5_greco g ON g.greco = d.greco AND g.espar = d.espar AND g.dim = d.dim
  LEFT JOIN ir5_espece e ON e.espar = d.espar AND e.dim = d.dim
  LEFT JOIN ir5_groupe gr ON gr.groupe = d.groupe AND gr.dim = d.dim
  LEFT JOIN allometrie al ON al.groupe = d.groupe
  CROSS JOIN allometrie_tous AS tous
)`,
];

/**
 * `production_arbre(idp, espar, groupe, c13, y)`: computed once per connection (SETUP_SQL) since the
 * imputation reads every tree several times and three queries use it.
 */
export const SETUP_PRODUCTION = `CREATE OR REPLACE TEMP TABLE production_arbre AS
WITH
${CTES_PRODUCTION.join(',\n')}
SELECT idp, espar, groupe, c13,
       w * (v - CASE WHEN c13_avant >= ${num(RECRUITMENT_C13_M)} THEN v * power(c13_avant / c13, b) ELSE 0.0 END) / 5 AS y
FROM arbres_ir5`;

/**
 * Annual mortality per hectare, v·w/5 over the trees that died in the last five years. The dead-tree
 * files code them differently by campaign (veget, datemort):
 * - 2005–2007: only deaths of 5 years or less recorded, undated: 5 (mort; in 2005–2006 also girdled or dying
 *   trees) and A (chablis), volumes from the stump circumference c0: left out as not comparable (X_DATEMORT);
 * - 2008–2018: 5 (mort sur pied) and C (mort sur pied cassé) with datemort 1 (dead 5 years or less)
 *   or 2 (more); A (chablis) without datemort, recorded only when fallen within 5 years;
 * - 2019: 5 and C with datemort; 1 (chablis vivant) instead of A: from 2019 the protocol records
 *   only the windthrown trees still alive, no longer the dead ones (Doc-DB_morts&chablis_PF_2019).
 * Counted: datemort = 1, and every chablis (CHABLIS_VEGET).
 */
/** veget codes of chablis: A, alive or dead (2005–2018); 1, alive only (2019). */
export const CHABLIS_VEGET = ['A', '1'] as const;
/** The code of 2019, when dead windthrown trees stopped being recorded. */
export const LIVE_CHABLIS_VEGET: (typeof CHABLIS_VEGET)[number] = '1';
const CHABLIS_SQL = sqlStrings(CHABLIS_VEGET);

/**
 * Dead trees counted in mortality, per tree and hectare and year (v·w/5), as a CTE named `name`:
 * those of the campaigns that record datemort (the estimation), or of every campaign with its year
 * (the campaign facts of /methodologie, which show how the protocol changed).
 */
function mortalityCte(name: string, campaigns: 'datees' | 'toutes'): string {
  return `${name} AS (
  SELECT m.idp, ${campaigns === 'toutes' ? 'm.annee, ' : ''}m.espar, coalesce(e.groupe, 'indetermine') AS groupe,
         CASE WHEN m.veget IN (${CHABLIS_SQL}) THEN 'chablis' ELSE 'mort_sur_pied' END AS type, m.v * m.w / 5 AS y
  FROM arbres_morts m LEFT JOIN especes e ON e.espar = m.espar
  WHERE (m.datemort = 1 OR m.veget IN (${CHABLIS_SQL})) AND m.v IS NOT NULL AND m.w IS NOT NULL${
    campaigns === 'datees' ? `\n    AND m.annee IN (${CAMPAGNES_DATEMORT})` : ''
  }
)`;
}

export const CTE_MORTALITE = mortalityCte('mortalite_arbre', 'datees');
/** The same trees in every campaign, with its year (annee); for 2005–2007, chablis only. */
export const CTE_MORTALITE_TOUTES_CAMPAGNES = mortalityCte('mortalite_toutes_campagnes', 'toutes');

/**
 * Carbon per tree and hectare (tC/ha), aboveground and roots, from stem volume:
 * aérien = v·w × expansion of the group × density of the species (else of the group) × carbon fraction,
 * racinaire = aérien × root ratio of the group (factors.ts).
 */
export const CTES_CARBONE = [
  ...CTES_FACTEURS,
  `carbone_arbre AS (
  SELECT idp, espar, groupe, aerien, racinaire, aerien + racinaire AS y FROM (
    SELECT v.idp, v.espar, v.groupe,
           v.y * g.bef * coalesce(fe.densite, g.densite) * g.fc AS aerien,
           v.y * g.bef * coalesce(fe.densite, g.densite) * g.fc * g.racines AS racinaire
    FROM volume_arbre v
  JOIN facteurs_groupe g ON g.groupe = CASE WHEN v.groupe = 'resineux' THEN 'resineux' ELSE 'feuillu' END
    LEFT JOIN facteurs_essence fe ON fe.espar = v.espar
  ) AS c
)`,
];

/**
 * Composition of each plot of the campaigns with species cover: share of conifers in the free
 * cover (`tcl`) of the species present: ≥ 75 % résineux, ≤ 25 % feuillus, otherwise mixte;
 * `indetermine` when no cover is recorded (clear-cut, young regeneration, missing record);
 * `peupleraie` for the poplar plots (cultivated poplar plantations, part of IGN's forest area).
 */
export const CTES_COMPOSITION = [
  `couvert_groupes AS (
  SELECT c.idp,
         sum(CASE WHEN e.groupe = 'resineux' THEN c.tcl ELSE 0 END) AS tcl_resineux,
         sum(CASE WHEN e.groupe IN ('feuillu', 'resineux') THEN c.tcl ELSE 0 END) AS tcl_total
  FROM couverts c LEFT JOIN especes e ON e.espar = c.espar
  WHERE c.tcl > 0
  GROUP BY c.idp
)`,
  `composition AS (
  SELECT p.idp,
         CASE WHEN coalesce(k.tcl_total, 0) <= 0 THEN 'indetermine'
              WHEN k.tcl_resineux >= 0.75 * k.tcl_total THEN 'resineux'
              WHEN k.tcl_resineux <= 0.25 * k.tcl_total THEN 'feuillus'
              ELSE 'mixte' END AS category
  FROM placettes p LEFT JOIN couvert_groupes k ON k.idp = p.idp
  WHERE p.annee IN (${CAMPAGNES_COUVERTS})
  UNION ALL
  SELECT idp, 'peupleraie' AS category FROM peupleraies_placettes WHERE annee IN (${CAMPAGNES_COUVERTS})
)`,
];

/**
 * Essence principale: the species with the highest free cover `tcl` (ties: `tca`, then code);
 * `peupleraie` for the poplar plots.
 */
export const CTE_ESSENCE = `essence AS (
  SELECT p.idp, coalesce(k.espar, 'indetermine') AS category
  FROM placettes p
  LEFT JOIN (
    SELECT idp, espar, row_number() OVER (PARTITION BY idp ORDER BY tcl DESC, tca DESC, espar) AS r
    FROM couverts WHERE tcl > 0
  ) AS k ON k.idp = p.idp AND k.r = 1
  WHERE p.annee IN (${CAMPAGNES_COUVERTS})
  UNION ALL
  SELECT idp, 'peupleraie' AS category FROM peupleraies_placettes WHERE annee IN (${CAMPAGNES_COUVERTS})
)`;

// ---- Ecology (standing dead wood, topography, number of species) -----------------------------

/**
 * Standing dead wood per plot (m³/ha): trees dead on foot, whole (veget 5) or broken (C), whatever
 * the age of their death (chablis lie on the ground: not standing), campaigns that record datemort.
 */
export const Y_BOIS_MORT_SUR_PIED = `SELECT idp, 'total' AS category, sum(v * w) AS y FROM arbres_morts
  WHERE veget IN ('5', 'C') AND v IS NOT NULL AND w IS NOT NULL AND annee IN (${CAMPAGNES_DATEMORT})
  GROUP BY idp`;

/**
 * Cut points of the slope classes (% of slope, `pent2`), the finest the site uses: the explorer offers
 * all its classes, the articles group them. Below the first, the ground is flat (no exposure).
 */
export const SLOPE_CUTS = [5, 15, 30, 60] as const;
/** Below this slope (%), the ground is flat: no exposure. */
export const FLAT_SLOPE = SLOPE_CUTS[0];

/** The slope ranges [from, to) between some of SLOPE_CUTS, from 0; the last one open (`to` null). */
export function slopeRanges(cuts: readonly number[]): [from: number, to: number | null][] {
  const unknown = cuts.filter((c) => !(SLOPE_CUTS as readonly number[]).includes(c));
  if (unknown.length) throw new Error(`Seuils de pente hors de SLOPE_CUTS : ${unknown.join(', ')}`);
  const bounds = [0, ...cuts];
  return bounds.map((from, i) => [from, cuts[i] ?? null]);
}

/** Slope class of a plot `p` in the ranges of `cuts`, coded by `code(from, to)`; 'nr' when the slope is not recorded. */
export function slopeClassSql(cuts: readonly number[], code: (from: number, to: number | null) => string): string {
  const classes = slopeRanges(cuts).map(([from, to]) => (to === null ? `ELSE ${sqlString(code(from, to))}` : `WHEN p.pent2 < ${to} THEN ${sqlString(code(from, to))}`));
  return `CASE WHEN p.pent2 IS NULL THEN 'nr' ${classes.join(' ')} END`;
}

/** The four exposure sectors (grades, 0 = north, clockwise), each a quarter centred on its direction; north wraps round 0. */
export const EXPOSURE_SECTORS = [
  { code: 'nord', from: 350, to: 50 },
  { code: 'est', from: 50, to: 150 },
  { code: 'sud', from: 150, to: 250 },
  { code: 'ouest', from: 250, to: 350 },
] as const;

function exposureSectorsSql(): string {
  const [north, ...others] = EXPOSURE_SECTORS;
  const last = others.pop()!;
  return [
    `WHEN p.expo >= ${north.from} OR p.expo < ${north.to} THEN '${north.code}'`,
    ...others.map((s) => `WHEN p.expo < ${s.to} THEN '${s.code}'`),
    `ELSE '${last.code}'`,
  ].join(' ');
}

/**
 * Exposure class of a plot `p`, from `pent2` (%) and `expo` (grades, 0 = north): flat ground (below
 * the first slope cut) has none ('plat'); 'nr' when not recorded. The explorer's classes too.
 */
export const EXPOSURE_CLASS_SQL = `CASE WHEN p.pent2 < ${FLAT_SLOPE} THEN 'plat' WHEN p.expo IS NULL THEN 'nr'
    ${exposureSectorsSql()} END`;

/** The articles' three slope classes: below 15 %, 15 to 30 %, 30 % and more ('pente_0_15'…). */
export const TOPO_SLOPE_CUTS = [15, 30] as const;
export const topoSlopeCode = (from: number, to: number | null): string => (to === null ? `pente_${from}` : `pente_${from}_${to}`);
/** The articles' steepest class (« 30 % et plus »). */
export const STEEP_SLOPE_CLASS = topoSlopeCode(TOPO_SLOPE_CUTS.at(-1)!, null);

/** Exposure and slope class of each forest plot (the slope in the articles' classes); 'nr' when not recorded. */
export const CTE_TOPOGRAPHIE = `topo AS (
  SELECT p.idp, ${EXPOSURE_CLASS_SQL} AS exposition, ${slopeClassSql(TOPO_SLOPE_CUTS, topoSlopeCode)} AS pente
  FROM placettes p
)`;

/** Number of tree species with a free cover above zero on each plot of the campaigns that record cover. */
export const CTE_NOMBRE_ESSENCES = `nb_essences AS (
  SELECT p.idp, coalesce(k.n, 0) AS n
  FROM placettes p
  LEFT JOIN (SELECT idp, count(DISTINCT espar) AS n FROM couverts WHERE tcl > 0 GROUP BY idp) k ON k.idp = p.idp
  WHERE p.annee IN (${CAMPAGNES_COUVERTS})
)`;
