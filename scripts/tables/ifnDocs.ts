// Documentation shared by the tables copied from the inventory's files: the campaigns they read,
// and the columns that tie a tree or a species cover to its plot.
import { col, type ColumnDoc } from '../lib/step.ts';

/** Manifest ids of the inventory's annual campaigns `first` to `last` (ifn-2005 … ifn-2019). */
export const ifnSources = (first = 2005, last = 2019): string[] => Array.from({ length: last - first + 1 }, (_, i) => `ifn-${first + i}`);

/** The plot and campaign of a row of the trees, dead trees and covers tables. */
export const PLOT_KEY_COLUMNS: ColumnDoc[] = [
  col('idp', 'INTEGER', '', 'idp', 'Identifiant du point (clé vers placettes).'),
  col('annee', 'SMALLINT', 'année', 'dérivé de idp', 'Campagne annuelle.'),
];

/** A tree's number on its plot (trees and dead trees). */
export const TREE_NUMBER_COLUMN = col('a', 'SMALLINT', '', 'a', 'Numéro de l’arbre sur le point.');
