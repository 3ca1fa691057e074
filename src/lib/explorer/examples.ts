// The three worked examples of the explorer's guide: each a selection (hence a permalink) and what
// it shows. The browser tests check that each gives the figures DuckDB computes under Node.
import type { Selection } from './query.ts';

export interface WorkedExample {
  id: string;
  title: string;
  /** What the reader asks, in plain French. */
  question: string;
  /** How the form is set to answer it. */
  steps: string[];
  selection: Selection;
}

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    id: 'chenes-pentes',
    title: 'Le volume de chêne sur les fortes pentes d’une sylvoécorégion',
    question: 'Quel volume de chênes sessile et pédonculé se trouve sur les pentes de 30 % et plus dans la sylvoécorégion G50 (Ségala et Châtaigneraie auvergnate) ?',
    steps: [
      'Indicateur : « Volume de bois sur pied » ; niveau : sylvoécorégions ; territoire : G50.',
      'Filtres : essences « Chêne pédonculé » et « Chêne sessile » (filtre sur les arbres), pentes « 30 à 60 % » et « 60 % et plus » (filtre sur les placettes).',
      'Le résultat est le volume de ces deux essences sur les placettes en forte pente, avec son intervalle de confiance et le nombre de placettes qui y contribuent.',
    ],
    selection: {
      indicator: 'volume',
      territories: [{ level: 'ser', codes: ['G50'] }],
      period: '2015-2019',
      breakdown: 'aucune',
      filters: { espece: ['02', '03'], pente: ['30-60', '60+'] },
    },
  },
  {
    id: 'epicea-exposition',
    title: 'La part de l’épicéa par exposition dans une région',
    question: 'En Auvergne-Rhône-Alpes, l’épicéa commun domine-t-il plus souvent les versants nord que les versants sud ?',
    steps: [
      'Indicateur : « Part de la surface forestière par essence principale » ; niveau : régions ; territoire : Auvergne-Rhône-Alpes (84).',
      'Ventilation : « Exposition » : chaque exposition devient un domaine de placettes, et la part de chaque essence principale y est estimée.',
      'Lisez les lignes « Épicéa commun » du tableau : une part par exposition, avec son intervalle.',
    ],
    selection: { indicator: 'part_essence', territories: [{ level: 'region', codes: ['84'] }], period: '2015-2019', breakdown: 'exposition', filters: {} },
  },
  {
    id: 'hetre-mortalite',
    title: 'La mortalité du hêtre, fenêtre par fenêtre',
    question: 'Comment la mortalité annuelle du hêtre a-t-elle évolué en France métropolitaine d’une fenêtre de cinq campagnes à l’autre ?',
    steps: [
      'Indicateur : « Mortalité annuelle » ; niveau : France métropolitaine ; période : « Toutes les fenêtres ».',
      'Filtre : essence « Hêtre » : seuls les hêtres morts depuis cinq ans au plus sont comptés.',
      'Le graphique montre une estimation par fenêtre avec son intervalle ; les premières fenêtres, sans date de mort relevée pour toutes leurs campagnes, reposent sur moins de placettes.',
    ],
    selection: { indicator: 'mortalite', territories: [{ level: 'france', codes: ['FR'] }], period: 'toutes', breakdown: 'aucune', filters: { espece: ['09'] } },
  },
];
