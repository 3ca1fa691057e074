// arbres_morts.parquet and peupleraies_arbres_morts.parquet: dead trees (standing dead and
// windthrow) with time since death, for mortality.
import { col, type ColumnDoc, type TableDoc } from '../lib/step.ts';
import { ANNEE_SQL } from './ifnRaw.ts';

const LICENCE = 'Licence Ouverte / Etalab 2.0 (IGN, Inventaire forestier national)';

export const MORTS_COLUMNS: ColumnDoc[] = [
  col('idp', 'INTEGER', '', 'idp', 'Identifiant du point (clé vers placettes).'),
  col('annee', 'SMALLINT', 'année', 'dérivé de idp', 'Campagne annuelle.'),
  col('a', 'SMALLINT', '', 'a', 'Numéro de l’arbre sur le point.'),
  col('espar', 'VARCHAR', '', 'espar', 'Code espèce ESPAR ; souvent nul en 2005 (non relevé).'),
  col('veget', 'VARCHAR', '', 'veget', 'État : 5 mort sur pied, A chablis… (liste VEGET).'),
  col('datemort', 'SMALLINT', '', 'datemort (2008+)', 'Ancienneté de la mort : 1 = 5 ans ou moins, 2 = plus de 5 ans ; nulle avant 2008 (non relevée) et pour les chablis.'),
  col('ori', 'SMALLINT', '', 'ori', 'Origine : 0 rejet, 1 semence, 2 autre.'),
  col('c13', 'DOUBLE', 'm', 'c13 (cm) ÷ 100, 2008+', 'Circonférence à 1,30 m ; nulle de 2005 à 2007 (c0 mesurée à la place).'),
  col('c0', 'DOUBLE', 'm', 'c0 (cm) ÷ 100, 2005–2007', 'Circonférence « à la souche » (10 cm au-dessus du sol), 2005–2007 seulement.'),
  col('v', 'DOUBLE', 'm³', 'v', 'Volume bois fort tige calculé par tarif (sur c0 de 2005 à 2007).'),
  col('w', 'DOUBLE', 'tiges/ha', 'w', 'Poids de l’arbre à l’hectare.'),
];

export const docs: TableDoc[] = [
  {
    file: 'arbres_morts.parquet',
    description: 'Arbres morts sur pied et chablis des points forêt, campagnes 2005–2019. La mortalité annuelle se calcule sur datemort = 1 (mort depuis 5 ans ou moins).',
    sources: ['ifn-2005 … ifn-2019'],
    licence: LICENCE,
    order: 'idp, a',
    columns: MORTS_COLUMNS,
  },
  {
    file: 'peupleraies_arbres_morts.parquet',
    description: 'Arbres morts des points peupleraie, campagnes 2008–2019 (fichier absent avant 2008).',
    sources: ['ifn-2008 … ifn-2019'],
    licence: LICENCE,
    order: 'idp, a',
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
  return `SELECT ${select.join(', ')} FROM ${typed} t ORDER BY t.idp, t.a`;
}
