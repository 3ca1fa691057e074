// What the methodology page compares and states: IGN's published national figures (METHOD.md),
// our estimate for the comparable window, and the facts about the inputs written by the build
// (methodologie.json). Build-time only.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CALIBRATION, DEFAULT_PERIOD, windowYears } from './config.ts';
import { resultsPath, type Results } from './results.ts';
import type { ComparableChablisShare, ComparableFigure } from './regional.ts';
import type { ResultRow } from './types.ts';
import { LIVE_CHABLIS_VEGET } from './variables.ts';

/** Facts about the inputs (see scripts/estimation/methodologie.ts, methodFacts). */
export interface MethodFacts {
  /** Hold-out check of the ir5 imputation: production imputed to measured trees against their measured one, by group. */
  imputation: { groupe: string; trees: number; measured: number; imputed: number; bias: number }[];
  /** Per-hectare figures of France and the régions on IGN's published definition (regional.ts). */
  comparable: ComparableFigure[];
  /** Share of chablis in the mortality of France and each région, on the same definition. */
  comparableChablisShares: ComparableChablisShare[];
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
    /** veget codes of the chablis recorded (A: alive or dead; 1, from 2019: alive only). */
    chablisCodes: string[];
    /** Median weight of the dead trees (tiges/ha): ≈ 14.1 where they were recorded on the whole 15 m circle. */
    deadWeight: number;
    /** Chablis volume per hectare and year (m³/ha/an), design weights, forest plots of the campaign. */
    chablisHa: number;
    /** The same for the standing trees dead 5 years or less (datemort = 1; 0 in 2005–2007, left out). */
    standingHa: number;
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

type CampaignFacts = MethodFacts['campaigns'][number];

/** What the 2019 protocol change (only live chablis recorded) does to a window's mortality per hectare. */
export interface LiveChablisEffect {
  /** Campaigns of the window that record only live chablis, and the others. */
  liveOnly: number[];
  others: number[];
  /** Mean chablis volume per hectare and year of each set (m³/ha/an). */
  liveOnlyHa: number;
  othersHa: number;
  /** How much higher the window's mortality per hectare would be had those campaigns had the others' mean (share). */
  shortfall: number;
}

/**
 * From 2019 the inventory records only the windthrown trees still alive (LIVE_CHABLIS_VEGET), no longer
 * the dead ones. For a window holding such campaigns, their chablis per hectare are set against the
 * mean of the window's other campaigns; the difference, spread over the window, is compared with its
 * mortality per hectare. An order of magnitude (the chablis of one year are not those of another),
 * not a correction. Null when the window has no such campaign.
 */
export function liveChablisEffect(campaigns: readonly CampaignFacts[], period: string, mortalityHa: number): LiveChablisEffect | null {
  const [first, last] = windowYears(period);
  // The campaigns mortality is computed on (those that record the date of death).
  const inWindow = campaigns.filter((c) => c.annee >= first && c.annee <= last && c.hasDatemort);
  const isLiveOnly = (c: CampaignFacts) => c.chablisCodes.length === 1 && c.chablisCodes[0] === LIVE_CHABLIS_VEGET;
  const liveOnly = inWindow.filter(isLiveOnly);
  const others = inWindow.filter((c) => !isLiveOnly(c));
  if (liveOnly.length === 0 || others.length === 0 || !(mortalityHa > 0)) return null;
  const mean = (xs: readonly CampaignFacts[]) => xs.reduce((s, c) => s + c.chablisHa, 0) / xs.length;
  const liveOnlyHa = mean(liveOnly);
  const othersHa = mean(others);
  return {
    liveOnly: liveOnly.map((c) => c.annee),
    others: others.map((c) => c.annee),
    liveOnlyHa,
    othersHa,
    shortfall: ((othersHa - liveOnlyHa) * liveOnly.length) / inWindow.length / mortalityHa,
  };
}

/** Weight of a tree recorded on a circle of radius r metres (tiges/ha): 10 000 m² ÷ π r². */
export const circleWeight = (radius: number): number => 10_000 / (Math.PI * radius ** 2);

/** How the dead trees were sampled, read off their weights, as the methodology page tells it. */
export interface DeadTreeSampling {
  /** Campaigns that recorded dead trees on the whole 15 m circle, and on the concentric circles. */
  wholeCircle: CampaignFacts[];
  concentric: CampaignFacts[];
  /** The last whole-circle campaign that dates deaths, and the first concentric one that does. */
  lastWhole: CampaignFacts;
  firstConcentric: CampaignFacts;
  /** The undated campaign just before lastWhole, if any (only recent deaths recorded then). */
  undatedBefore: CampaignFacts | undefined;
  /** Range of the standing mortality per hectare (m³/ha/an) of the dated concentric campaigns. */
  laterStanding: { min: number; max: number };
}

/**
 * Reads the sampling of dead trees off their weights: where the median weight is that of the 15 m
 * circle, every dead tree was recorded on it whatever its size; otherwise, as for the live trees,
 * on circles of 6, 9 or 15 m by size (the median is then that of the 6 m circle). Null unless both
 * kinds of campaign date deaths.
 */
export function deadTreeSampling(campaigns: readonly CampaignFacts[]): DeadTreeSampling | null {
  const onWholeCircle = (c: CampaignFacts) => Math.abs(c.deadWeight - circleWeight(15)) < 0.5;
  const wholeCircle = campaigns.filter(onWholeCircle);
  const concentric = campaigns.filter((c) => !onWholeCircle(c));
  const lastWhole = wholeCircle.filter((c) => c.hasDatemort).at(-1);
  const laterDated = concentric.filter((c) => c.hasDatemort);
  const firstConcentric = laterDated[0];
  if (!lastWhole || !firstConcentric) return null;
  const standing = laterDated.map((c) => c.standingHa);
  return {
    wholeCircle,
    concentric,
    lastWhole,
    firstConcentric,
    undatedBefore: campaigns.find((c) => c.annee === lastWhole.annee - 1 && !c.hasDatemort),
    laterStanding: { min: Math.min(...standing), max: Math.max(...standing) },
  };
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
  /** The campaigns of the published figure. */
  publishedPeriod: string;
  source: string;
  /** Why ours may differ, in French. */
  note: string;
}

const MEMENTO_2017 = 'IGN, Le mémento de l’inventaire forestier, édition 2017 (campagnes 2012 à 2016)';
const IGN_2016_2020 =
  'IGN, résultats de l’inventaire forestier des campagnes 2016 à 2020 pour la France (forêt disponible pour la production, 15,9 millions d’hectares, peupleraies comprises), redistribués par l’ADEME dans son outil ALDO : dépôt public incubateur-ademe/aldo, fichier data/dataByEpci/bilan-carbone-foret-par-localisation.csv, commit 3b9ae8d696554a0bc63739167a968c359f935610';
const IGN_2019_2023 = 'IGN, communiqué « Résultats 2024 de l’Inventaire forestier national » (campagnes 2019 à 2023) : 1,3 milliard de tonnes de carbone dans les arbres vivants';

/** National figures published by IGN that the estimates are checked against. */
export const PUBLISHED: readonly PublishedFigure[] = [
  {
    indicator: 'surface_foret',
    label: 'Surface forestière',
    value: 16.9e6,
    unit: 'ha',
    period: '2012-2016',
    publishedPeriod: '2012-2016',
    source: MEMENTO_2017,
    note: `Pas une vérification : la surface de la France est la somme des surfaces régionales publiées par l’IGN (${CALIBRATION.source}), sur lesquelles les poids sont calés, interpolées ici entre les fenêtres 2008-2012 et 2013-2017. Le mémento donne 16,9 millions d’hectares pour 2012-2016, un peu plus que cette interpolation.`,
  },
  {
    indicator: 'taux_boisement',
    label: 'Taux de boisement',
    value: 31,
    unit: '%',
    period: '2012-2016',
    publishedPeriod: '2012-2016',
    source: MEMENTO_2017,
    note: 'Découle du calage ; l’écart ne tient qu’à la surface terrestre (calculée ici sur les contours Admin Express en Lambert-93) et à l’arrondi publié.',
  },
  {
    indicator: 'production',
    label: 'Production biologique',
    value: 92e6,
    unit: 'm³/an',
    period: '2012-2016',
    publishedPeriod: '2012-2016',
    source: MEMENTO_2017,
    note: 'L’accroissement radial, mesuré sous l’écorce, est ramené sur écorce pour les résineux ; le volume d’il y a cinq ans vient d’une allométrie volume–circonférence ajustée par groupe d’essences, là où l’IGN utilise ses tarifs de cubage. La croissance des arbres coupés pendant les cinq ans n’est pas comptée (ordre de grandeur ci-dessous), et les peupleraies, que l’IGN compte, sont exclues ici des flux.',
  },
  {
    indicator: 'production_ha',
    label: 'Production biologique à l’hectare',
    value: 5.57,
    unit: 'm³/ha/an',
    period: '2015-2019',
    publishedPeriod: '2016-2020',
    source: IGN_2016_2020,
    note: 'Fenêtres décalées d’un an ; la surface de l’IGN est celle de la forêt disponible pour la production, peupleraies comprises, celle de ce site toute la forêt hors peupleraies.',
  },
  {
    indicator: 'mortalite',
    label: 'Mortalité',
    value: 8.8e6,
    unit: 'm³/an',
    period: '2012-2016',
    publishedPeriod: '2012-2016',
    source: MEMENTO_2017,
    note: 'Ce site compte, comme le protocole de l’inventaire, les chablis (arbres renversés depuis moins de cinq ans) avec les arbres morts sur pied depuis cinq ans au plus ; le chiffre du mémento est très proche de la seule mortalité sur pied (ci-dessous). À l’hectare, les résultats 2016-2020 de l’IGN sont proches des nôtres, chablis compris (ligne suivante).',
  },
  {
    indicator: 'mortalite_ha',
    label: 'Mortalité à l’hectare',
    value: 0.63,
    unit: 'm³/ha/an',
    period: '2015-2019',
    publishedPeriod: '2016-2020',
    source: IGN_2016_2020,
    note: 'Fenêtres décalées d’un an, alors que la mortalité augmente vite à la fin des années 2010 (sécheresses, scolytes) ; même différence de surface de référence que pour la production.',
  },
  {
    indicator: 'carbone',
    label: 'Carbone des arbres vivants',
    value: 1.3e9,
    unit: 'tC',
    period: DEFAULT_PERIOD,
    publishedPeriod: '2019-2023',
    source: IGN_2019_2023,
    note: 'Mêmes infradensités (Dupouey), coefficients racinaires (1,28 et 1,30) et teneur en carbone (0,475) que l’IGN ; l’IGN calcule le volume aérien total arbre par arbre (équations de Vallet et al., 2006), ce site applique au volume bois fort tige un facteur d’expansion par groupe d’essences (CITEPA), ce qui sous-estime le carbone des petits arbres, nombreux en région méditerranéenne. Campagnes plus récentes côté IGN.',
  },
  {
    indicator: 'carbone_ha',
    label: 'Carbone à l’hectare',
    value: 80.79,
    unit: 'tC/ha',
    period: '2015-2019',
    publishedPeriod: '2016-2020',
    source: IGN_2016_2020,
    note: 'Fenêtres décalées d’un an ; même différence de surface de référence que pour la production.',
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
