// arbres.parquet (live trees of forest plots) and peupleraies_arbres.parquet (of poplar plots):
// one row per tree with species, circumference in metres, growth, heights, volume, weight and
// derived diameter class.
import { columnGroups, type ColumnDoc, type TableDoc } from '../lib/step.ts';
import columns from './arbres.columns.json' with { type: 'json' };
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

const { trees, poplarClone } = columnGroups(columns, 'arbres.columns.json');

export const ARBRES_COLUMNS: ColumnDoc[] = [...PLOT_KEY_COLUMNS, TREE_NUMBER_COLUMN, ...trees];

/** Poplar trees have the same columns, with the clone right after the state of vegetation. */
const afterVeget = ARBRES_COLUMNS.findIndex((c) => c.name === 'veget') + 1;
export const PEUPLERAIES_ARBRES_COLUMNS: ColumnDoc[] = [...ARBRES_COLUMNS.slice(0, afterVeget), ...poplarClone, ...ARBRES_COLUMNS.slice(afterVeget)];

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
