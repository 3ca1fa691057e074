// The real estimation, run twice on the real tables, writes byte-identical results: a figure must not
// change in its last digits from one build to the next (DuckDB feeds sums in a varying order, hence
// the sorted sums of src/lib/estimation/ordered.ts).
// Fails if the pipeline's tables are missing (`npm run data:build`).
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ESTIMATION_OUTPUTS, estimate } from '../../scripts/estimation/index.ts';
import { sha256 } from '../../scripts/lib/hash.ts';
import { resultsPath } from '../../src/lib/estimation/results.ts';
import { INPUT_TABLES } from '../../src/lib/estimation/types.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function runInFreshFolder(): Promise<Record<string, string>> {
  const source = path.dirname(resultsPath());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'estimation-deux-fois-'));
  folders.push(dir);
  for (const t of INPUT_TABLES) {
    const file = path.join(source, `${t}.parquet`);
    if (!existsSync(file)) throw new Error(`${file} manque : lancer « npm run data:build » avant les tests de données`);
    symlinkSync(file, path.join(dir, `${t}.parquet`));
  }
  await estimate(dir, dir);
  return Object.fromEntries(ESTIMATION_OUTPUTS.map((f) => [f, sha256(readFileSync(path.join(dir, f)))]));
}

it('deux estimations complètes sur les vraies données donnent des fichiers identiques octet pour octet', async () => {
  const first = await runInFreshFolder();
  const second = await runInFreshFolder();
  expect(second).toEqual(first);
}, 900_000);
