// Ecology indicators, which the thematic pages read: standing dead wood, the share of each species
// in the live volume, where the volume grows (exposure and slope, all species and the species
// exposed to drought), and the number of tree species per plot.
import { EXPOSED_SPECIES, TOP_SPECIES } from '../config.ts';
import { sqlStrings } from '../../sql.ts';
import {
  CTE_NOMBRE_ESSENCES,
  CTE_TOPOGRAPHIE,
  CTE_VOLUME,
  FLAT_SLOPE,
  X_COUVERTS_FORET,
  X_DATEMORT,
  X_VOLUME,
  TOPO_SLOPE_CUTS,
  Y_BOIS_MORT_SUR_PIED,
  slopeRanges,
  topoSlopeCode,
} from '../variables.ts';
import { ESPECE_LABELS, ESPECE_MIN_PLOTS, SOURCE_IFN, TOTAL, define, perPlot, type Indicator } from './define.ts';

/** Topographic classes of a plot: two partitions, by exposure (or flat ground) and by slope. */
export const TOPO_CLASSES = [
  { id: 'plat', label: `Terrain plat (pente < ${FLAT_SLOPE} %)`, kind: 'exposition' },
  { id: 'nord', label: 'Versant nord', kind: 'exposition' },
  { id: 'est', label: 'Versant est', kind: 'exposition' },
  { id: 'sud', label: 'Versant sud', kind: 'exposition' },
  { id: 'ouest', label: 'Versant ouest', kind: 'exposition' },
  ...slopeRanges(TOPO_SLOPE_CUTS).map(([from, to]) => ({
    id: topoSlopeCode(from, to),
    label: to === null ? `Pente de ${from} % et plus` : from === 0 ? `Pente inférieure à ${to} %` : `Pente de ${from} à ${to} %`,
    kind: 'pente' as const,
  })),
];

/** Classes of the number of tree species recorded on a plot. */
export const DIVERSITY_CLASSES = [
  { id: '1', label: '1 essence' },
  { id: '2', label: '2 essences' },
  { id: '3', label: '3 essences' },
  { id: '4', label: '4 essences' },
  { id: '5+', label: '5 essences et plus' },
  { id: '0', label: 'Aucune essence recensée' },
] as const;

/** Category of a species on a topographic class, in the species breakdown of the topography: « 62|nord ». */
export const speciesClass = (espar: string, classe: string): string => `${espar}|${classe}`;

const EXPOSED = EXPOSED_SPECIES.map((s) => s.espar);
const TOPO_IDS = TOPO_CLASSES.map((c) => c.id);
const TOPO_LABELS = Object.fromEntries(TOPO_CLASSES.map((c) => [c.id, c.label]));
const SPECIES_CLASS_LABELS = Object.fromEntries(
  EXPOSED_SPECIES.flatMap((s) => TOPO_CLASSES.map((c) => [speciesClass(s.espar, c.id), `${s.nom} : ${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}`])),
);

/**
 * The share of a volume by exposure and by slope: `y`, the volume of a plot (or of a species on it)
 * in its exposure class and in its slope class; `x`, one denominator per class, the volume of the
 * plots whose exposure (or slope) is recorded, so that each partition adds up to 100 %.
 */
function byTopography(volume: string, category: (classe: string) => string): { x: string; y: string } {
  const classes = `(VALUES ${TOPO_CLASSES.map((c) => `('${c.id}', '${c.kind}')`).join(', ')}) AS k(classe, kind)`;
  return {
    x: `SELECT v.idp, ${category('k.classe')} AS category, v.y AS x FROM ${volume} v JOIN topo t ON t.idp = v.idp CROSS JOIN ${classes}
  WHERE (k.kind = 'exposition' AND t.exposition <> 'nr') OR (k.kind = 'pente' AND t.pente <> 'nr')`,
    y: ['exposition', 'pente']
      .map((k) => `SELECT v.idp, ${category(`t.${k}`)} AS category, v.y FROM ${volume} v JOIN topo t ON t.idp = v.idp WHERE t.${k} <> 'nr'`)
      .join('\n  UNION ALL '),
  };
}

const VOLUME_PLACETTE = `volume_placette AS (SELECT idp, sum(y) AS y FROM volume_arbre GROUP BY idp)`;
const VOLUME_EXPOSEES = `volume_exposees AS (
  SELECT idp, espar, sum(y) AS y FROM volume_arbre WHERE espar IN (${sqlStrings(EXPOSED)}) GROUP BY idp, espar
)`;

const SHARE = { kind: 'ratio', scale: 100, max: 100, share: true } as const;

