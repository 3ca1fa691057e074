// Where the pipeline writes its outputs and the site serves them from (/donnees/…): `DATA_OUT_DIR`
// when set (tests, benches), else public/donnees, relative to the project root. The one place that
// says it: the pipeline, the pages, the results reader and the benches all ask here.
import { resolve } from 'node:path';

/** The output folder; `root` is the project root (by default the working directory, as in `astro build`). */
export function dataOutputDir(root: string = process.cwd()): string {
  return resolve(root, process.env['DATA_OUT_DIR'] ?? 'public/donnees');
}

/** Absolute path of an output file, e.g. `outputFile('territoires.parquet')`. */
export function outputFile(name: string, root?: string): string {
  return resolve(dataOutputDir(root), name);
}
