// Documentation shared by the tables copied from the inventory's files: the campaigns they read,
// and the columns that tie a tree or a species cover to its plot.
import { columnGroups, type ColumnDoc } from '../lib/step.ts';
import columns from './ifnDocs.columns.json' with { type: 'json' };

/** Manifest ids of the inventory's annual campaigns `first` to `last` (ifn-2005 … ifn-2019). */
export const ifnSources = (first = 2005, last = 2019): string[] => Array.from({ length: last - first + 1 }, (_, i) => `ifn-${first + i}`);

const COLUMNS = columnGroups(columns, 'ifnDocs.columns.json');

/** The plot and campaign of a row of the trees, dead trees and covers tables. */
export const PLOT_KEY_COLUMNS: ColumnDoc[] = COLUMNS.plotKey;

/** A tree's number on its plot (trees and dead trees). */
export const TREE_NUMBER_COLUMN: ColumnDoc = COLUMNS.treeNumber[0]!;
