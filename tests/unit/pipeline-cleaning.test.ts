// Each cleaning rule of the data pipeline on tiny synthetic CSV files shaped like the producers'.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../scripts/lib/duck.ts';
import { PipelineError } from '../../scripts/lib/errors.ts';
import { expectWholeCampaignDatemort } from '../../scripts/tables/ifn.ts';

let db: Db;
const dir = mkdtempSync(path.join(os.tmpdir(), 'pipeline-cleaning-'));

function csv(name: string, text: string) {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return { path: p, label: `fixture › ${name}` };
}

beforeAll(async () => {
  db = await Db.open();
});
afterAll(() => db.close());

describe('nettoyage des fichiers bruts', () => {
  it("lit l'idp complété de zéros de 2005 comme un entier et en déduit la campagne", async () => {
    await db.loadCsv('r2005', [csv('placettes_foret_2005.csv', 'idp;dep\n000019;88\n000023;57\n')]);
    await db.typeColumns('r2005', 't2005', { idp: 'INTEGER', dep: 'VARCHAR' });
    const rows = await db.all<{ idp: number; annee: number }>(`SELECT idp, (idp // 100000 + 2005) AS annee FROM t2005 ORDER BY idp`);
    expect(rows).toEqual([
      { idp: 19, annee: 2005 },
      { idp: 23, annee: 2005 },
    ]);
  });

  it('complète les codes département non complétés de 2006–2007 sans tronquer 2A ni 971', async () => {
    const rows = await db.all<{ x: string; d: string }>(`SELECT x, pad0(x, 2) AS d FROM (VALUES ('1'), ('9'), ('10'), ('2A'), ('971')) t(x)`);
    expect(Object.fromEntries(rows.map((r) => [r.x, r.d]))).toEqual({ '1': '01', '9': '09', '10': '10', '2A': '2A', '971': '971' });
  });

  it("traite le NA entre guillemets de 2019 et les cellules vides comme des valeurs manquantes", async () => {
    await db.loadCsv('r2019', [
      csv('arbres_foret_2019.csv', '"idp";"a";"espar";"ir5";"htot"\n"1400006";1;"11";4.2;13.0\n"1400006";2;"02";NA;NA\n'),
      csv('arbres_foret_2018.csv', 'idp;a;espar;ir5;htot\n1300001;1;09;;\n'),
    ]);
    await db.typeColumns('r2019', 't2019', { idp: 'INTEGER', a: 'SMALLINT', espar: 'VARCHAR', ir5: 'DOUBLE', htot: 'DOUBLE' });
    const rows = await db.all(`SELECT idp, a, espar, ir5, htot FROM t2019 ORDER BY idp, a`);
    expect(rows).toEqual([
      { idp: 1300001, a: 1, espar: '09', ir5: null, htot: null },
      { idp: 1400006, a: 1, espar: '11', ir5: 4.2, htot: 13 },
      { idp: 1400006, a: 2, espar: '02', ir5: null, htot: null },
    ]);
  });

  it('garde les zéros de tête des codes espèces (texte, jamais nombre)', async () => {
    const rows = await db.all<{ espar: string }>(`SELECT espar FROM t2019 ORDER BY espar`);
    expect(rows.map((r) => r.espar)).toEqual(['02', '09', '11']);
  });

  it('lit la virgule décimale (Agreste) comme le point (IFN)', async () => {
    await db.loadCsv('ragreste', [csv('recolte.csv', 'Département;2005;2006\n01 - Ain;340,996;397.5\n02 - Aisne;;0\n')]);
    await db.typeColumns('ragreste', 'tagreste', { Département: 'VARCHAR', '2005': 'DOUBLE', '2006': 'DOUBLE' });
    const rows = await db.all(`SELECT "2005" AS a, "2006" AS b FROM tagreste ORDER BY _line`);
    expect(rows).toEqual([
      { a: 340.996, b: 397.5 },
      { a: null, b: 0 },
    ]);
  });

  it('arrête sur une valeur illisible en nommant fichier, colonne, ligne et valeur', async () => {
    await db.loadCsv('rbad', [csv('arbres_foret_2010.csv', 'idp;a;c13\n1000001;1;120\n1000001;2;12O\n1000001;3;95\n')]);
    const err = await db.typeColumns('rbad', 'tbad', { idp: 'INTEGER', a: 'SMALLINT', c13: 'DOUBLE' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PipelineError);
    const where = (err as PipelineError).where;
    expect(where).toMatchObject({ file: 'fixture › arbres_foret_2010.csv', column: 'c13', line: 3, value: '12O' });
    expect((err as Error).message).toMatch(/colonne « c13 », ligne 3/);
  });

  it('donne le bon numéro de ligne dans le bon fichier quand plusieurs fichiers sont lus ensemble', async () => {
    const a = csv('a_2011.csv', 'idp;w\n1100001;1\n1100002;2\n');
    const b = csv('b_2012.csv', 'idp;w\n1200001;3\n1200002;x\n');
    await db.loadCsv('rmulti', [a, b]);
    const err = (await db.typeColumns('rmulti', 'tmulti', { idp: 'INTEGER', w: 'DOUBLE' }).catch((e: unknown) => e)) as PipelineError;
    expect(err.where).toMatchObject({ file: b.label, line: 3, column: 'w' });
  });

  it("refuse une colonne que le pipeline ne connaît pas (renommée en amont)", async () => {
    await db.loadCsv('rnew', [csv('couverts_foret_2019.csv', 'idp;espar;tca;tcl_new\n1400006;02;30;30\n')]);
    const err = (await db.typeColumns('rnew', 'tnew', { idp: 'INTEGER', espar: 'VARCHAR', tca: 'SMALLINT', tcl: 'SMALLINT' }).catch((e: unknown) => e)) as PipelineError;
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.where.column).toBe('tcl_new');
  });

  it('arrête sur une date de mort relevée sur une partie seulement des arbres morts sur pied d’une campagne', async () => {
    // 2007 (idp 2…): no date at all, left out whole; 2012 (idp 7…): every standing tree dated, chablis
    // (A) never dated. Adding one date in 2007 would bring that campaign into the mortality.
    const dead = (rows: string) => db.loadCsv('rdead', [csv('arbres_morts_foret.csv', `idp;veget;datemort\n${rows}`)]).then(() =>
      db.typeColumns('rdead', 'tdead', { idp: 'INTEGER', veget: 'VARCHAR', datemort: 'SMALLINT' }));
    await dead('200001;5;\n200002;C;\n700001;5;1\n700002;C;2\n700003;A;\n');
    await expect(expectWholeCampaignDatemort(db, 'tdead')).resolves.toBeUndefined();
    await dead('200001;5;1\n200002;C;\n700001;5;1\n700002;C;2\n700003;A;\n');
    const err = (await expectWholeCampaignDatemort(db, 'tdead').catch((e: unknown) => e)) as PipelineError;
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.where).toMatchObject({ file: 'fixture › arbres_morts_foret.csv', line: 3, column: 'datemort', value: '2007' });
  });
});
