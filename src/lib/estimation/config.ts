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

/**
 * Calibration of the area represented by one plot. The public files carry no plot weight, so the
 * forest area of France is fixed to a published total and every plot of a window represents the
 * same share of it. This is an assumption, not a measurement.
 */
export const CALIBRATION = {
  /** Forest area of metropolitan France used as the calibration total, in ha. */
  surfaceHa: 16_900_000,
  /** What the published figure covers, as the producer states it. */
  label: 'Surface forestière de la France métropolitaine : 16,9 millions d’hectares (31 % du territoire)',
  source: 'IGN, Le mémento de l’inventaire forestier, édition 2017 (campagnes 2012 à 2016)',
  url: 'https://inventaire-forestier.ign.fr/',
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

/** A tree is counted ("recensable") from 23.5 cm of circumference at 1.30 m (7.5 cm diameter). */
export const RECRUITMENT_C13_M = 0.235;

/** Circumference limits (m) of the IGN size classes used to impute radial growth (PB, MB, GB). */
export const SIZE_CLASS_LIMITS_M = { moyen: 0.705, gros: 1.175 } as const;

/**
 * Carbon in living trees from the inventory's stem volume (bois fort tige, 7 cm top):
 * C = V × BEF × D × CF (aboveground), roots = aboveground × R.
 */
export const CARBON = {
  feuillu: {
    /** Branch expansion factor from stem volume to whole aboveground volume. */
    bef: 1.61,
    /** Basic density, t of dry matter per m³ of fresh wood. */
    density: 0.55,
    /** Carbon fraction of dry matter. */
    carbonFraction: 0.48,
  },
  resineux: { bef: 1.33, density: 0.42, carbonFraction: 0.51 },
  /** Root-to-shoot ratio. */
  rootRatio: 0.28,
  /** Mass ratio CO₂ / C = 44 / 12. */
  co2PerC: 44 / 12,
  sources: [
    'Facteurs d’expansion des branches 1,61 (feuillus) et 1,33 (résineux) appliqués au volume « bois fort tige » de l’inventaire (Biomasse Normandie, encyclopédie « Volume sur pied et production biologique », d’après l’IFN).',
    'Infradensités moyennes 0,55 (feuillus) et 0,42 (résineux) t/m³ : valeurs de groupe arrondies, dans la gamme des densités de base du GIEC (2006, vol. 4, chap. 4, tableau 4.14 : hêtre et chênes 0,58, châtaignier 0,48, épicéa 0,40, pin sylvestre 0,42, douglas 0,45).',
    'Fraction de carbone de la matière sèche 0,48 (feuillus) et 0,51 (résineux) : GIEC (2006), vol. 4, chap. 4, tableau 4.3, forêts tempérées.',
    'Rapport racines / partie aérienne 0,28 : valeur moyenne choisie dans la gamme du GIEC (2006), vol. 4, chap. 4, tableau 4.4, pour les forêts tempérées.',
  ],
} as const;
