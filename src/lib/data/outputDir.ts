// Where the pipeline writes its outputs and the site serves them from (/donnees/…).
import { resolve } from 'node:path';

export const dataOutputDir = resolve(process.cwd(), 'public/donnees');

/** Absolute path of an output file, e.g. `outputFile('territoires.parquet')`. */
export function outputFile(name: string): string {
  return resolve(dataOutputDir, name);
}
