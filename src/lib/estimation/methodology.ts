// What the methodology page compares and states: IGN's published national figures (METHOD.md),
// our estimate for the comparable window, and the facts about the inputs written by the build
// (methodologie.json). Build-time only.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CALIBRATION, DEFAULT_PERIOD } from './config.ts';
import { resultsPath, type Results } from './results.ts';
import type { ResultRow } from './types.ts';

/** Facts about the inputs (see scripts/estimation/resultats.ts, methodFacts). */
export interface MethodFacts {
  /** Hold-out check of the ir5 imputation: production imputed to measured trees against their measured one, by group. */
  imputation: { groupe: string; trees: number; measured: number; imputed: number; bias: number }[];
  campaigns: {
    annee: number;
    plots: number;
    /** Forest plots with a positive design weight, and why the others have none. */
    weighted: number;
    thinned: number;
    offGrid: number;
    /** Plots whose weight is shared on a mountain node. */
    mountain: number;
    /** Σ design weights of the forest plots (ha): the campaign's uncalibrated estimate. */
    designHa: number;
    poplars: number;
    poplarsWeighted: number;
    trees: number;
    treesWithoutIr5: number;
    deadTrees: number;
    hasCouverts: boolean;
    hasDatemort: boolean;
  }[];
  allometry: { groupe: string; b: number; trees: number }[];
  /** Calibration of each window: published area of France (Σ régions) and design-weight area. */
  windows: {
    period: string;
    publishedHa: number;
    designHa: number;
    minRatio: { reg: string; value: number };
    maxRatio: { reg: string; value: number };
    published: boolean;
  }[];
}

export function loadMethodFacts(file = join(dirname(resultsPath()), 'methodologie.json')): MethodFacts {
  if (!existsSync(file)) throw new Error(`Fichier introuvable : ${file}. Lancer « npm run data:build ».`);
  return JSON.parse(readFileSync(file, 'utf8')) as MethodFacts;
}

export interface PublishedFigure {
  indicator: string;
  label: string;
  value: number;
  unit: string;
  /** Our window closest to the published one. */
  period: string;
  source: string;
  /** Why ours may differ, in French. */
  note: string;
}

const MEMENTO_2017 = 'IGN, Le mémento de l’inventaire forestier, édition 2017 (campagnes 2012 à 2016)';
const OBSERVATOIRE_IGN =
  'IGN, présentation de l’Observatoire des forêts : 2,8 milliards de tonnes de carbone dans les écosystèmes forestiers, dont 1,3 dans les arbres vivants (campagnes récentes, jusqu’à 2022)';

/** National figures published by IGN that the estimates are checked against. */
export const PUBLISHED: readonly PublishedFigure[] = [
  {
    indicator: 'surface_foret',
    label: 'Surface forestière',
    value: 16.9e6,
    unit: 'ha',
    period: '2012-2016',
    source: MEMENTO_2017,
    note: `Pas une vérification : la surface de la France est la somme des surfaces régionales publiées par l’IGN (${CALIBRATION.source}), sur lesquelles les poids sont calés, interpolées ici entre les fenêtres 2008-2012 et 2013-2017. Le mémento donne 16,9 millions d’hectares pour 2012-2016, un peu plus que cette interpolation.`,
  },
  {
    indicator: 'taux_boisement',
    label: 'Taux de boisement',
    value: 31,
    unit: '%',
    period: '2012-2016',
    source: MEMENTO_2017,
    note: 'Découle du calage ; l’écart ne tient qu’à la surface terrestre (calculée ici sur les contours Admin Express en Lambert-93) et à l’arrondi publié.',
  },
  {
    indicator: 'production',
    label: 'Production biologique',
    value: 92e6,
    unit: 'm³/an',
    period: '2012-2016',
    source: MEMENTO_2017,
    note: 'Le volume d’il y a cinq ans est déduit ici de l’accroissement radial (mesuré sous l’écorce) par une allométrie volume–circonférence ajustée sur tous les arbres du groupe d’essences, et la croissance des arbres coupés pendant les cinq ans n’est pas comptée ; l’IGN utilise ses tarifs de cubage et compte les peupleraies, exclues ici des volumes et des flux.',
  },
  {
    indicator: 'mortalite',
    label: 'Mortalité',
    value: 8.8e6,
    unit: 'm³/an',
    period: '2012-2016',
    source: MEMENTO_2017,
    note: 'Même définition en principe (arbres morts depuis cinq ans au plus, ramenés à l’année), mais seuls les arbres notés « morts depuis 5 ans ou moins » (datemort = 1) sont comptés ici : des arbres renversés sans date de mort peuvent manquer, et les peupleraies sont exclues.',
  },
  {
    indicator: 'carbone',
    label: 'Carbone des arbres vivants',
    value: 1.3e9,
    unit: 'tC',
    period: DEFAULT_PERIOD,
    source: OBSERVATOIRE_IGN,
    note: 'Le chiffre publié porte sur des campagnes plus récentes, absentes des fichiers ouverts, et l’IGN applique des facteurs par essence. Les facteurs moyens par groupe d’essences utilisés ici (en particulier l’expansion de 1,61 pour les feuillus, qui ajoute branches et menus bois au volume de la tige) en sont la première cause probable d’écart : ce stock de carbone est un ordre de grandeur, à lire avec cette réserve.',
  },
];

export interface Comparison extends PublishedFigure {
  ours: ResultRow | undefined;
  /** (ours − published) / published. */
  gap: number | null;
}

export function comparisons(results: Results): Comparison[] {
  return PUBLISHED.map((p) => {
    const ours = results.get({ level: 'france', code: 'FR', indicator: p.indicator, period: p.period });
    return { ...p, ours, gap: ours?.value == null ? null : ours.value / p.value - 1 };
  });
}
