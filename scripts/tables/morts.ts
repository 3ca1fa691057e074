// arbres_morts.parquet and peupleraies_arbres_morts.parquet: dead trees (standing dead and
// windthrow) with time since death, for mortality.
import { col, type ColumnDoc, type TableDoc } from '../lib/step.ts';
import { ifnSources, PLOT_KEY_COLUMNS, TREE_NUMBER_COLUMN } from './ifnDocs.ts';
import { ANNEE_SQL } from './ifnRaw.ts';


export const MORTS_COLUMNS: ColumnDoc[] = [
  ...PLOT_KEY_COLUMNS,
  TREE_NUMBER_COLUMN,
  col('espar', 'VARCHAR', '', 'espar', 'Code espèce ESPAR ; souvent nul en 2005 (non relevé).'),
  col('veget', 'VARCHAR', '', 'veget', 'État : 5 mort sur pied (en 2005 et 2006, aussi annelé ou inapte à survivre un an), C mort sur pied cassé (2008+), A chablis vivant ou mort (2005–2018), 1 chablis vivant (2019 : les chablis morts ne sont plus relevés) ; liste VEGET.'),
  col('datemort', 'SMALLINT', '', 'datemort (2008+)', 'Ancienneté de la mort : 1 = 5 ans ou moins, 2 = plus de 5 ans ; nulle pour les chablis, et avant 2008, quand seuls les arbres morts depuis 5 ans au plus étaient relevés, sans date.'),
  col('ori', 'SMALLINT', '', 'ori', 'Origine : 0 rejet, 1 semence, 2 autre.'),
  col('c13', 'DOUBLE', 'm', 'c13 (cm) ÷ 100, 2008+', 'Circonférence à 1,30 m ; nulle de 2005 à 2007 (c0 mesurée à la place).'),
  col('c0', 'DOUBLE', 'm', 'c0 (cm) ÷ 100, 2005–2007', 'Circonférence « à la souche » (10 cm au-dessus du sol), 2005–2007 seulement.'),
  col('v', 'DOUBLE', 'm³', 'v', 'Volume bois fort tige calculé par tarif (sur c0 de 2005 à 2007).'),
  col('w', 'DOUBLE', 'tiges/ha', 'w', 'Poids de l’arbre à l’hectare.'),
];

export const docs: TableDoc[] = [
  {
    file: 'arbres_morts.parquet',
    description: 'Arbres morts sur pied et chablis des points forêt, campagnes 2005–2019 : relevés sur tout le cercle de 15 m jusqu’en 2008, sur les cercles de 6, 9 ou 15 m selon leur grosseur ensuite (le poids w en tient compte). La mortalité annuelle compte les arbres morts depuis 5 ans ou moins (datemort = 1) et les chablis (veget A, 1 en 2019), relevés seulement s’ils sont tombés depuis moins de 5 ans ; en 2019, seuls les chablis encore vivants sont relevés.',
    sources: ifnSources(),
    order: ['idp', 'a'],
    columns: MORTS_COLUMNS,
  },
  {
    file: 'peupleraies_arbres_morts.parquet',
    description: 'Arbres morts des points peupleraie, campagnes 2008–2019 (fichier absent avant 2008).',
    sources: ifnSources(2008),
    order: ['idp', 'a'],
    columns: MORTS_COLUMNS,
  },
];

export function deadSql(typed: string): string {
  const derived: Record<string, string> = {
    annee: ANNEE_SQL.replaceAll('idp', 't.idp'),
    c13: 't.c13 / 100',
    c0: 't.c0 / 100',
  };
  const select = MORTS_COLUMNS.map((c) => `${derived[c.name] ?? `t.${c.name}`}::${c.type} AS ${c.name}`);
  return `SELECT ${select.join(', ')} FROM ${typed} t`;
}
