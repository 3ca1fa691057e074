// arbres_morts.parquet and peupleraies_arbres_morts.parquet: dead trees (standing dead and
// windthrow) with time since death, for mortality.
import { columnGroups, type ColumnDoc, type TableDoc } from '../lib/step.ts';
import columns from './morts.columns.json' with { type: 'json' };
import { ifnSources, PLOT_KEY_COLUMNS, TREE_NUMBER_COLUMN } from './ifnDocs.ts';
import { ANNEE_SQL } from './ifnRaw.ts';


export const MORTS_COLUMNS: ColumnDoc[] = [...PLOT_KEY_COLUMNS, TREE_NUMBER_COLUMN, ...columnGroups(columns, 'morts.columns.json').deadTrees];

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
