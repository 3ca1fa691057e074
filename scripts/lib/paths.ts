// Where the pipeline reads the source mirror and writes its outputs (one place, so tests can override).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataOutputDir } from '../../src/lib/data/outputDir.ts';

/** Project root (the folder holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Source mirror: `SOURCE_DATA_DIR` (relative to the project root) or `../shared/data`. */
export function sourceDir(): string {
  return path.resolve(ROOT, process.env.SOURCE_DATA_DIR ?? '../shared/data');
}

/** Output folder served by the site at `/donnees/` (gitignored). `DATA_OUT_DIR` overrides it for tests. */
export function outDir(): string {
  return dataOutputDir(ROOT);
}

/** The manifest of upstream files. `SOURCE_MANIFEST` overrides it for tests. */
export function manifestPath(): string {
  return path.resolve(ROOT, process.env.SOURCE_MANIFEST ?? 'data/sources.json');
}
