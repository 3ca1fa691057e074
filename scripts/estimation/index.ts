// The estimation step of `npm run data:build`: one DuckDB session on the pipeline's tables,
// prepared once (prepareTables), from which each output module writes its file. The step list
// (scripts/steps.ts) runs it after the tables it reads and rebuilds it when they or its code change.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openParquetDb } from '../../src/lib/estimation/node.ts';
import { prepareTables } from '../../src/lib/estimation/run.ts';
import type { Step } from '../lib/step.ts';
import { writePerHectare } from './composition.ts';
import { writeCatalogue } from './indicateurs.ts';
import { writeMethodFacts } from './methodologie.ts';
import { writeResults } from './resultats.ts';

/** The files the estimation writes, each by its own module. */
export const ESTIMATION_OUTPUTS = ['resultats.parquet', 'ha_par_composition.parquet', 'indicateurs.json', 'methodologie.json'] as const;

export interface EstimationSummary {
  rows: number;
  seconds: number;
  files: { name: string; bytes: number }[];
}

/**
 * Reads the tables of `tables` (a folder of the pipeline's Parquet outputs) and writes every
 * estimation output into `target`.
 */
export async function estimate(tables: string, target: string): Promise<EstimationSummary> {
  const t0 = performance.now();
  const db = await openParquetDb(tables, { load: true });
  try {
    // Every query adds its sums in a fixed order (ordered.ts), so they run on both cores and the
    // outputs stay byte-identical from one run to the next (tests/data/estimation-determinism.test.ts).
    await prepareTables(db.runner);
    const rows = await writeResults(db, join(target, 'resultats.parquet'));
    await writePerHectare(db, join(target, 'ha_par_composition.parquet'));
    await writeCatalogue(join(target, 'indicateurs.json'));
    await writeMethodFacts(db.runner, join(target, 'methodologie.json'));
    const files = ESTIMATION_OUTPUTS.map((name) => ({ name, bytes: statSync(join(target, name)).size }));
    return { rows, seconds: (performance.now() - t0) / 1000, files };
  } finally {
    db.close();
  }
}

export const step: Step = {
  name: 'resultats',
  module: import.meta.filename,
  sources: [],
  // The steps that write INPUT_TABLES (src/lib/estimation/types.ts).
  after: ['territoires', 'especes', 'ifn', 'calage'],
  outputs: [...ESTIMATION_OUTPUTS],
  async run({ out, staging, log }) {
    const summary = await estimate(out, staging.dir);
    log(`resultats : ${summary.rows} estimations en ${summary.seconds.toFixed(1)} s`);
  },
};