export const ECOLOGY_INDICATORS: readonly Indicator[] = [
  define({
    id: 'bois_mort_sur_pied_ha',
    label: 'Bois mort sur pied à l’hectare',
    unit: 'm³/ha',
    description: 'Volume des arbres morts debout, entiers ou cassés, quelle que soit l’ancienneté de leur mort, par hectare de forêt ; les chablis, au sol, n’y sont pas.',
    method: 'Par placette : Σ v × w des arbres morts sur pied (veget 5 ou C) ; moyenne pondérée par les poids calés sur les placettes forêt des campagnes qui relèvent l’ancienneté de la mort (2008 et après), estimateur de Hájek.',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    breakdowns: [{ id: 'total', label: 'Total', categories: TOTAL, ctes: [], x: X_DATEMORT, y: Y_BOIS_MORT_SUR_PIED }],
  }),
  define({
    id: 'part_volume',
    ...SHARE,
    label: 'Part du volume de bois sur pied par essence',
    unit: '%',
    description: `Part de chaque essence dans le volume de bois sur pied : les ${TOP_SPECIES} premières du territoire parmi celles qu’assez de placettes portent, l’épicéa commun, le hêtre et le sapin pectiné toujours, les autres regroupées.`,
    method: 'Estimateur par le ratio : Σ poids calé × volume de l’essence sur la placette ÷ Σ poids calé × volume de la placette, × 100 ; intervalle de Wilson avec la taille d’échantillon effective du plan. Les parts d’un territoire somment à 100 %.',
    sources: [SOURCE_IFN],
    breakdowns: [
      {
        id: 'espece',
        label: 'par essence',
        categories: { type: 'top', top: TOP_SPECIES, keep: EXPOSED, minPlots: ESPECE_MIN_PLOTS },
        categoryLabels: ESPECE_LABELS,
        ctes: [CTE_VOLUME],
        x: X_VOLUME,
        y: perPlot('volume_arbre', 'espar'),
      },
    ],
  }),
  define({
    id: 'repartition_volume',
    ...SHARE,
    label: 'Répartition du volume par exposition et par pente',
    unit: '%',
    description: 'Part du volume de bois sur pied qui pousse sur terrain plat ou sur chaque versant, et sur chaque classe de pente ; pour toutes les essences, et pour l’épicéa commun, le hêtre et le sapin pectiné.',
    method: 'Estimateur par le ratio : Σ poids calé × volume des placettes de la classe ÷ Σ poids calé × volume des placettes dont l’exposition (ou la pente) est relevée (de l’essence, pour la ventilation par essence), × 100. Exposition et pente relevées sur la placette (pent2, expo) ; terrain plat sous 5 % de pente. Deux partitions : les expositions somment à 100 %, les pentes aussi.',
    sources: [SOURCE_IFN],
    breakdowns: [
      {
        id: 'topographie',
        label: 'par exposition et par pente, toutes essences',
        categories: { type: 'fixed', categories: TOPO_IDS },
        categoryLabels: TOPO_LABELS,
        ctes: [CTE_VOLUME, CTE_TOPOGRAPHIE, VOLUME_PLACETTE],
        xByCategory: true,
        ...byTopography('volume_placette', (k) => k),
      },
      {
        // The species' volume on the plots whose class is recorded.
        id: 'topographie_espece',
        label: 'par exposition et par pente, pour l’épicéa commun, le hêtre et le sapin pectiné',
        categories: { type: 'fixed', categories: EXPOSED.flatMap((e) => TOPO_IDS.map((c) => speciesClass(e, c))) },
        categoryLabels: SPECIES_CLASS_LABELS,
        ctes: [CTE_VOLUME, CTE_TOPOGRAPHIE, VOLUME_EXPOSEES],
        xByCategory: true,
        ...byTopography('volume_exposees', (k) => `v.espar || '|' || ${k}`),
        publishedLevels: ['france'],
      },
    ],
  }),
  define({
    id: 'part_nombre_essences',
    ...SHARE,
    label: 'Part de la surface forestière par nombre d’essences',
    unit: '%',
    description: 'Part de la forêt où l’on recense une, deux, trois, quatre, cinq essences d’arbres ou plus sur la placette.',
    method: 'Nombre d’essences d’une placette : essences au taux de couvert libre non nul ; part pondérée des placettes forêt de chaque classe (campagnes 2006 et après, qui relèvent le couvert), intervalle de Wilson.',
    sources: [SOURCE_IFN],
    breakdowns: [
      {
        id: 'classe',
        label: 'par nombre d’essences',
        categories: { type: 'fixed', categories: DIVERSITY_CLASSES.map((c) => c.id) },
        categoryLabels: Object.fromEntries(DIVERSITY_CLASSES.map((c) => [c.id, c.label])),
        ctes: [CTE_NOMBRE_ESSENCES],
        x: X_COUVERTS_FORET,
        y: `SELECT idp, CASE WHEN n >= 5 THEN '5+' ELSE CAST(n AS VARCHAR) END AS category, 1.0 AS y FROM nb_essences`,
      },
    ],
  }),
  define({
    id: 'nombre_moyen_essences',
    label: 'Nombre moyen d’essences par placette',
    unit: 'essences',
    description: 'Nombre moyen d’essences d’arbres recensées sur une placette de forêt où il en pousse au moins une.',
    method: 'Moyenne pondérée par les poids calés du nombre d’essences au taux de couvert libre non nul, sur les placettes forêt des campagnes 2006 et après où au moins une essence est recensée (estimateur de Hájek).',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    breakdowns: [
      {
        id: 'total',
        label: 'Total',
        categories: TOTAL,
        ctes: [CTE_NOMBRE_ESSENCES],
        // Plots without any species (clear-cuts, young regeneration) are out of the mean.
        x: `SELECT idp, CASE WHEN n > 0 THEN 1.0 ELSE 0.0 END AS x FROM nb_essences`,
        y: `SELECT idp, 'total' AS category, CAST(n AS DOUBLE) AS y FROM nb_essences WHERE n > 0`,
      },
    ],
  }),
];
