// arbres.parquet (live trees of forest plots) and peupleraies_arbres.parquet (of poplar plots):
// one row per tree with species, circumference in metres, growth, heights, volume, weight and
// derived diameter class.
import { col, type ColumnDoc, type TableDoc } from '../lib/step.ts';
import { ifnSources, PLOT_KEY_COLUMNS, TREE_NUMBER_COLUMN } from './ifnDocs.ts';
import { ANNEE_SQL } from './ifnRaw.ts';


/** Upper bounds (cm) of the IFN size categories: small, medium, large, very large wood. */
export const DIMENSIONS: [string, number][] = [
  ['PB', 22.5],
  ['MB', 47.5],
  ['GB', 67.5],
  ['TGB', Infinity],
];

/** 5-cm diameter class labelled by its centre: [7.5, 12.5) → '10', [12.5, 17.5) → '15'… */
export function classeDiametre(diametreCm: number): string {
  return String(Math.floor((diametreCm + 2.5) / 5) * 5);
}

export function dimension(diametreCm: number): string {
  return DIMENSIONS.find(([, max]) => diametreCm < max)![0];
}

export const ARBRES_COLUMNS: ColumnDoc[] = [
  ...PLOT_KEY_COLUMNS,
  TREE_NUMBER_COLUMN,
  col('espar', 'VARCHAR', '', 'espar', 'Code espèce ESPAR (voir especes).'),
  col('veget', 'VARCHAR', '', 'veget', "État de végétation tel que publié (0 vivant ; 'Z' en 2005–2006 : voir liste VEGET)."),
  col('simplif', 'BOOLEAN', '', 'simplif (2009+)', 'Arbre simplifié : ir5, htot, hdec non mesurés. Faux avant 2009 (mesures complètes ; la colonne n’existait pas).'),
  col('acci', 'SMALLINT', '', 'acci (2007+)', 'Accident subi (0 aucun, 1 cassé, 2 penché, 3 courbé, 4 brûlé).'),
  col('ori', 'SMALLINT', '', 'ori', 'Origine : 0 rejet de souche, 1 semence, 2 autre.'),
  col('lib', 'SMALLINT', '', 'lib', 'Taux de couvert libre (3 classes).'),
  col('forme', 'VARCHAR', '', 'forme (2005–2013)', 'Forme du houppier.'),
  col('tige', 'SMALLINT', '', 'tige (2005–2013)', 'Forme de la tige.'),
  col('mortb', 'SMALLINT', '', 'mortb (2006+)', 'Mortalité de branches dans le houppier (classes 0 à 5).'),
  col('sfgui', 'SMALLINT', '', 'sfgui (2008+)', 'Présence de gui.'),
  col('sfgeliv', 'SMALLINT', '', 'sfgeliv (2008+)', 'Présence de gélivure.'),
  col('sfpied', 'SMALLINT', '', 'sfpied (2008–2013)', 'Blessure ou pourriture de pied.'),
  col('sfdorge', 'SMALLINT', '', 'sfdorge (2008+)', 'Dorge (balai de sorcière) sur sapins.'),
  col('sfcoeur', 'SMALLINT', '', 'sfcoeur (2008+)', 'Pourriture à cœur.'),
  col('c13', 'DOUBLE', 'm', 'c13 (cm) ÷ 100', 'Circonférence à 1,30 m.'),
  col('diametre', 'DOUBLE', 'cm', 'c13 ÷ π', 'Diamètre à 1,30 m déduit de la circonférence.'),
  col('classe_diametre', 'VARCHAR', 'cm', 'dérivé de diametre', "Classe de diamètre de 5 cm désignée par son centre : '10' = [7,5 ; 12,5[, '15' = [12,5 ; 17,5[…"),
  col('dimension', 'VARCHAR', '', 'dérivé de diametre', "Catégorie de dimension : 'PB' petit bois (< 22,5 cm), 'MB' moyen (< 47,5), 'GB' gros (< 67,5), 'TGB' très gros bois."),
  col('ir5', 'DOUBLE', 'mm', 'ir5', 'Accroissement radial sur 5 ans à 1,30 m ; nul si non mesuré (arbres simplifiés, noyers).'),
  col('htot', 'DOUBLE', 'm', 'htot', 'Hauteur totale ; nulle si non mesurée.'),
  col('hdec', 'DOUBLE', 'm', 'hdec (2008+)', 'Hauteur de découpe de la bille de pied.'),
  col('decoupe', 'SMALLINT', '', 'decoupe (2008+)', 'Type de découpe.'),
  col('q1', 'SMALLINT', '', 'q1 (2005–2013)', 'Qualité : part de la bille en classe 1 (dixièmes).'),
  col('q2', 'SMALLINT', '', 'q2 (2005–2013)', 'Qualité : part en classe 2 (dixièmes).'),
  col('q3', 'SMALLINT', '', 'q3 (2005–2013)', 'Qualité : part en classe 3 (dixièmes).'),
  col('qualite', 'VARCHAR', '', 'qualite (2014+)', 'Qualité du bois (S1, S2, S+, BI).'),
  col('r', 'SMALLINT', '', 'r', 'Taux de rebut (dixièmes).'),
  col('lfsd', 'DOUBLE', 'm', 'lfsd', 'Longueur de fût sans défaut.'),
  col('age', 'SMALLINT', 'an', 'age (2008+)', 'Âge à 1,30 m (arbres carottés).'),
  col('v', 'DOUBLE', 'm³', 'v', 'Volume bois fort tige (découpe 7 cm), calculé par tarif IGN (1 entrée jusqu’en 2013, 3 entrées ensuite).'),
  col('w', 'DOUBLE', 'tiges/ha', 'w', 'Poids de l’arbre à l’hectare : nombre d’arbres par hectare qu’il représente. Volume à l’hectare d’un point = somme de v × w.'),
];

