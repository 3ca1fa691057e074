// Wood indicators: standing volume, in total and per hectare, by group, species and diameter class.
import { CTE_VOLUME, X_ALL } from '../variables.ts';
import { SOURCE_CALAGE, SOURCE_IFN, byDiameter, byGroup, bySpecies, define, treeTotal, type Indicator } from './define.ts';

export const WOOD_INDICATORS: readonly Indicator[] = [
  define({
    id: 'volume',
    label: 'Volume de bois sur pied',
    unit: 'm³',
    description: 'Volume « bois fort tige » des arbres vivants (tige jusqu’à 7 cm de diamètre, arbres de 7,5 cm de diamètre et plus).',
    method:
      'Volume à l’hectare d’une placette = Σ v × w sur ses arbres vifs ; moyenne pondérée par les poids calés sur les placettes forêt du territoire (estimateur de Hájek) × surface forestière hors peupleraies. Variance : somme des variances du volume à l’hectare et de la surface.',
    sources: [SOURCE_IFN, SOURCE_CALAGE],
    kind: 'total',
    breakdowns: [
      treeTotal('volume_arbre', [CTE_VOLUME], X_ALL),
      byGroup('volume_arbre', [CTE_VOLUME], X_ALL),
      bySpecies('volume_arbre', [CTE_VOLUME], X_ALL),
      byDiameter('volume_arbre', [CTE_VOLUME], X_ALL),
    ],
  }),
  define({
    id: 'volume_ha',
    label: 'Volume de bois sur pied à l’hectare',
    unit: 'm³/ha',
    description: 'Volume « bois fort tige » moyen par hectare de forêt.',
    method: 'Estimateur de Hájek : Σ poids calé × volume à l’hectare de la placette ÷ Σ poids calés des placettes forêt (hors peupleraies) ; variance linéarisée.',
    sources: [SOURCE_IFN],
    kind: 'ratio',
    breakdowns: [
      treeTotal('volume_arbre', [CTE_VOLUME], X_ALL),
      byGroup('volume_arbre', [CTE_VOLUME], X_ALL),
      bySpecies('volume_arbre', [CTE_VOLUME], X_ALL, true),
      byDiameter('volume_arbre', [CTE_VOLUME], X_ALL, true),
    ],
  }),
];
