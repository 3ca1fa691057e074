// Over 400 lines: the list of twenty indicator definitions, each mostly French text; the shared parts are defined once above it.
// The indicator catalogue: for each indicator its id, French label, unit, description, method,
// sources, breakdowns and the SQL that computes it (one query per breakdown). The same SQL text
// serves the build (DuckDB under Node) and the browser (DuckDB-WASM). See /methodologie.
import { CALIBRATION, TOP_SPECIES } from './config.ts';
import { CO2_PER_C, FACTOR_SOURCES, GROUP_FACTORS } from './factors.ts';
import { formatNumber } from '../format/numbers.ts';
import { buildQuery, type CategorySpec, type EstimatorKind, type Population } from './sql.ts';
import { orderedAggregates } from './ordered.ts';
import {
  CAMPAGNES_DATEMORT,
  CTES_CARBONE,
  CTES_COMPOSITION,
  CTE_ESSENCE,
  CTE_MORTALITE,
  CTE_VOLUME,
  SETUP_PRODUCTION,
  X_ALL,
  X_COUVERTS,
  X_POINTS,
  X_DATEMORT,
  X_VOLUME_DATEMORT,
} from './variables.ts';

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

export const SOURCE_IFN =
  'IGN, Inventaire forestier national, données brutes des campagnes annuelles 2005 à 2019 (Licence Ouverte / Etalab 2.0)';
export const SOURCE_CALAGE = `${CALIBRATION.source} : ${CALIBRATION.label} ; totaux sur lesquels les poids sont calés`;
const SOURCE_TERRITOIRES = 'IGN Admin Express (COG 2018) et couches SER / GRECO de l’IGN : surfaces calculées en Lambert-93';

/** Categories that gather the species not named in a territory (see ESSENCE and ESPECE below). */
export const REST_CATEGORIES: readonly string[] = ['autres_feuillus', 'autres_resineux', 'autres'];

export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  total: 'Total',
  feuillus: 'Feuillus',
  resineux: 'Résineux',
  mixte: 'Mixte',
  feuillu: 'Feuillus',
  indetermine: 'Indéterminé',
  autres: 'Autres essences',
  autres_feuillus: 'Autres feuillus',
  autres_resineux: 'Autres résineux',
  aerien: 'Partie aérienne',
  racinaire: 'Racines',
  peupleraie: 'Peupleraies cultivées',
};

const COMPOSITION_LABELS = {
  feuillus: 'Feuillus (≥ 75 % du couvert)',
  resineux: 'Résineux (≥ 75 % du couvert)',
  mixte: 'Mixte',
  indetermine: 'Sans couvert d’arbres recensé',
  peupleraie: 'Peupleraies cultivées',
};
const ESSENCE_LABELS = { autres: 'Autres essences', autres_feuillus: 'Autres feuillus', autres_resineux: 'Autres résineux', indetermine: 'Sans couvert d’arbres recensé', peupleraie: 'Peupleraies cultivées' };
const GROUPE_LABELS = { feuillu: 'Feuillus', resineux: 'Résineux', indetermine: 'Essence non rattachée' };
const ESPECE_LABELS = { autres: 'Autres essences', autres_feuillus: 'Autres feuillus', autres_resineux: 'Autres résineux' };
const COMPARTIMENT_LABELS = { aerien: 'Partie aérienne', racinaire: 'Racines' };
const MORTALITE_LABELS = { mort_sur_pied: 'Morts sur pied, cassés ou non', chablis: 'Chablis (arbres renversés)' };

interface BreakdownDef {
  id: string;
  label: string;
  categories: CategorySpec;
  categoryLabels?: Record<string, string>;
  ctes: readonly string[];
  x: string;
  y: string;
  /**
   * Offered by the explorer, which computes it in the browser, but not run by the build: keeps the
   * build's estimation time and resultats.parquet to what the pages publish.
   */
  explorerOnly?: boolean;
}

interface IndicatorDef extends Omit<Indicator, 'breakdowns'> {
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

function define(d: IndicatorDef): Indicator {
  const { scale = 1, max, population = 'foret', share = false, signed = false, breakdowns, ...meta } = d;
  return {
    ...meta,
    breakdowns: breakdowns.map((b) => ({
      id: b.id,
      label: b.label,
      explorerOnly: b.explorerOnly ?? false,
      categoryLabels: b.categoryLabels ?? {},
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
        categories: b.categories,
      }),
    })),
  };
}

