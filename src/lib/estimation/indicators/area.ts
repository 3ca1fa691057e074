// Area indicators: forest area and taux de boisement, and the forest by composition and by main
// species (areas and shares, each breakdown shared by the two). Forest and poplar plots.
import { TOP_SPECIES } from '../config.ts';
import type { CategorySpec } from '../sql.ts';
import { CTES_COMPOSITION, CTE_ESSENCE, X_COUVERTS, X_POINTS } from '../variables.ts';
import { SOURCE_CALAGE, SOURCE_IFN, SOURCE_TERRITOIRES, TOTAL, define, type BreakdownDef, type Indicator } from './define.ts';

const COMPOSITION: CategorySpec = { type: 'fixed', categories: ['feuillus', 'resineux', 'mixte', 'indetermine', 'peupleraie'] };
// Named where at least 20 plots per window carry it (see ESPECE in define.ts).
const ESSENCE: CategorySpec = { type: 'top', top: TOP_SPECIES, keep: ['indetermine', 'peupleraie'], minPlots: 3 * 20 };

export const COMPOSITION_LABELS = {
  feuillus: 'Feuillus (≥ 75 % du couvert)',
  resineux: 'Résineux (≥ 75 % du couvert)',
  mixte: 'Mixte',
  indetermine: 'Sans couvert d’arbres recensé',
  peupleraie: 'Peupleraies cultivées',
};
const ESSENCE_LABELS = { autres: 'Autres essences', autres_feuillus: 'Autres feuillus', autres_resineux: 'Autres résineux', indetermine: 'Sans couvert d’arbres recensé', peupleraie: 'Peupleraies cultivées' };

const Y_FORET = `SELECT idp, 'total' AS category, x AS y FROM (${X_POINTS}) AS p`;
const Y_COMPOSITION = `SELECT idp, category, 1.0 AS y FROM composition`;
const Y_ESSENCE = `SELECT idp, category, 1.0 AS y FROM essence`;

const AREA_METHOD =
  'Chaque point d’inventaire (forêt ou peupleraie) porte un poids de sondage, la surface qu’il représente dans sa campagne, reconstitué à partir de la grille d’échantillonnage. Sur une fenêtre de cinq campagnes, les poids sont calés région par région pour que la surface de chaque région égale celle publiée par l’IGN (interpolée entre ses fenêtres publiées). Surface = somme des poids calés des points du territoire.';

/** The breakdowns of the area indicators, each shared by the total (ha) and the share (%). */
const AREA_TOTAL: BreakdownDef = { id: 'total', label: 'Total', categories: TOTAL, ctes: [], x: X_POINTS, y: Y_FORET };
const BY_COMPOSITION: BreakdownDef = { id: 'composition', label: 'par composition', categories: COMPOSITION, categoryLabels: COMPOSITION_LABELS, ctes: CTES_COMPOSITION, x: X_COUVERTS, y: Y_COMPOSITION };
const BY_MAIN_SPECIES: BreakdownDef = { id: 'essence', label: 'par essence principale', categories: ESSENCE, categoryLabels: ESSENCE_LABELS, ctes: [CTE_ESSENCE], x: X_COUVERTS, y: Y_ESSENCE };

export const AREA_INDICATORS: readonly Indicator[] = [
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
];
