// Two builds from the same sources give byte-identical files, and a second run with unchanged
// inputs skips the up-to-date steps. The small steps are rebuilt here; `npm run bench` checks all
// outputs, the large inventory tables included (figure data_outputs_identical_across_runs).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { sha256 } from '../../scripts/lib/hash.ts';

const STEPS = ['territoires', 'especes', 'recolte'];
const dirs: string[] = [];
const saved = process.env.DATA_OUT_DIR;

async function build(force: boolean, dir?: string) {
  const out = dir ?? mkdtempSync(path.join(os.tmpdir(), 'pipeline-determinism-'));
  if (!dir) dirs.push(out);
  process.env.DATA_OUT_DIR = out;
  const report = await buildData({ only: STEPS, force });
  return { out, report };
}

function digests(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .sort()
      .map((f) => [f, sha256(readFileSync(path.join(dir, f)))]),
  );
}

afterAll(() => {
  if (saved === undefined) delete process.env.DATA_OUT_DIR;
  else process.env.DATA_OUT_DIR = saved;
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('déterminisme et mise à jour incrémentale', () => {
  it('produit des fichiers identiques octet pour octet à chaque construction', async () => {
    const a = await build(true);
    const b = await build(true);
    const da = digests(a.out);
    expect(Object.keys(da)).toEqual(
      ['especes.parquet', 'recolte.parquet', 'territoires-departement.topojson', 'territoires-greco.topojson', 'territoires-region.topojson', 'territoires-ser.topojson', 'territoires.parquet'],
    );
    expect(digests(b.out)).toEqual(da);

    // Same sources, same code: nothing to rebuild, files untouched.
    const again = await build(false, a.out);
    expect(again.report.built).toEqual([]);
    expect(again.report.skipped).toEqual(STEPS);
    expect(digests(a.out)).toEqual(da);
  });
});
