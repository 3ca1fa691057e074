// Staleness stamps: a step is skipped when the hashes of its sources, its code and its upstream
// steps are those recorded at its last successful run and all its outputs still exist.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './hash.ts';
import { ROOT } from './paths.ts';

/** Bump to force every step to rebuild (e.g. after a DuckDB upgrade that changes Parquet bytes). */
export const PIPELINE_VERSION = 1;

export const STAMP_FILE = '.build-stamps.json';

export type Stamps = Record<string, string>;

export function readStamps(out: string): Stamps {
  const f = path.join(out, STAMP_FILE);
  if (!existsSync(f)) return {};
  try {
    return JSON.parse(readFileSync(f, 'utf8')) as Stamps;
  } catch {
    return {};
  }
}

export async function writeStamps(out: string, stamps: Stamps): Promise<void> {
  const f = path.join(out, STAMP_FILE);
  const sorted = Object.fromEntries(Object.entries(stamps).sort(([a], [b]) => a.localeCompare(b)));
  await writeFile(`${f}.tmp`, JSON.stringify(sorted, null, 2) + '\n');
  await rename(`${f}.tmp`, f);
}

/** Hash of some files, each named by its path from the project root (sorted: the order given does not matter). */
export async function hashCode(files: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const f of [...files].sort()) parts.push(`${path.relative(ROOT, f)}:${sha256(await readFile(f))}`);
  return sha256(parts.join('\n'));
}

