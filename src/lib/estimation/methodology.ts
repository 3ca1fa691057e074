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
  campaigns: {
    annee: number;
    plots: number;
    trees: number;
    treesWithoutIr5: number;
    deadTrees: number;
    hasCouverts: boolean;
    hasDatemort: boolean;
  }[];
  allometry: { groupe: string; b: number; trees: number }[];
  windows: { period: string; plots: number; hectaresPerPlot: number }[];
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
    value: CALIBRATION.surfaceHa,
    unit: 'ha',
    period: '2012-2016',
    source: MEMENTO_2017,
    note: 'Égalité par construction : ce total sert au calage de la surface représentée par une placette. Ce n’est pas une vérification.',
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
    note: 'Écart dans la marge de 10 %. Le volume d’il y a cinq ans est déduit ici de l’accroissement radial par une allométrie volume–circonférence ajustée sur tous les arbres du groupe d’essences : elle suppose que la hauteur d’un arbre croît comme d’un arbre à l’autre, ce qui surestime probablement la croissance des arbres âgés. L’IGN utilise ses tarifs de cubage, ses poids de sondage, et compte les peupleraies.',
  },
  {
    indicator: 'mortalite',
    label: 'Mortalité',
    value: 8.8e6,
    unit: 'm³/an',
    period: '2012-2016',
    source: MEMENTO_2017,
    note: 'Même définition (arbres morts depuis cinq ans au plus) ; l’écart est dans l’intervalle de confiance.',
  },
  {
    indicator: 'carbone',
    label: 'Carbone des arbres vivants',
    value: 1.3e9,
    unit: 'tC',
    period: DEFAULT_PERIOD,
    source: OBSERVATOIRE_IGN,
    note: 'Écart supérieur à 10 %. Le chiffre publié porte sur des campagnes plus récentes, absentes des fichiers ouverts, et la méthode de l’IGN (facteurs par essence, poids de sondage) n’est pas celle d’ici. Nos facteurs moyens par groupe d’essences, en particulier l’expansion de 1,61 pour les feuillus qui ajoute branches et menus bois au volume de la tige, en sont la première cause probable : notre stock de carbone est un ordre de grandeur, à lire avec cette réserve.',
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