const TOTAL: CategorySpec = { type: 'total' };
const COMPOSITION: CategorySpec = { type: 'fixed', categories: ['feuillus', 'resineux', 'mixte', 'indetermine', 'peupleraie'] };
const GROUPE: CategorySpec = { type: 'fixed', categories: ['feuillu', 'resineux'] };
// A species is named where enough plots carry it for its figure to pass the significance rule in a
// five-campaign window (about a third of the campaigns computed): at least 20 plots for a share,
// 40 for a volume (measured on the 2015-2019 results: below these counts almost none is significant).
const ESSENCE: CategorySpec = { type: 'top', top: TOP_SPECIES, keep: ['indetermine', 'peupleraie'], minPlots: 3 * 20 };
const ESPECE: CategorySpec = { type: 'top', top: TOP_SPECIES, keep: [], minPlots: 3 * 40 };

const Y_FORET = `SELECT idp, 'total' AS category, x AS y FROM (${X_POINTS}) AS p`;
const Y_COMPOSITION = `SELECT idp, category, 1.0 AS y FROM composition`;
const Y_ESSENCE = `SELECT idp, category, 1.0 AS y FROM essence`;
/** Sum of a tree-level CTE per plot, as `total` or by a column of it. */
const perPlot = (cte: string, by: string | null, col = 'y'): string =>
  by === null
    ? `SELECT idp, 'total' AS category, sum(${col}) AS y FROM ${cte} GROUP BY idp`
    : `SELECT idp, ${by} AS category, sum(${col}) AS y FROM ${cte} GROUP BY idp, ${by}`;

/** A tree variable's figure by species group (`cte` has columns idp, groupe, y). */
const byGroup = (cte: string, ctes: readonly string[], x: string, explorerOnly = false): BreakdownDef => ({
  id: 'groupe', label: 'par groupe d’essences', categories: GROUPE, categoryLabels: GROUPE_LABELS, ctes, x, y: perPlot(cte, 'groupe'), explorerOnly,
});
/** … by species (`cte` has an espar column): the most common named, the others grouped. */
const bySpecies = (cte: string, ctes: readonly string[], x: string, explorerOnly = false): BreakdownDef => ({
  id: 'espece', label: 'par essence', categories: ESPECE, categoryLabels: ESPECE_LABELS, ctes, x, y: perPlot(cte, 'espar'), explorerOnly,
});
/** … by 5-cm diameter class (`cte` has a classe column). */
const byDiameter = (cte: string, ctes: readonly string[], x: string, explorerOnly = false): BreakdownDef => ({
  id: 'classe_diametre', label: 'par classe de diamètre', categories: { type: 'open' }, ctes, x, y: perPlot(cte, 'classe'), explorerOnly,
});

/** Sources of the carbon factors (factors.ts). */
const CARBON_SOURCES = [FACTOR_SOURCES.ign_dupouey, FACTOR_SOURCES.giec_4_14, FACTOR_SOURCES.citepa, FACTOR_SOURCES.ign_cst_2025];
const fr = (x: number) => formatNumber(x, { decimals: x === Math.round(x * 100) / 100 ? 2 : 3 });
const CARBON_METHOD = `Par arbre : C aérien = v × w × facteur d’expansion du groupe × infradensité de l’essence (à défaut, du groupe) × fraction de carbone ; racines = C aérien × rapport racinaire du groupe. Feuillus : expansion ${fr(GROUP_FACTORS.feuillu.bef)}, racines ${fr(GROUP_FACTORS.feuillu.rootRatio)}, fraction de carbone ${fr(GROUP_FACTORS.feuillu.carbonFraction)} ; résineux : ${fr(GROUP_FACTORS.resineux.bef)}, ${fr(GROUP_FACTORS.resineux.rootRatio)}, ${fr(GROUP_FACTORS.resineux.carbonFraction)} ; infradensités par essence (table de la page Méthodologie).`;

/** Annual mortality per plot, on the campaigns that record the date of death (mortality and its rate per hectare). */
/** The « Total » breakdown of a per-tree variable (volume, production, mortality…), summed by plot. */
function treeTotal(variable: string, ctes: readonly string[], x: string): BreakdownDef {
  return { id: 'total', label: 'Total', categories: TOTAL, ctes, x, y: perPlot(variable, null) };
}

