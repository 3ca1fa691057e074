// A step's outputs are published all or nothing: if one file cannot be moved into place, the files
// already moved are taken back and the previous ones restored, so the folder never mixes two builds.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { removeStaleStaging, Staging } from '../../scripts/lib/staging.ts';

/** A move that fails (disk full, for instance) for the file named `name`, and renames the others. */
const failingOn = (name: string) => async (from: string, to: string) => {
  if (path.basename(from) === name) throw new Error('ENOSPC');
  await rename(from, to);
};

it('publie tout ou rien, et les anciens fichiers restent si un déplacement échoue', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'publication-'));
  writeFileSync(path.join(out, 'a.parquet'), 'ancien a');
  writeFileSync(path.join(out, 'b.parquet'), 'ancien b');
  const staging = await Staging.create(out, 'essai');
  writeFileSync(staging.path('a.parquet'), 'nouveau a');
  writeFileSync(staging.path('b.parquet'), 'nouveau b');
  writeFileSync(staging.path('c.parquet'), 'nouveau c');
  // The move of b.parquet into place fails (disk full, for instance), after a.parquet's succeeded.
  await expect(staging.publish(failingOn('b.parquet'))).rejects.toThrow('ENOSPC');
  expect(readFileSync(path.join(out, 'a.parquet'), 'utf8')).toBe('ancien a');
  expect(readFileSync(path.join(out, 'b.parquet'), 'utf8')).toBe('ancien b');
  expect(readdirSync(out).filter((n) => !n.startsWith('.')).sort()).toEqual(['a.parquet', 'b.parquet']);
});

it('publie les nouveaux fichiers à la place des anciens et retire le dossier de travail', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'publication-'));
  writeFileSync(path.join(out, 'a.parquet'), 'ancien a');
  const staging = await Staging.create(out, 'essai');
  writeFileSync(staging.path('a.parquet'), 'nouveau a');
  writeFileSync(staging.path('c.parquet'), 'nouveau c');
  expect(await staging.publish()).toEqual(['a.parquet', 'c.parquet']);
  expect(readFileSync(path.join(out, 'a.parquet'), 'utf8')).toBe('nouveau a');
  expect(readdirSync(out).sort()).toEqual(['a.parquet', 'c.parquet']);
});

it('retire au démarrage les dossiers de travail et fichiers .tmp d’une construction interrompue', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'publication-'));
  mkdirSync(path.join(out, '.staging-ifn'));
  writeFileSync(path.join(out, '.staging-ifn', 'placettes.parquet'), '');
  writeFileSync(path.join(out, 'resultats.parquet.tmp'), '');
  writeFileSync(path.join(out, 'resultats.parquet'), 'publié');
  expect((await removeStaleStaging(out)).sort()).toEqual(['.staging-ifn', 'resultats.parquet.tmp']);
  expect(readdirSync(out)).toEqual(['resultats.parquet']);
});

it('publie un dossier (les copies de l’explorateur) tout ou rien, l’ancien dossier rendu si la suite échoue', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'publication-'));
  mkdirSync(path.join(out, 'explorateur'));
  writeFileSync(path.join(out, 'explorateur', 'arbres.parquet'), 'ancien');
  writeFileSync(path.join(out, 'z.parquet'), 'ancien z');
  const staging = await Staging.create(out, 'essai');
  mkdirSync(staging.path('explorateur'));
  writeFileSync(staging.path('explorateur/arbres.parquet'), 'nouveau');
  writeFileSync(staging.path('z.parquet'), 'nouveau z');
  // The folder is moved first (names are published in order), then z.parquet fails.
  await expect(staging.publish(failingOn('z.parquet'))).rejects.toThrow('ENOSPC');
  expect(readFileSync(path.join(out, 'explorateur', 'arbres.parquet'), 'utf8')).toBe('ancien');
  expect(readFileSync(path.join(out, 'z.parquet'), 'utf8')).toBe('ancien z');

  const again = await Staging.create(out, 'essai');
  mkdirSync(again.path('explorateur'));
  writeFileSync(again.path('explorateur/arbres.parquet'), 'nouveau');
  expect(await again.publish()).toEqual(['explorateur']);
  expect(readdirSync(path.join(out, 'explorateur'))).toEqual(['arbres.parquet']);
  expect(readFileSync(path.join(out, 'explorateur', 'arbres.parquet'), 'utf8')).toBe('nouveau');
});
