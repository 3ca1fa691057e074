// The step list (scripts/steps.ts) against what the steps read: a step runs after the steps whose
// outputs it reads, so that a change upstream rebuilds it (its stamp includes the stamps recorded
// for them), and its stamp covers all the code it imports.
import { readdirSync, readFileSync } from 'node:fs';
import path, { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { steps } from '../../scripts/steps.ts';
import { tableDocs } from '../../scripts/tables/index.ts';
import { licenceOf, sourceRanges } from '../../scripts/dictionary.ts';
import { loadManifest } from '../../scripts/lib/manifest.ts';
import { importClosure } from '../../scripts/lib/imports.ts';
import { columnGroups, PARQUET_TYPES } from '../../scripts/lib/step.ts';
import { INPUT_TABLES } from '../../src/lib/estimation/types.ts';
import { EXPLORER_TABLES } from '../../src/lib/explorer/tables.ts';

const step = (name: string) => {
  const s = steps.find((x) => x.name === name);
  if (!s) throw new Error(`étape ${name} absente de scripts/steps.ts`);
  return s;
};

/** The outputs of a step's upstream steps. */
const upstreamOutputs = (name: string): string[] => step(name).after.flatMap((a) => step(a).outputs);

describe('liste des étapes', () => {
  it('chaque étape a un nom unique et ne vient qu’après celles dont elle lit les sorties', () => {
    const names = steps.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    steps.forEach((s, i) => {
      for (const a of s.after) expect(names.indexOf(a), `${s.name} après ${a}`).toBeGreaterThanOrEqual(0);
      for (const a of s.after) expect(names.indexOf(a), `${s.name} après ${a}`).toBeLessThan(i);
    });
  });

  it('un fichier produit l’est par une seule étape', () => {
    const outputs = steps.flatMap((s) => s.outputs);
    expect(outputs.length).toBeGreaterThan(20);
    expect(new Set(outputs).size).toBe(outputs.length);
  });

  it('l’estimation dépend des étapes qui écrivent chacune de ses tables', () => {
    const upstream = upstreamOutputs('resultats');
    expect(INPUT_TABLES.filter((t) => !upstream.includes(`${t}.parquet`))).toEqual([]);
  });

  it('les copies de l’explorateur dépendent des étapes qui écrivent les tables copiées', () => {
    const slimmed = EXPLORER_TABLES.flatMap((t) => (t.slimOf ? [t.slimOf] : []));
    expect(slimmed.length).toBeGreaterThan(3);
    const upstream = upstreamOutputs('explorateur');
    expect(slimmed.filter((f) => !upstream.includes(f))).toEqual([]);
  });

  it('l’empreinte d’une étape couvre tout le code qu’elle importe, src/lib compris', () => {
    for (const s of steps) expect(importClosure([s.module]), s.name).toContain(s.module);
    const estimation = importClosure([step('resultats').module]).map((f) => relative(ROOT, f));
    // The quoting helper, the catalogue's indicator families and the number formats of its method texts.
    expect(estimation).toEqual(expect.arrayContaining(['src/lib/sql.ts', 'src/lib/estimation/indicators/flows.ts', 'src/lib/format/numbers.ts']));
    const tables = importClosure([step('territoires').module]).map((f) => relative(ROOT, f));
    expect(tables).toContain('scripts/tables/territoires.ts');
    expect(tables).not.toContain('src/lib/estimation/catalogue.ts');
  });
});

describe('documentation des tables', () => {
  const manifest = loadManifest();
  it('chaque table nomme des sources du manifeste, d’où vient sa licence', () => {
    expect(tableDocs.length).toBeGreaterThan(10);
    const ids = new Set(manifest.sources.map((x) => x.id));
    for (const t of tableDocs) expect(t.sources.filter((id) => !ids.has(id)), t.file).toEqual([]);
    const arbres = tableDocs.find((t) => t.file === 'arbres.parquet')!;
    expect(licenceOf(arbres, manifest)).toBe('Licence Ouverte / Etalab 2.0 (IGN)');
    const calage = tableDocs.find((t) => t.file === 'calage.parquet')!;
    expect(licenceOf(calage, manifest)).toBe('Licence Ouverte / Etalab 2.0 (IGN) ; calculs de l’observatoire');
  });

  it('écrit les campagnes consécutives en une plage', () => {
    expect(sourceRanges(['a', 'ifn-2008', 'ifn-2009', 'ifn-2010', 'bdiff-2020-2024', 'ifn-2012'])).toEqual([
      '`a`', '`ifn-2008` … `ifn-2010`', '`bdiff-2020-2024`', '`ifn-2012`',
    ]);
  });

  /** Every `*.columns.json` below scripts/, with its parsed groups. */
  const columnFiles = readdirSync(path.join(ROOT, 'scripts'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.columns.json'))
    .map((f) => ({ file: f, groups: JSON.parse(readFileSync(path.join(ROOT, 'scripts', f), 'utf8')) as Record<string, { name: string; description: string }[]> }));

  it('chaque colonne décrite dans un fichier .columns.json figure dans une table documentée', () => {
    expect(columnFiles.length).toBeGreaterThan(10);
    const documented = new Set(tableDocs.flatMap((t) => t.columns.map((c) => `${c.name} : ${c.description}`)));
    for (const { file, groups } of columnFiles) {
      const entries = Object.values(groups).flat();
      expect(entries.length, file).toBeGreaterThan(0);
      expect(entries.map((c) => `${c.name} : ${c.description}`).filter((d) => !documented.has(d)), file).toEqual([]);
    }
  });

  it('chaque fichier .columns.json est importé par une étape, dont il entre dans l’empreinte : le corriger reconstruit la table', () => {
    const stamped = new Set(steps.flatMap((s) => importClosure([s.module])).map((f) => relative(ROOT, f)));
    expect(columnFiles.map(({ file }) => path.join('scripts', file)).filter((f) => !stamped.has(f))).toEqual([]);
  });

  it('chaque table documente des colonnes uniques, de types Parquet pour un Parquet et texte pour un TopoJSON', () => {
    for (const t of tableDocs) {
      const names = t.columns.map((c) => c.name);
      expect(names.length, t.file).toBeGreaterThan(0);
      expect(new Set(names).size, t.file).toBe(names.length);
      const allowed = t.file.endsWith('.topojson') ? ['string'] : PARQUET_TYPES;
      expect(t.columns.filter((c) => !allowed.includes(c.type)).map((c) => `${c.name} ${c.type}`), t.file).toEqual([]);
    }
  });

  it('une description de colonne mal formée arrête la construction en nommant fichier, groupe, colonne et champ', () => {
    const ok = { name: 'surface_ha', type: 'DOUBLE', unit: 'ha', source: 'calculé', description: 'Surface.' };
    expect(columnGroups({ g: [ok] }, 'x.columns.json').g).toEqual([ok]);
    const { unit: _, ...noUnit } = ok;
    expect(() => columnGroups({ g: [ok, noUnit] }, 'x.columns.json')).toThrow('x.columns.json : groupe « g », colonne 2, champ « unit » : texte attendu');
    expect(() => columnGroups({ g: [{ ...ok, type: 'FLOAT8' }] }, 'x.columns.json')).toThrow('colonne 1, champ « type » : type « FLOAT8 » inconnu');
    expect(() => columnGroups({ g: [{ ...ok, name: 'Surface ha' }] }, 'x.columns.json')).toThrow('champ « name » : « Surface ha » n’est pas un nom de colonne en snake_case');
    expect(() => columnGroups({ g: [{ ...ok, descrption: 'typo' }] }, 'x.columns.json')).toThrow('champ « descrption » : champ inconnu');
    expect(() => columnGroups({ g: [{ ...ok, description: ' ' }] }, 'x.columns.json')).toThrow('champ « description » : description vide');
    expect(() => columnGroups({ g: [] }, 'x.columns.json')).toThrow('x.columns.json : groupe « g » : une liste de colonnes non vide est attendue');
  });
});
