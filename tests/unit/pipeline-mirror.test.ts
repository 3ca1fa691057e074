// A corrupted copy of the source mirror must stop `data:build` with a message naming the file (and
// the column and line when there is one), and leave the previously published outputs untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { fileSystemDenial, PipelineError } from '../../scripts/lib/errors.ts';
import { sha256 } from '../../scripts/lib/hash.ts';
import { Manifest } from '../../scripts/lib/manifest.ts';
import { ROOT, sourceDir } from '../../scripts/lib/paths.ts';

const REAL = path.resolve(ROOT, process.env.SOURCE_DATA_DIR ?? '../shared/data');
let tmp: string;
let mirror: string;
let out: string;
const saved = { ...process.env };

/** A mirror made of symbolic links to the real files, so a test can replace one file cheaply. */
function linkMirror(dir: string, rel = '') {
  for (const e of readdirSync(path.join(REAL, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) {
      mkdirSync(path.join(dir, r), { recursive: true });
      linkMirror(dir, r);
    } else symlinkSync(path.join(REAL, r), path.join(dir, r));
  }
}

function replace(rel: string, bytes: Uint8Array | string) {
  unlinkSync(path.join(mirror, rel));
  writeFileSync(path.join(mirror, rel), bytes);
}

async function failure(options = {}): Promise<PipelineError> {
  const err = await buildData(options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PipelineError);
  return err as PipelineError;
}

/** Replaces a source file and records it in a copy of the manifest, as a deliberate new publication. */
function acceptInManifest(rel: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  replace(rel, bytes);
  const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/sources.json'), 'utf8')));
  manifest.sources.find((s) => s.path === rel)!.sha256 = sha256(bytes);
  writeFileSync(path.join(tmp, 'sources.json'), JSON.stringify(manifest));
  process.env.SOURCE_MANIFEST = path.join(tmp, 'sources.json');
}

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pipeline-mirror-'));
  mirror = path.join(tmp, 'mirror');
  out = path.join(tmp, 'out');
  mkdirSync(mirror);
  mkdirSync(out);
  linkMirror(mirror);
  // Outputs of an earlier successful build, which a failed build must not touch.
  writeFileSync(path.join(out, 'placettes.parquet'), 'sortie précédente');
  process.env.SOURCE_DATA_DIR = mirror;
  process.env.DATA_OUT_DIR = out;
});

afterEach(() => {
  // The outputs are intact and no staging folder is left behind.
  expect(readFileSync(path.join(out, 'placettes.parquet'), 'utf8')).toBe('sortie précédente');
  expect(readdirSync(out).filter((f) => f.startsWith('.staging'))).toEqual([]);
  process.env = { ...saved };
  rmSync(tmp, { recursive: true, force: true });
});