const MORTALITE_TOTAL = treeTotal('mortalite_arbre', [CTE_MORTALITE], X_DATEMORT);

/** Trees' carbon needs their volume and the carbon factors; its total sums the aerial and root parts. */
const CARBON_CTES = [CTE_VOLUME, ...CTES_CARBONE];
const CARBON_TOTAL: BreakdownDef = {
  id: 'total',
  label: 'Total',
  categories: TOTAL,
  ctes: CARBON_CTES,
  x: X_ALL,
  y: `SELECT idp, 'total' AS category, sum(aerien + racinaire) AS y FROM carbone_arbre GROUP BY idp`,
};

const AREA_METHOD =
  'Chaque point d’inventaire (forêt ou peupleraie) porte un poids de sondage, la surface qu’il représente dans sa campagne, reconstitué à partir de la grille d’échantillonnage. Sur une fenêtre de cinq campagnes, les poids sont calés région par région pour que la surface de chaque région égale celle publiée par l’IGN (interpolée entre ses fenêtres publiées). Surface = somme des poids calés des points du territoire.';

/**
 * Statements to run once on a connection, after loading the tables and before any indicator
 * query: they build derived tables (`production_arbre`) that several indicators read. Same text
 * in both engines; rerun them if the tables are reloaded.
 */
export const SETUP_SQL: readonly string[] = [SETUP_PRODUCTION].map(orderedAggregates);

/** The breakdowns of the area indicators, each shared by the total (ha) and the share (%). */
const AREA_TOTAL: BreakdownDef = { id: 'total', label: 'Total', categories: TOTAL, ctes: [], x: X_POINTS, y: Y_FORET };
const BY_COMPOSITION: BreakdownDef = { id: 'composition', label: 'par composition', categories: COMPOSITION, categoryLabels: COMPOSITION_LABELS, ctes: CTES_COMPOSITION, x: X_COUVERTS, y: Y_COMPOSITION };
const BY_MAIN_SPECIES: BreakdownDef = { id: 'essence', label: 'par essence principale', categories: ESSENCE, categoryLabels: ESSENCE_LABELS, ctes: [CTE_ESSENCE], x: X_COUVERTS, y: Y_ESSENCE };

