// The estimation step of `npm run data:build`: rebuilds resultats.parquet and indicateurs.json
// (and methodologie.json) when the pipeline's tables or the estimation code changed, skips it otherwise.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { INPUT_TABLES } from '../../src/lib/estimation/node.ts';
import { buildResultats } from './resultats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// Everything the estimation imports (the catalogue's method texts format numbers with src/lib/format).
const CODE_DIRS = ['src/lib/estimation', 'src/lib/explorer', 'src/lib/format', 'scripts/estimation'];
const OUTPUTS = ['resultats.parquet', 'indicateurs.json', 'methodologie.json', 'ha_par_composition.parquet'];
const STAMP = '.estimation-stamp';

async function hashFile(hash: ReturnType<typeof createHash>, file: string): Promise<void> {
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
}

/** Fingerprint of the inputs (tables) and of the code that turns them into results. */
async function fingerprint(out: string): Promise<string> {
  const hash = createHash('sha256');
  for (const t of INPUT_TABLES) {
    const file = join(out, `${t}.parquet`);
    if (!existsSync(file)) throw new Error(`Fichier manquant pour l’estimation : ${file}`);
    hash.update(`${t}\n`);
    await hashFile(hash, file);
  }
  for (const dir of CODE_DIRS) {
    // Recursive: the indicator families live in src/lib/estimation/indicators/.
    const files = (await readdir(join(ROOT, dir), { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
    for (const f of files) hash.update(`${dir}/${f}\n`).update(await readFile(join(ROOT, dir, f)));
  }
  return hash.digest('hex');
}

export interface EstimationStepOptions {
  /** Folder of the pipeline's outputs (public/donnees). */
  out: string;
  force?: boolean | undefined;
  log?: ((msg: string) => void) | undefined;
}

/** Runs the estimation step; returns true when it rebuilt the results, false when up to date. */
export async function runEstimation({ out, force = false, log = (m) => process.stderr.write(`${m}\n`) }: EstimationStepOptions): Promise<boolean> {
  const stampFile = join(out, STAMP);
  const stamp = await fingerprint(out);
  const upToDate =
    existsSync(stampFile) && (await readFile(stampFile, 'utf8')).trim() === stamp && OUTPUTS.every((f) => existsSync(join(out, f)));
  if (upToDate && !force) return false;
  const summary = await buildResultats({ dir: out, log: (m) => log(`resultats : ${m}`) });
  await writeFile(stampFile, `${stamp}\n`);
  log(`resultats : ${summary.rows} estimations en ${summary.seconds.toFixed(1)} s`);
  return true;
}
