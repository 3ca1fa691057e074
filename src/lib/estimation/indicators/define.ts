// The building blocks of the indicator catalogue: the types, `define` (metadata + breakdowns → one
// SQL query per breakdown, built by sql.ts) and the breakdowns shared by several families (totals,
// species groups, species, diameter classes). The families (area.ts, wood.ts, flows.ts, carbon.ts,
// ecology.ts) define their indicators with them; catalogue.ts lists them in order.
import { CALIBRATION, FIRST_CAMPAIGN, LAST_CAMPAIGN, TOP_SPECIES } from '../config.ts';
import { buildQuery, type CategorySpec, type EstimatorKind, type Population } from '../sql.ts';
import type { Level } from '../types.ts';

export interface Breakdown {
  /** `total` when the figure is not broken down. */
  id: string;
  /** French label of the breakdown ("par groupe d'essences"). */
  label: string;
  /** French labels of the fixed categories; species come from `especes.nom_fr`. */
  categoryLabels: Readonly<Record<string, string>>;
  /** The SQL computing this breakdown for every territory and window ($1, $2: first and last campaign). */
  sql: string;
  /** Computed by the explorer only, not published in resultats.parquet. */
  explorerOnly: boolean;
  /** The levels whose rows resultats.parquet keeps (all when absent): the pages need no more. */
  publishedLevels?: readonly Level[];
}

export interface Indicator {
  id: string;
  label: string;
  unit: string;
  /** One sentence for readers. */
  description: string;
  /** How it is computed, in plain French (formula included). */
  method: string;
  sources: readonly string[];
  kind: EstimatorKind;
  breakdowns: readonly Breakdown[];
}

export const SOURCE_IFN = `IGN, Inventaire forestier national, données brutes des campagnes annuelles ${FIRST_CAMPAIGN} à ${LAST_CAMPAIGN} (Licence Ouverte / Etalab 2.0)`;
export const SOURCE_CALAGE = `${CALIBRATION.source} : ${CALIBRATION.label} ; totaux sur lesquels les poids sont calés`;
export const SOURCE_TERRITOIRES = 'IGN Admin Express (COG 2018) et couches SER / GRECO de l’IGN : surfaces calculées en Lambert-93';

export interface BreakdownDef {
  id: string;
  label: string;
  categories: CategorySpec;
  categoryLabels?: Record<string, string>;
  ctes: readonly string[];
  x: string;
  y: string;
  /** `x` gives one denominator per category (`SELECT idp, category, x`): see sql.ts. */
  xByCategory?: boolean;
  /**
   * Offered by the explorer, which computes it in the browser, but not run by the build: keeps the
   * build's estimation time and resultats.parquet to what the pages publish.
   */
  explorerOnly?: boolean;
  publishedLevels?: readonly Level[];
}

export interface IndicatorDef extends Omit<Indicator, 'breakdowns'> {
  scale?: number;
  max?: number;
  /** Forest plots only (default), or forest and poplar plots (areas and their breakdowns). */
  population?: Population;
  /** A proportion of the points (Wilson interval). */
  share?: boolean;
  /** May be negative (a balance of flows): the interval is not clipped at 0. */
  signed?: boolean;
  breakdowns: BreakdownDef[];
}

export function define(d: IndicatorDef): Indicator {
  const { scale = 1, max, population = 'foret', share = false, signed = false, breakdowns, ...meta } = d;
  return {
    ...meta,
    breakdowns: breakdowns.map((b) => ({
      id: b.id,
      label: b.label,
      explorerOnly: b.explorerOnly ?? false,
      categoryLabels: b.categoryLabels ?? {},
      ...(b.publishedLevels ? { publishedLevels: b.publishedLevels } : {}),
      sql: buildQuery({
        indicator: d.id,
        breakdown: b.id,
        unit: d.unit,
        kind: d.kind,
        scale,
        ...(max === undefined ? {} : { max }),
        population,
        share,
        signed,
        ctes: b.ctes,
        x: b.x,
        y: b.y,
        ...(b.xByCategory ? { xByCategory: true } : {}),
        categories: b.categories,
      }),
    })),
  };
}

export const TOTAL: CategorySpec = { type: 'total' };
const GROUPE: CategorySpec = { type: 'fixed', categories: ['feuillu', 'resineux'] };
// A species is named where enough plots carry it for its figure to pass the significance rule in a
// five-campaign window (about a third of the campaigns computed): at least 20 plots for a share,
// 40 for a volume (measured on the 2015-2019 results: below these counts almost none is significant).
export const ESPECE_MIN_PLOTS = 3 * 40;
const ESPECE: CategorySpec = { type: 'top', top: TOP_SPECIES, keep: [], minPlots: ESPECE_MIN_PLOTS };

const GROUPE_LABELS = { feuillu: 'Feuillus', resineux: 'Résineux', indetermine: 'Essence non rattachée' };
export const ESPECE_LABELS = { autres: 'Autres essences', autres_feuillus: 'Autres feuillus', autres_resineux: 'Autres résineux' };

/** Sum of a tree-level CTE per plot, as `total` or by a column of it. */
export const perPlot = (cte: string, by: string | null, col = 'y'): string =>
  by === null
    ? `SELECT idp, 'total' AS category, sum(${col}) AS y FROM ${cte} GROUP BY idp`
    : `SELECT idp, ${by} AS category, sum(${col}) AS y FROM ${cte} GROUP BY idp, ${by}`;

/** The « Total » breakdown of a per-tree variable (volume, production, mortality…), summed by plot. */
export function treeTotal(variable: string, ctes: readonly string[], x: string): BreakdownDef {
  return { id: 'total', label: 'Total', categories: TOTAL, ctes, x, y: perPlot(variable, null) };
}
/** A tree variable's figure by species group (`cte` has columns idp, groupe, y). */
export const byGroup = (cte: string, ctes: readonly string[], x: string, explorerOnly = false): BreakdownDef => ({
  id: 'groupe', label: 'par groupe d’essences', categories: GROUPE, categoryLabels: GROUPE_LABELS, ctes, x, y: perPlot(cte, 'groupe'), explorerOnly,
});
/** … by species (`cte` has an espar column): the most common named, the others grouped. */
export const bySpecies = (cte: string, ctes: readonly string[], x: string, explorerOnly = false): BreakdownDef => ({
  id: 'espece', label: 'par essence', categories: ESPECE, categoryLabels: ESPECE_LABELS, ctes, x, y: perPlot(cte, 'espar'), explorerOnly,
});
/** … by 5-cm diameter class (`cte` has a classe column). */
export const byDiameter = (cte: string, ctes: readonly string[], x: string, explorerOnly = false): BreakdownDef => ({
  id: 'classe_diametre', label: 'par classe de diamètre', categories: { type: 'open' }, ctes, x, y: perPlot(cte, 'classe'), explorerOnly,
});
