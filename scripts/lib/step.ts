// What every output script exports: its documented tables (for the data dictionary) and how to build them.
import type { Db } from './duck.ts';
import type { Mirror } from './mirror.ts';
import type { Staging } from './staging.ts';
import { LEVELS, levelOrderSql } from '../../src/lib/estimation/types.ts';

/** One documented column of an output table. */
export interface ColumnDoc {
  name: string;
  /** DuckDB type for a Parquet column, `string` for a TopoJSON property. */
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

/** The types a documented column may have: DuckDB's for Parquet, `string` for TopoJSON properties. */
export const PARQUET_TYPES: readonly string[] = ['BOOLEAN', 'SMALLINT', 'INTEGER', 'DOUBLE', 'VARCHAR', 'DATE', 'TIMESTAMP'];
const COLUMN_TYPES = new Set([...PARQUET_TYPES, 'string']);
const COLUMN_FIELDS = ['name', 'type', 'unit', 'source', 'description'] as const;

/**
 * The column docs of a `*.columns.json` file, by group, checked: each entry has the five fields of
 * a ColumnDoc as text, a snake_case name and a known type. They live in JSON, next to the module
 * that documents the table, so that two hundred descriptions read as prose rather than as code;
 * but where a module builds its SELECT from the docs (trees, dead trees, plots, wildfires), the
 * name, type, source and group of an entry also decide the SQL. Importing the file
 * (`with { type: 'json' }`) puts it in the stamp of the steps that import the module.
 */
export function columnGroups<G extends string>(json: Record<G, readonly unknown[]>, file: string): Record<G, ColumnDoc[]> {
  const groups = {} as Record<G, ColumnDoc[]>;
  for (const [group, entries] of Object.entries(json) as [G, unknown][]) {
    const where = (detail: string) => `${file} : groupe « ${group} »${detail}`;
    if (!Array.isArray(entries) || entries.length === 0) throw new Error(where(' : une liste de colonnes non vide est attendue'));
    groups[group] = entries.map((entry: unknown, i: number) => {
      const at = (field: string) => where(`, colonne ${i + 1}, champ « ${field} »`);
      if (typeof entry !== 'object' || entry === null) throw new Error(where(`, colonne ${i + 1} : un objet est attendu`));
      const record = entry as Record<string, unknown>;
      const extra = Object.keys(record).find((k) => !(COLUMN_FIELDS as readonly string[]).includes(k));
      if (extra) throw new Error(at(extra) + ' : champ inconnu');
      for (const field of COLUMN_FIELDS) if (typeof record[field] !== 'string') throw new Error(at(field) + ' : texte attendu');
      const column = record as unknown as ColumnDoc;
      if (!/^[a-z][a-z0-9_]*$/.test(column.name)) throw new Error(at('name') + ` : « ${column.name} » n’est pas un nom de colonne en snake_case`);
      if (!COLUMN_TYPES.has(column.type)) throw new Error(at('type') + ` : type « ${column.type} » inconnu (${[...COLUMN_TYPES].join(', ')})`);
      if (!column.description.trim()) throw new Error(at('description') + ' : description vide');
      return column;
    });
  }
  return groups;
}

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
