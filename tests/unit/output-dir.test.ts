// One output folder for everyone: with DATA_OUT_DIR set, the pipeline, the pages (territories,
// maps) and the results reader all use it; unset, all use public/donnees. (Before, the factsheets
// read results from DATA_OUT_DIR and territories from public/donnees.)
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { dataOutputDir, outputFile } from '../../src/lib/data/outputDir.ts';
import { resultsPath } from '../../src/lib/estimation/results.ts';
import { outDir, ROOT } from '../../scripts/lib/paths.ts';

const saved = process.env['DATA_OUT_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['DATA_OUT_DIR'];
  else process.env['DATA_OUT_DIR'] = saved;
});

describe('dossier de sortie', () => {
  it('DATA_OUT_DIR vaut pour la chaîne, les pages et le lecteur des résultats', () => {
    process.env['DATA_OUT_DIR'] = '/tmp/sortie-essai';
    expect(outDir()).toBe('/tmp/sortie-essai');
    expect(outputFile('territoires.parquet')).toBe('/tmp/sortie-essai/territoires.parquet');
    expect(resultsPath()).toBe('/tmp/sortie-essai/resultats.parquet');
  });
  it('sans DATA_OUT_DIR, tous lisent public/donnees du projet', () => {
    delete process.env['DATA_OUT_DIR'];
    expect(outDir()).toBe(path.join(ROOT, 'public/donnees'));
    expect(dataOutputDir(ROOT)).toBe(outDir());
    expect(path.dirname(resultsPath())).toBe(path.resolve('public/donnees'));
  });
});