export const PEUPLERAIES_ARBRES_COLUMNS: ColumnDoc[] = [
  ...ARBRES_COLUMNS.slice(0, 5),
  col('clon', 'VARCHAR', '', 'clon (2005–2013)', 'Clone ou cultivar de peuplier.'),
  ...ARBRES_COLUMNS.slice(5),
];

export const docs: TableDoc[] = [
  {
    file: 'arbres.parquet',
    description: 'Arbres vifs mesurés sur les points forêt, campagnes 2005–2019 : une ligne par arbre.',
    sources: ifnSources(),
    order: ['idp', 'a'],
    columns: ARBRES_COLUMNS,
  },
  {
    file: 'peupleraies_arbres.parquet',
    description: 'Arbres vifs mesurés sur les points peupleraie, campagnes 2005–2019.',
    sources: ifnSources(),
    order: ['idp', 'a'],
    columns: PEUPLERAIES_ARBRES_COLUMNS,
  },
];

export function treesSql(typed: string, columns: ColumnDoc[]): string {
  const diam = `(t.c13 / pi())`;
  const derived: Record<string, string> = {
    annee: ANNEE_SQL.replaceAll('idp', 't.idp'),
    simplif: 'coalesce(t.simplif, false)',
    c13: 't.c13 / 100',
    diametre: `round(${diam}, 2)`,
    classe_diametre: `(floor((${diam} + 2.5) / 5) * 5)::INTEGER::VARCHAR`,
    dimension: `CASE WHEN ${diam} < 22.5 THEN 'PB' WHEN ${diam} < 47.5 THEN 'MB' WHEN ${diam} < 67.5 THEN 'GB' ELSE 'TGB' END`,
  };
  const select = columns.map((c) => `${derived[c.name] ?? `t.${c.name}`}::${c.type} AS ${c.name}`);
  return `SELECT ${select.join(', ')} FROM ${typed} t`;
}
