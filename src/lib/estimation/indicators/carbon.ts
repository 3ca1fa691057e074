// Carbon indicators: carbon of the living trees (aerial parts and roots), in tonnes of carbon and of
// CO₂ equivalent, in total and per hectare, with the factors of factors.ts.
import { CO2_PER_C, FACTOR_SOURCES, GROUP_FACTORS } from '../factors.ts';
import { formatNumber } from '../../format/numbers.ts';
import { CTES_CARBONE, CTE_VOLUME, X_ALL } from '../variables.ts';
import { SOURCE_CALAGE, SOURCE_IFN, TOTAL, byGroup, bySpecies, define, type BreakdownDef, type Indicator } from './define.ts';

/** Sources of the carbon factors (factors.ts). */
const CARBON_SOURCES = [FACTOR_SOURCES.ign_dupouey, FACTOR_SOURCES.giec_4_14, FACTOR_SOURCES.citepa, FACTOR_SOURCES.ign_cst_2025];
const fr = (x: number) => formatNumber(x, { decimals: x === Math.round(x * 100) / 100 ? 2 : 3 });
const CARBON_METHOD = `Par arbre : C aérien = v × w × facteur d’expansion du groupe × infradensité de l’essence (à défaut, du groupe) × fraction de carbone ; racines = C aérien × rapport racinaire du groupe. Feuillus : expansion ${fr(GROUP_FACTORS.feuillu.bef)}, racines ${fr(GROUP_FACTORS.feuillu.rootRatio)}, fraction de carbone ${fr(GROUP_FACTORS.feuillu.carbonFraction)} ; résineux : ${fr(GROUP_FACTORS.resineux.bef)}, ${fr(GROUP_FACTORS.resineux.rootRatio)}, ${fr(GROUP_FACTORS.resineux.carbonFraction)} ; infradensités par essence (table de la page Méthodologie).`;

const COMPARTIMENT_LABELS = { aerien: 'Partie aérienne', racinaire: 'Racines' };
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

export const CARBON_INDICATORS: readonly Indicator[] = [
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
