// What every output script exports: its documented tables (for the data dictionary) and how to build them.
import type { Db } from './duck.ts';
import type { Mirror } from './mirror.ts';
import type { Staging } from './staging.ts';
import { LEVELS, levelOrderSql } from '../../src/lib/estimation/types.ts';

/** One documented column of an output table. */
export interface ColumnDoc {
  name: string;
  /** DuckDB / Parquet type. */
  type: string;
  /** Unit, or '' for codes and identifiers. */
  unit: string;
  /** Producer's column(s) it comes from, or how it is derived. */
  source: string;
  /** French description. */
  description: string;
}

/** One documented output file. */
export interface TableDoc {
  /** File name in the output folder, e.g. `placettes.parquet`. */
  file: string;
  /** French description. */
  description: string;
  /** Manifest ids of the sources read (their producers and licences are stated once, in the manifest). */
  sources: string[];
  /** Figures the observatory computes from its sources (estimates, calibration), not a copy of them. */
  computed?: boolean;
  /**
   * The columns the file is sorted by, which together identify each row (tests/data checks both);
   * a `level` or `niveau` column sorts in territorial order (France, régions, départements…).
   */
  order: readonly string[];
  columns: ColumnDoc[];
}

export interface StepContext {
  db: Db;
  mirror: Mirror;
  staging: Staging;
  /** Output folder (already published files of earlier steps are there). */
  out: string;
  log: (message: string) => void;
}

export interface Step {
  name: string;
  /** Manifest ids this step reads (for the staleness stamp). */
  sources: string[];
  /** Steps whose outputs it reads. */
  after: string[];
  /** Files it writes (Parquet, TopoJSON, JSON) in the output folder. */
  outputs: string[];
  /**
   * The module that defines it (`import.meta.filename`): everything this module imports, directly
   * or not, is hashed into its stamp, so that a change to any of that code rebuilds it.
   */
  module: string;
  run: (ctx: StepContext) => Promise<void>;
}

/** Shorthand for a column doc. */
export const col = (name: string, type: string, unit: string, source: string, description: string): ColumnDoc => ({
  name,
  type,
  unit,
  source,
  description,
});

const isLevel = (column: string) => column === 'level' || column === 'niveau';

/** The ORDER BY of a documented table: the one place that turns its order into SQL. */
export function orderSql(doc: Pick<TableDoc, 'order'>): string {
  return doc.order.map((c) => (isLevel(c) ? levelOrderSql(c) : c)).join(', ');
}

/** The order as the data dictionary states it: « level (france, region, departement, ser, greco), code ». */
export function orderLabel(doc: Pick<TableDoc, 'order'>): string {
  return doc.order.map((c) => (isLevel(c) ? `${c} (${LEVELS.join(', ')})` : c)).join(', ');
}

/** The documentation of `file` among a step's docs (a typo in a file name stops the build here). */
export function docOf(docs: readonly TableDoc[], file: string): TableDoc {
  const doc = docs.find((d) => d.file === file);
  if (!doc) throw new Error(`${file} n’est pas parmi les tables documentées par son étape : ajoutez sa description (TableDoc) au module qui l’écrit`);
  return doc;
}

/** Writes the rows of `select` to the staging folder as the documented file, in its documented order. */
export async function writeDocumented(db: Db, staging: Staging, doc: TableDoc, select: string, metadata?: string): Promise<void> {
  await db.writeParquet(`${select} ORDER BY ${orderSql(doc)}`, staging.path(doc.file), metadata);
}
