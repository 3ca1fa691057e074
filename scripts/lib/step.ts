// What every output script exports: its documented tables (for the data dictionary) and how to build them.
import type { Db } from './duck.ts';
import type { Mirror } from './mirror.ts';
import type { Staging } from './staging.ts';

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
  /** Sort order (the key). */
  order: string;
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
