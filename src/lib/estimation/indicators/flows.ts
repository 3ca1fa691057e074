// Flow indicators: biological production, mortality (chablis included), the mortality rate and
// production minus mortality, in total and per hectare.
import { MORTALITY_RATE_SPECIES } from '../config.ts';
import { sqlStrings } from '../../sql.ts';
import { CAMPAGNES_DATEMORT, CTE_MORTALITE, CTE_VOLUME, X_ALL, X_DATEMORT, X_VOLUME_DATEMORT } from '../variables.ts';
import { SOURCE_CALAGE, SOURCE_IFN, TOTAL, byGroup, bySpecies, define, perPlot, treeTotal, type Indicator } from './define.ts';

const MORTALITY_SPECIES_SQL = sqlStrings(MORTALITY_RATE_SPECIES);
const MORTALITE_LABELS = { mort_sur_pied: 'Morts sur pied, cassés ou non', chablis: 'Chablis (arbres renversés)' };
/** Annual mortality per plot, on the campaigns that record the date of death (mortality and its rate per hectare). */
const MORTALITE_TOTAL = treeTotal('mortalite_arbre', [CTE_MORTALITE], X_DATEMORT);

export const FLOW_INDICATORS: readonly Indicator[] = [
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
      'Par placette : Σ v × w / 5 sur les arbres morts depuis 5 ans ou moins : morts sur pied, cassés ou non, notés datemort = 1, et chablis (arbres renversés, relevés seulement s’ils sont tombés depuis moins de 5 ans ; en 2019, seulement s’ils sont encore vivants). Seules les campagnes qui relèvent datemort (2008 et après) entrent dans le calcul (de 2005 à 2007, la définition et la mesure diffèrent : arbres mourants comptés en 2005 et 2006, volume cubé sur la circonférence à la souche) : la somme pondérée de leurs placettes est rapportée à la part de la surface qu’elles représentent dans la fenêtre, ce qui garde les territoires additifs.',
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
    description: 'Mortalité annuelle rapportée au volume sur pied à la visite.',
    method: 'Σ poids calé × mortalité annuelle ÷ Σ poids calé × volume vivant sur pied à la visite (rapporté au volume du début des cinq ans, plus faible tant que le volume sur pied augmente, le taux serait un peu plus élevé), sur les placettes des campagnes qui relèvent datemort, × 100. Par essence : la mortalité de l’essence rapportée au volume vivant de la même essence.',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    scale: 100,
    breakdowns: [
      treeTotal('mortalite_arbre', [CTE_VOLUME, CTE_MORTALITE], X_VOLUME_DATEMORT),
      {
        // Each species over its own live volume: one denominator per category (sql.ts).
        id: 'espece',
        label: 'par essence (mortalité de l’essence ÷ son volume)',
        categories: { type: 'fixed', categories: MORTALITY_RATE_SPECIES },
        ctes: [CTE_VOLUME, CTE_MORTALITE],
        xByCategory: true,
        x: `SELECT v.idp, v.espar AS category, sum(v.y) AS x FROM volume_arbre v JOIN placettes p ON p.idp = v.idp
  WHERE p.annee IN (${CAMPAGNES_DATEMORT}) AND v.espar IN (${MORTALITY_SPECIES_SQL}) GROUP BY v.idp, v.espar`,
        y: `SELECT idp, espar AS category, sum(y) AS y FROM mortalite_arbre WHERE espar IN (${MORTALITY_SPECIES_SQL}) GROUP BY idp, espar`,
        publishedLevels: ['france'],
      },
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
];