describe('miroir des sources corrompu', () => {
  it('lit le miroir désigné par SOURCE_DATA_DIR', () => {
    expect(sourceDir()).toBe(mirror);
  });

  it('arrête sur un fichier manquant en le nommant', async () => {
    unlinkSync(path.join(mirror, 'bdiff/Incendies_2020_2024.csv'));
    const err = await failure();
    expect(err.message).toMatch(/Fichier source absent du miroir/);
    expect(err.where.file).toBe('bdiff/Incendies_2020_2024.csv');
  });

  it('arrête sur une archive tronquée', async () => {
    const zip = readFileSync(path.join(REAL, 'ifn/annual/2019-fr.zip'));
    replace('ifn/annual/2019-fr.zip', zip.subarray(0, Math.floor(zip.length / 2)));
    const err = await failure();
    expect(err.message).toMatch(/archive est corrompue ou tronquée/);
    expect(err.where.file).toBe('ifn/annual/2019-fr.zip');
  });

  it("arrête sur une colonne renommée dans un fichier d'une archive, en nommant fichier et colonne", async () => {
    const files = unzipSync(new Uint8Array(readFileSync(path.join(REAL, 'ifn/annual/2019-fr.zip'))), {
      filter: (f) => f.name.endsWith('.csv'),
    });
    const name = '2019-fr/couverts_foret_2019.csv';
    const text = new TextDecoder().decode(files[name]);
    files[name] = new TextEncoder().encode(text.replace('idp;espar;tca;tcl', 'idp;essence;tca;tcl'));
    replace('ifn/annual/2019-fr.zip', zipSync(files));
    const err = await failure();
    expect(err.where).toMatchObject({ file: `ifn/annual/2019-fr.zip › ${name}`, column: 'espar', line: 1 });
    expect(err.message).toMatch(/colonne inattendue trouvée : « essence »/);
  });

  it('arrête sur une colonne renommée dans un CSV', async () => {
    const text = readFileSync(path.join(REAL, 'agreste/recolte_regions_historique.csv'), 'utf8');
    replace('agreste/recolte_regions_historique.csv', text.replace('Région;Récolte', 'Region;Récolte'));
    const err = await failure();
    expect(err.where).toMatchObject({ file: 'agreste/recolte_regions_historique.csv', column: 'Région' });
  });

  it('arrête sur un fichier modifié sans changement de colonnes (empreinte sha256)', async () => {
    const text = readFileSync(path.join(REAL, 'agreste/recolte_regions_historique.csv'), 'utf8');
    replace('agreste/recolte_regions_historique.csv', text.replace('362,054', '362,055'));
    const err = await failure();
    expect(err.message).toMatch(/a changé depuis l'enregistrement du manifeste/);
    expect(err.where.file).toBe('agreste/recolte_regions_historique.csv');
  });

  it('arrête sur une valeur illisible en nommant fichier, colonne et ligne', async () => {
    // A new publication accepted in the manifest, but with an unreadable area on line 3.
    const rel = 'bdiff/Incendies_2020_2024.csv';
    const lines = readFileSync(path.join(REAL, rel), 'utf8').split('\n');
    lines[2] = lines[2]!.replace(/^(([^;]*;){6})[^;]*/, '$1douze');
    acceptInManifest(rel, lines.join('\n'));
    const err = await failure({ only: ['territoires', 'incendies'] });
    expect(err.where).toMatchObject({ file: rel, column: 'Surface parcourue (m2)', line: 3, value: 'douze' });
    expect(existsSync(path.join(out, 'incendies.parquet'))).toBe(false);
  });

  it('un CSV vide est dit vide, pas « mauvais séparateur »', async () => {
    replace('agreste/recolte_regions_historique.csv', '');
    const err = await failure();
    expect(err.message).toMatch(/Fichier vide/);
    expect(err.where.file).toBe('agreste/recolte_regions_historique.csv');
  });

  it('un GeoJSON vide ou tronqué est dit tel, sans inviter à mettre à jour le manifeste', async () => {
    const rel = 'boundaries/departements.geojson';
    const text = readFileSync(path.join(REAL, rel), 'utf8');
    replace(rel, text.slice(0, Math.floor(text.length / 2)));
    let err = await failure();
    expect(err.message).toMatch(/GeoJSON illisible, probablement tronqué/);
    expect(err.message).not.toMatch(/update-manifest/);
    expect(err.where.file).toBe(rel);
    replace(rel, '');
    err = await failure();
    expect(err.message).toMatch(/GeoJSON vide/);
  });

  it('un dossier miroir absent est nommé, lui, et non l’un de ses fichiers', async () => {
    process.env.SOURCE_DATA_DIR = path.join(tmp, 'pas-de-miroir');
    const err = await failure();
    expect(err.message).toMatch(/Dossier miroir des données sources introuvable : .*pas-de-miroir/);
    expect(err.where.file).toBeUndefined();
  });

  it('une erreur de lecture des incendies nomme le seul fichier en cause parmi les six', async () => {
    const rel = 'bdiff/Incendies_2010_2019.csv';
    const lines = readFileSync(path.join(REAL, rel), 'utf8').split('\n');
    lines[5] = `${lines[5]};"champ en trop;non fermé`;
    acceptInManifest(rel, lines.join('\n'));
    const err = await failure({ only: ['territoires', 'incendies'] });
    expect(err.where.file).toBe(rel);
  });

  it('un dossier de sortie impossible à créer donne un message en français, sans pile d’appels', () => {
    // A path through a file: refused even to root, unlike permissions (the tests may run as root).
    writeFileSync(path.join(tmp, 'un-fichier'), '');
    const res = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-data.ts'], { cwd: ROOT, env: { ...process.env, DATA_OUT_DIR: path.join(tmp, 'un-fichier', 'sortie') }, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Construction des données interrompue : Impossible de créer le dossier : .*un-fichier\/sortie/);
    expect(res.stderr).not.toMatch(/Erreur inattendue|    at /);
  });

  it('les refus du système (droits, lecture seule) sont dits en français avec le chemin', () => {
    expect(fileSystemDenial(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: '/srv/donnees' }))).toMatch(/^Écriture ou lecture refusée par le système : \/srv\/donnees\./);
    expect(fileSystemDenial(new Error('IO Error: Cannot open file "/srv/donnees/x.parquet": Read-only file system'))).toMatch(/^Système de fichiers en lecture seule : \/srv\/donnees\/x\.parquet\./);
    expect(fileSystemDenial(new Error('autre chose'))).toBeUndefined();
  });

  it('sort avec un code non nul et un message lisible en ligne de commande', () => {
    unlinkSync(path.join(mirror, 'cog/dep_2025.csv'));
    const res = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-data.ts'], { cwd: ROOT, env: process.env, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Construction des données interrompue : Fichier source absent du miroir/);
    expect(res.stderr).toMatch(/fichier cog\/dep_2025\.csv/);
    expect(res.stderr).toMatch(/n'ont pas été modifiées/);
  });
});