export const INDICATORS: readonly Indicator[] = [
  define({
    id: 'surface_foret',
    population: 'foret_et_peupleraies',
    label: 'Surface forestière',
    unit: 'ha',
    description: 'Surface couverte par la forêt, peupleraies cultivées comprises (définition de l’IGN), en hectares.',
    method: `${AREA_METHOD} Intervalle : variance linéarisée de l’estimateur calé (part du territoire dans les poids de sa région, binomiale au sein de chaque département). Pour une région ou la France, la surface est celle publiée par l’IGN, par construction : elle n’a pas d’intervalle propre.`,
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [AREA_TOTAL],
  }),
  define({
    id: 'taux_boisement',
    population: 'foret_et_peupleraies',
    label: 'Taux de boisement',
    unit: '%',
    description: 'Part de la surface terrestre du territoire couverte par la forêt.',
    method: 'Surface forestière (peupleraies comprises) ÷ surface terrestre du territoire (calculée en Lambert-93) × 100.',
    sources: [SOURCE_IFN, SOURCE_CALAGE, SOURCE_TERRITOIRES],
    kind: 'taux',
    scale: 100,
    max: 100,
    breakdowns: [AREA_TOTAL],
  }),
  define({
    id: 'surface_composition',
    population: 'foret_et_peupleraies',
    label: 'Surface par composition (feuillus, résineux, mixte)',
    unit: 'ha',
    description: 'Surface des peuplements feuillus, résineux et mixtes, des peupleraies et des surfaces sans couvert d’arbres recensé.',
    method:
      'Composition d’une placette : part des résineux dans le taux de couvert libre (tcl) des essences recensées ; ≥ 75 % résineux, ≤ 25 % feuillus, entre les deux mixte ; « sans couvert d’arbres recensé » quand aucun couvert n’est relevé (coupe rase, jeune peuplement) ; les points peupleraie forment leur propre catégorie. Surface = surface forestière × part pondérée des points de la catégorie (campagnes qui relèvent le couvert, 2006 et après).',
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [BY_COMPOSITION],
  }),
  define({
    id: 'part_composition',
    population: 'foret_et_peupleraies',
    share: true,
    label: 'Part de la surface forestière par composition',
    unit: '%',
    description: 'Part des peuplements feuillus, résineux et mixtes, des peupleraies et des surfaces sans couvert d’arbres recensé dans la surface forestière.',
    method:
      'Estimateur de Hájek : somme des poids calés des points de la catégorie ÷ somme des poids des points des campagnes qui relèvent le couvert (2006 et après) × 100. Intervalle de Wilson avec la taille d’échantillon effective du plan, qui garde une largeur aux parts de 0 % ou 100 %. Les parts d’un territoire somment à 100 %.',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    scale: 100,
    max: 100,
    breakdowns: [BY_COMPOSITION],
  }),
  define({
    id: 'surface_essence',
    population: 'foret_et_peupleraies',
    label: 'Surface par essence principale',
    unit: 'ha',
    description: `Surface des peuplements selon leur essence principale : les ${TOP_SPECIES} premières du territoire parmi celles qu’assez de placettes portent (au moins 60 sur l’ensemble des campagnes), les autres regroupées en autres feuillus et autres résineux.`,
    method:
      'Essence principale d’une placette : l’essence au plus fort taux de couvert libre (tcl) ; les points peupleraie forment leur propre catégorie. Surface = surface forestière × part pondérée des points dont c’est l’essence principale (campagnes 2006 et après).',
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [BY_MAIN_SPECIES],
  }),
  define({
    id: 'part_essence',
    population: 'foret_et_peupleraies',
    share: true,
    label: 'Part de la surface forestière par essence principale',
    unit: '%',
    description: 'Part de la surface forestière dominée par chaque essence.',
    method: 'Estimateur de Hájek : somme des poids calés des points dont c’est l’essence principale ÷ somme des poids des points des campagnes 2006 et après × 100 ; intervalle de Wilson (taille d’échantillon effective du plan).',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    scale: 100,
    max: 100,
    breakdowns: [BY_MAIN_SPECIES],
  }),
  define({
    id: 'volume',
    label: 'Volume de bois sur pied',
    unit: 'm³',
    description: 'Volume « bois fort tige » des arbres vivants (tige jusqu’à 7 cm de diamètre, arbres de 7,5 cm de diamètre et plus).',
    method:
      'Volume à l’hectare d’une placette = Σ v × w sur ses arbres vifs ; moyenne pondérée par les poids calés sur les placettes forêt du territoire (estimateur de Hájek) × surface forestière hors peupleraies. Variance : somme des variances du volume à l’hectare et de la surface.',
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [
      treeTotal('volume_arbre', [CTE_VOLUME], X_ALL),
      byGroup('volume_arbre', [CTE_VOLUME], X_ALL),
      bySpecies('volume_arbre', [CTE_VOLUME], X_ALL),
      byDiameter('volume_arbre', [CTE_VOLUME], X_ALL),
    ],
  }),
  define({
    id: 'volume_ha',
    label: 'Volume de bois sur pied à l’hectare',
    unit: 'm³/ha',
    description: 'Volume « bois fort tige » moyen par hectare de forêt.',
    method: 'Estimateur de Hájek : Σ poids calé × volume à l’hectare de la placette ÷ Σ poids calés des placettes forêt (hors peupleraies) ; variance linéarisée.',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    breakdowns: [
      treeTotal('volume_arbre', [CTE_VOLUME], X_ALL),
      byGroup('volume_arbre', [CTE_VOLUME], X_ALL),
      bySpecies('volume_arbre', [CTE_VOLUME], X_ALL, true),
      byDiameter('volume_arbre', [CTE_VOLUME], X_ALL, true),
    ],
  }),
  define({
    id: 'production',
    label: 'Production biologique annuelle',
    unit: 'm³/an',
    description: 'Accroissement annuel en volume des arbres vivants, recrutement compris.',
    method:
      'Par arbre : circonférence il y a 5 ans c₀ = c13 − 2π·ir5 / k, où ir5 est l’accroissement radial mesuré sur le bois (sous l’écorce) et k le rapport des diamètres sous et sur écorce de l’essence (résineux : 0,87 à 0,95 ; 1 à défaut de valeur publiée) ; volume il y a 5 ans v₀ = v·(c₀/c13)^b (b : pente de ln v sur ln c13 dans le groupe d’essences), nul si c₀ < 23,5 cm (arbre recruté) ; production = w·(v − v₀)/5. ir5 manquant (arbres simplifiés) imputé par la moyenne des arbres mesurés de même essence et classe de dimension (même placette, sinon même GRECO, sinon France). Puis moyenne pondérée par les poids calés (estimateur de Hájek) × surface forestière hors peupleraies.',
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [
      treeTotal('production_arbre', [], X_ALL),
      byGroup('production_arbre', [], X_ALL),
      bySpecies('production_arbre', [], X_ALL, true),
    ],
  }),
  define({
    id: 'production_ha',
    label: 'Production biologique annuelle à l’hectare',
    unit: 'm³/ha/an',
    description: 'Accroissement annuel en volume par hectare de forêt.',
    method: 'Production par placette (voir « Production biologique annuelle ») ; moyenne pondérée par les poids calés sur les placettes forêt du territoire (estimateur de Hájek).',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    breakdowns: [
      treeTotal('production_arbre', [], X_ALL),
      byGroup('production_arbre', [], X_ALL, true),
      bySpecies('production_arbre', [], X_ALL, true),
    ],
  }),
  define({
    id: 'mortalite',
    label: 'Mortalité annuelle',
    unit: 'm³/an',
    description: 'Volume des arbres morts depuis cinq ans au plus, chablis compris, ramené à l’année.',
    method:
      'Par placette : Σ v × w / 5 sur les arbres morts depuis 5 ans ou moins : morts sur pied, cassés ou non, notés datemort = 1, et chablis (arbres renversés, relevés seulement s’ils sont tombés depuis moins de 5 ans). Seules les campagnes qui relèvent datemort (2008 et après) entrent dans le calcul : la somme pondérée de leurs placettes est rapportée à la part de la surface qu’elles représentent dans la fenêtre, ce qui garde les territoires additifs.',
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [
      MORTALITE_TOTAL,
      byGroup('mortalite_arbre', [CTE_MORTALITE], X_DATEMORT),
      bySpecies('mortalite_arbre', [CTE_MORTALITE], X_DATEMORT, true),
      {
        id: 'type',
        label: 'par type de mort',
        categories: { type: 'fixed', categories: ['mort_sur_pied', 'chablis'] },
        categoryLabels: MORTALITE_LABELS,
        ctes: [CTE_MORTALITE],
        x: X_DATEMORT,
        y: perPlot('mortalite_arbre', 'type'),
      },
    ],
  }),
  define({
    id: 'mortalite_ha',
    label: 'Mortalité annuelle à l’hectare',
    unit: 'm³/ha/an',
    description: 'Volume des arbres morts depuis cinq ans au plus, chablis compris, ramené à l’année et à l’hectare de forêt.',
    method: 'Mortalité par placette (voir « Mortalité annuelle ») ; moyenne pondérée par les poids calés sur les placettes forêt des campagnes qui relèvent datemort (estimateur de Hájek).',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    breakdowns: [
      MORTALITE_TOTAL,
      byGroup('mortalite_arbre', [CTE_MORTALITE], X_DATEMORT, true),
      bySpecies('mortalite_arbre', [CTE_MORTALITE], X_DATEMORT, true),
    ],
  }),
  define({
    id: 'taux_mortalite',
    label: 'Taux de mortalité annuel',
    unit: '%/an',
    description: 'Mortalité annuelle rapportée au volume sur pied.',
    method: 'Σ poids calé × mortalité annuelle ÷ Σ poids calé × volume sur pied, sur les placettes des campagnes qui relèvent datemort, × 100.',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    scale: 100,
    breakdowns: [
      treeTotal('mortalite_arbre', [CTE_VOLUME, CTE_MORTALITE], X_VOLUME_DATEMORT),
    ],
  }),
  define({
    id: 'bilan_flux',
    label: 'Production moins mortalité',
    unit: 'm³/an',
    signed: true,
    description:
      'Ce que la production biologique ajoute chaque année au volume sur pied, une fois retirés les arbres morts ; les prélèvements (coupes) ne sont pas déduits : les fichiers de première visite ne permettent pas de les mesurer.',
    method:
      'Par placette : production biologique annuelle − mortalité annuelle (voir ces deux indicateurs), sur les campagnes qui relèvent la date de mort (2008 et après) ; somme pondérée rapportée à la part de la surface de ces campagnes dans la fenêtre. Intervalle : variance linéarisée de la différence, calculée placette par placette (elle tient compte de ce que production et mortalité viennent des mêmes placettes). Peut être négatif.',
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [
      {
        id: 'total',
        label: 'Total',
        categories: TOTAL,
        ctes: [CTE_MORTALITE],
        x: X_DATEMORT,
        // production only on the plots of the campaigns that record datemort, like mortality
        y: `SELECT f.idp, 'total' AS category, sum(f.y) AS y FROM (
    SELECT idp, y FROM production_arbre UNION ALL SELECT idp, -y AS y FROM mortalite_arbre
  ) AS f JOIN placettes p ON p.idp = f.idp
  WHERE p.annee IN (${CAMPAGNES_DATEMORT})
  GROUP BY f.idp`,
      },
    ],
  }),
  define({
    id: 'carbone',
    label: 'Carbone des arbres vivants',
    unit: 'tC',
    description: 'Carbone contenu dans les arbres vivants recensables, parties aériennes et racines.',
    method: `${CARBON_METHOD} Puis moyenne pondérée par les poids calés (estimateur de Hájek) × surface forestière hors peupleraies.`,
    sources: [SOURCE_IFN, SOURCE_CALAGE, ...CARBON_SOURCES],
    kind: 'total',
    breakdowns: [
      CARBON_TOTAL,
      {
        id: 'compartiment',
        label: 'par compartiment',
        categories: { type: 'fixed', categories: ['aerien', 'racinaire'] },
        categoryLabels: COMPARTIMENT_LABELS,
        ctes: CARBON_CTES,
        x: X_ALL,
        y: `SELECT idp, 'aerien' AS category, sum(aerien) AS y FROM carbone_arbre GROUP BY idp
  UNION ALL SELECT idp, 'racinaire' AS category, sum(racinaire) AS y FROM carbone_arbre GROUP BY idp`,
      },
      byGroup('carbone_arbre', CARBON_CTES, X_ALL, true),
      bySpecies('carbone_arbre', CARBON_CTES, X_ALL, true),
    ],
  }),
  define({
    id: 'carbone_co2e',
    label: 'Carbone des arbres vivants en équivalent CO₂',
    unit: 't CO₂e',
    description: 'Le même stock de carbone exprimé en tonnes de CO₂ (× 44/12).',
    method: 'Carbone des arbres vivants (parties aériennes et racines) × 44/12.',
    sources: [SOURCE_IFN, SOURCE_CALAGE, ...CARBON_SOURCES],
    kind: 'total',
    scale: CO2_PER_C,
    breakdowns: [
      CARBON_TOTAL,
    ],
  }),
  define({
    id: 'carbone_ha',
    label: 'Carbone des arbres vivants à l’hectare',
    unit: 'tC/ha',
    description: 'Carbone des arbres vivants (parties aériennes et racines) par hectare de forêt.',
    method: 'Carbone par placette ; moyenne pondérée par les poids calés sur les placettes forêt du territoire (estimateur de Hájek).',
    sources: [SOURCE_IFN, ...CARBON_SOURCES],
    kind: 'ratio',
    breakdowns: [
      CARBON_TOTAL,
      byGroup('carbone_arbre', CARBON_CTES, X_ALL, true),
      bySpecies('carbone_arbre', CARBON_CTES, X_ALL, true),
    ],
  }),
];

/** The indicator with this id; throws a clear error for an unknown id. */
export function indicator(id: string): Indicator {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(`Indicateur inconnu : « ${id} » (connus : ${INDICATORS.map((i) => i.id).join(', ')})`);
  return found;
}

/** French label of a category of a breakdown, species names aside. */
export function categoryLabel(indicatorId: string, breakdownId: string, category: string): string | undefined {
  const b = indicator(indicatorId).breakdowns.find((x) => x.id === breakdownId);
  return b?.categoryLabels[category] ?? CATEGORY_LABELS[category];
}
