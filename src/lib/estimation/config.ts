// Constants of the estimation engine: periods, calibration, significance rule, carbon factors.
// Every number here is a choice or a cited value, never a measurement; the methodology page
// (/methodologie) prints them from this module so text and computation cannot drift apart.

/** Length of a publication window, in annual campaigns (IGN pools five campaigns). */
export const WINDOW_LENGTH = 5;
/** First and last campaigns present in the public raw files. */
export const FIRST_CAMPAIGN = 2005;
export const LAST_CAMPAIGN = 2019;

/** Every rolling window, `2005-2009` … `2015-2019`. */
export const PERIODS: readonly string[] = Array.from(
  { length: LAST_CAMPAIGN - FIRST_CAMPAIGN - WINDOW_LENGTH + 2 },
  (_, i) => `${FIRST_CAMPAIGN + i}-${FIRST_CAMPAIGN + i + WINDOW_LENGTH - 1}`,
);
/** Non-overlapping windows, the ones pages show in time series by default. */
export const MAIN_PERIODS: readonly string[] = ['2005-2009', '2010-2014', '2015-2019'];
/** The default period everywhere: the latest window. */
export const DEFAULT_PERIOD = PERIODS[PERIODS.length - 1]!;

/** First and last campaigns of a window: '2015-2019' → [2015, 2019]. */
export function windowYears(period: string): [number, number] {
  const [a, b] = period.split('-').map(Number);
  if (!a || !b) throw new Error(`Période invalide : ${period}`);
  return [a, b];
}

/**
 * Calibration of the plot weights. The design weights rebuilt from the sampling grid miss part of
 * the forest (points IGN could not visit, thinning the grid cannot reveal: 5 to 40 % in the
 * Mediterranean régions and Corse), so in every window the weights of each région are scaled to
 * the forest area IGN publishes for it (calage.parquet, built by scripts/tables/calage.ts).
 * Régions and France thus equal IGN's figures by construction: never a measurement of this site.
 */
export const CALIBRATION = {
  label: 'surface forestière des 13 régions, peupleraies comprises, fenêtres de campagnes 2006–2009, 2008–2012, 2013–2017 et 2017–2021',
  source: 'IGN, Indicateurs de gestion durable des forêts françaises métropolitaines, indicateur 1.1.2 « Surface des forêts »',
  url: 'https://foret.ign.fr/IGD/fr/indicateurs/1.1.2',
  /** How a window without a published figure gets its total. */
  rule: 'Pour une fenêtre non publiée, la surface de chaque région est interpolée linéairement entre les deux fenêtres publiées qui encadrent son année médiane (l’année médiane d’une fenêtre publiée est le milieu de ses campagnes) ; avant la première, elle est prolongée selon la pente entre les deux premières.',
} as const;

/**
 * Reconstruction of the plot design weights from the sampling grid (scripts/lib/grid.ts and
 * designWeights.ts, run by the pipeline). Choices, stated on the methodology page.
 */
export const DESIGN = {
  /** Area represented by one node of a campaign lattice (one node per 20 km²), in hectares. */
  nodeAreaHa: 2000,
  /** Sub-lattices a campaign lattice is split into to detect thinning (parities of its two coordinates). */
  subLattices: 4,
  /** A sub-lattice is thinned when its count is this many standard deviations below the mean of the fuller ones. */
  thinningZ: 1.5,
  /** A zone-campaign with fewer forest nodes takes the decision of its GRECO. */
  minNodes: 40,
  /** Below this many forest nodes, a zone keeps only the sub-lattices its GRECO also finds full. */
  trustNodes: 150,
  /**
   * Expected single-forest-plot mountain nodes per two-plot node: chosen so that the mountain
   * zones' area is continuous between campaigns with and without the densification (2005–2006,
   * 2016–2019 against 2007–2015); it means a 57 % chance that the twin point of a forest point is
   * forest too.
   */
  mountainPairRatio: 1.5,
  /** A published position further than this from every grid node is off the grid, in metres. */
  gridToleranceM: 10,
} as const;

/** 95 % two-sided normal quantile. */
export const Z95 = 1.959963984540054;

/** Significance rule applied to every figure (see the methodology page). */
export const SIGNIFICANCE = {
  /** Minimum number of plots contributing a non-zero value to the figure. */
  minPlots: 20,
  /** Maximum half-width of the 95 % interval, relative to the value. */
  maxRelativeHalfWidth: 0.5,
} as const;

/** Number of species shown by name in species breakdowns; the rest are grouped as `autres`. */
export const TOP_SPECIES = 10;

/**
 * Species whose own mortality rate is computed (taux_mortalite by species): the ten with the largest
 * standing volume in France in the latest window (a data test checks it), then the common ash,
 * followed for ash dieback (chalarose). ESPAR codes.
 */
export const MORTALITY_RATE_SPECIES = ['02', '03', '09', '62', '61', '52', '51', '10', '64', '11', '17C'] as const;
/** How many of MORTALITY_RATE_SPECIES are there for their volume (the others for a disease). */
export const MORTALITY_RATE_TOP = 10;

/** The species whose exposure to drought and heat the adaptation page follows (ESPAR codes). */
export const EXPOSED_SPECIES = [
  { espar: '62', nom: 'Épicéa commun' },
  { espar: '09', nom: 'Hêtre' },
  { espar: '61', nom: 'Sapin pectiné' },
] as const;

/** A tree is counted ("recensable") from 23.5 cm of circumference at 1.30 m (7.5 cm diameter). */
export const RECRUITMENT_C13_M = 0.235;

/** Circumference limits (m) of the IGN size classes used to impute radial growth (PB, MB, GB). */
export const SIZE_CLASS_LIMITS_M = { moyen: 0.705, gros: 1.175 } as const;

/** Carbon factors: see factors.ts (wood density by species, expansion, roots and carbon fraction by group). */
