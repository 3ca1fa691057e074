// Per-hectare figures of France and each région set beside IGN's published ones on IGN's own
// definition: IGN publishes them for the forest "hors peupleraies, hors composition indéterminée",
// i.e. without the plots where no tree cover was recorded (clear-cuts, young plantations, stands
// felled by a storm), which hold little wood. Our headline per-hectare figures keep those plots
// (they are forest), so the comparison uses the explorer's own query with the composition filter
// (feuillus, résineux, mixte): anyone can reproduce it there. The build computes it (methodFacts).
import type { Selection } from '../explorer/query.ts';
import { DEFAULT_PERIOD } from './config.ts';

/** Compositions that IGN's published totals keep ("hors peupleraie hors indéterminé"). */
export const COMPARABLE_COMPOSITIONS = ['feuillus', 'resineux', 'mixte'] as const;

/** The per-hectare indicators compared, in the order of the page. */
export const COMPARED_PER_HA = ['volume_ha', 'production_ha', 'mortalite_ha', 'carbone_ha'] as const;
export type ComparedIndicator = (typeof COMPARED_PER_HA)[number];

export const REGIONAL_SOURCE =
  'IGN, résultats de l’inventaire forestier des campagnes 2016 à 2020 par région (ensemble « hors peupleraie hors indéterminé »), redistribués par l’ADEME dans son outil ALDO : dépôt public incubateur-ademe/aldo, fichier data/dataByEpci/bilan-carbone-foret-par-localisation.csv (lignes rad13 et France), commit 3b9ae8d696554a0bc63739167a968c359f935610';
export const REGIONAL_PUBLISHED_PERIOD = '2016-2020';
/** Our window closest to IGN's (the public files end with the 2019 campaign). */
export const REGIONAL_PERIOD = DEFAULT_PERIOD;

/**
 * IGN's published values, 2016-2020, by INSEE code ('FR' for France), in the order of COMPARED_PER_HA:
 * volume (m³/ha), production and mortality (m³/ha/an), carbon of living trees (tC/ha). ALDO codes: ARA 84, BFC 27, BRE 53,
 * COR 94, CVL 24, GES 44, HDF 32, IDF 11, NAQ 75, NOR 28, OCC 76, PAC 93, PDL 52.
 */
const PUBLISHED_ROWS: Readonly<Record<string, readonly [number, number, number, number]>> = {
  FR: [186.64, 5.88, 0.68, 86.97],
  '11': [199.42, 4.98, 0.65, 100.66], '24': [189.49, 5.74, 0.68, 92.14], '27': [231.72, 6.67, 0.82, 104.65],
  '28': [201.2, 6.28, 0.36, 98.49], '32': [190.81, 6.13, 0.5, 96.8], '44': [223.85, 6.88, 0.82, 100.82],
  '52': [182.98, 6.88, 0.46, 87.55], '53': [198.39, 7.01, 0.77, 93.83], '75': [171.97, 7.32, 0.64, 81.16],
  '76': [148.86, 4.31, 0.55, 75.3], '84': [234.92, 6.88, 0.98, 97.06], '93': [93.65, 2.31, 0.31, 46.19],
  '94': [105.67, 2.24, 0.36, 74.62],
};
export const PUBLISHED_PER_HA: Readonly<Record<string, Readonly<Record<ComparedIndicator, number>>>> = Object.fromEntries(
  Object.entries(PUBLISHED_ROWS).map(([code, values]) => [code, Object.fromEntries(COMPARED_PER_HA.map((id, i) => [id, values[i]!])) as Record<ComparedIndicator, number>]),
);

/** The explorer selection computing one compared indicator for France and every région. */
export function comparableSelections(indicator: ComparedIndicator): Selection[] {
  return (['france', 'region'] as const).map((level) => ({
    indicator,
    territories: [{ level, codes: 'tous' }],
    period: REGIONAL_PERIOD,
    breakdown: 'aucune',
    filters: { composition: COMPARABLE_COMPOSITIONS },
  }));
}

/** One of our comparable figures, as the build writes it in methodologie.json. */
export interface ComparableFigure {
  indicator: ComparedIndicator;
  code: string;
  value: number;
  lower: number;
  upper: number;
}

/** Share of chablis in one of those mortality figures (methodologie.json). */
export interface ComparableChablisShare {
  code: string;
  share: number;
  /** The chablis estimate passes the significance rule; the page shows the share only then. */
  significant: boolean;
}

export interface RegionalComparison {
  code: string;
  ours: ComparableFigure;
  published: number;
  /** (ours − published) / published. */
  gap: number;
  /** IGN's value lies inside our 95 % interval. */
  inInterval: boolean;
}

/** Our figure against IGN's for each territory of PUBLISHED_PER_HA (the page orders them). */
export function regionalComparisons(figures: readonly ComparableFigure[], indicator: ComparedIndicator): RegionalComparison[] {
  return Object.entries(PUBLISHED_PER_HA).map(([code, published]) => {
    const ours = figures.find((f) => f.indicator === indicator && f.code === code);
    if (!ours) throw new Error(`Comparaison régionale : ${indicator} manque pour ${code} dans methodologie.json (relancer « npm run data:build »)`);
    const p = published[indicator];
    return { code, ours, published: p, gap: ours.value / p - 1, inInterval: ours.lower <= p && p <= ours.upper };
  });
}

/** How close the régions are: median absolute gap, and régions whose IGN value is in our interval or within `tolerance`. */
export function regionalSummary(rows: readonly RegionalComparison[], tolerance = 0.1) {
  const regions = rows.filter((r) => r.code !== 'FR');
  const gaps = regions.map((r) => Math.abs(r.gap)).sort((a, b) => a - b);
  const mid = gaps.length / 2;
  const median = gaps.length % 2 ? gaps[Math.floor(mid)]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
  return {
    regions: regions.length,
    medianGap: median,
    inInterval: regions.filter((r) => r.inInterval).length,
    withinTolerance: regions.filter((r) => Math.abs(r.gap) <= tolerance).length,
    tolerance,
  };
}

/** Short names of the compared figures, so that sentences and tables hold on a phone. */
export const COMPARED_NAMES: Readonly<Record<ComparedIndicator, { inSentence: string; header: string }>> = {
  volume_ha: { inSentence: 'le volume', header: 'Volume (m³/ha)' },
  production_ha: { inSentence: 'la production', header: 'Production (m³/ha/an)' },
  mortalite_ha: { inSentence: 'la mortalité', header: 'Mortalité (m³/ha/an)' },
  carbone_ha: { inSentence: 'le carbone', header: 'Carbone (tC/ha)' },
};

/** Gaps beyond which a factsheet warns its reader: IGN's value outside our interval and more than 10 % away. */
export const FACTSHEET_GAP_TOLERANCE = 0.1;

export interface TerritoryComparison extends RegionalComparison {
  indicator: ComparedIndicator;
  /** Far from IGN's figure: outside our interval and beyond FACTSHEET_GAP_TOLERANCE. */
  far: boolean;
}

/**
 * The four compared figures of one région (or 'FR'), for its factsheet; [] for a territory IGN's
 * table does not cover (départements, SER, GRECO).
 */
export function territoryComparisons(figures: readonly ComparableFigure[], code: string): TerritoryComparison[] {
  if (!(code in PUBLISHED_PER_HA)) return [];
  return COMPARED_PER_HA.map((indicator) => {
    const row = regionalComparisons(figures, indicator).find((r) => r.code === code)!;
    return { ...row, indicator, far: !row.inInterval && Math.abs(row.gap) > FACTSHEET_GAP_TOLERANCE };
  });
}
