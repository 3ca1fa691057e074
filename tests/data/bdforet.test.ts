// bdforet_epci.parquet against its source file (the mirror's BD Forêt aggregate by EPCI and the 2018
// commune table): every EPCI of the file that the commune table knows is kept, with the file's own
// areas, and nothing else; the sums over EPCI equal the file's. Fails if the outputs are missing.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outDir, sourceDir } from '../../scripts/lib/paths.ts';
import { openMemoryDb, type NodeDb } from '../../src/lib/estimation/node.ts';
import { sqlString } from '../../src/lib/sql.ts';

type Row = Record<string, number | string | null>;
let rows: (sql: string) => Promise<Row[]>;
let db: NodeDb | undefined;

beforeAll(async () => {
  db = await openMemoryDb();
  const conn = db.conn;
  const src = (f: string) => sqlString(path.join(sourceDir(), f));
  const out = (f: string) => sqlString(path.join(outDir(), f));
  await conn.run(`CREATE VIEW fichier AS SELECT DISTINCT CAST(siren AS VARCHAR) AS siren, feuillus, coniferes, mixtes, peupleraies, jeune_peup, total, tx_boisement
    FROM read_csv(${src('bdforet/ign19_surface_foret_par_epci.csv')}, header = true) WHERE siren IS NOT NULL`);
  await conn.run(`CREATE VIEW cog AS SELECT * FROM read_csv(${src('cog/communes_epci_2018.csv')}, header = true, all_varchar = true)`);
  await conn.run(`CREATE VIEW epci AS SELECT * FROM read_parquet(${out('bdforet_epci.parquet')})`);
  await conn.run(`CREATE VIEW communes AS SELECT * FROM read_parquet(${out('communes.parquet')})`);
  rows = async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Row[];
});
afterAll(() => db?.close());

describe('BD Forêt par intercommunalité', () => {
  it('garde exactement les EPCI du fichier connus de la table des communes 2018 (1 239)', async () => {
    const [r] = await rows(`SELECT
      (SELECT count(*) FROM epci) AS kept,
      (SELECT count(*) FROM fichier f WHERE f.siren IN (SELECT epci FROM cog WHERE epci IS NOT NULL)) AS expected,
      (SELECT count(*) FROM epci WHERE siren NOT IN (SELECT siren FROM fichier)) AS foreign`);
    expect(Number(r!['kept'])).toBe(1239);
    expect(Number(r!['kept'])).toBe(Number(r!['expected']));
    expect(Number(r!['foreign'])).toBe(0);
  });

  it('reprend les surfaces du fichier pour chaque EPCI, et leurs sommes égalent celles du fichier', async () => {
    const [diff] = await rows(`SELECT count(*) AS n FROM epci e JOIN fichier f USING (siren)
      WHERE abs(e.feuillus_ha - f.feuillus) > 1e-9 OR abs(e.coniferes_ha - f.coniferes) > 1e-9 OR abs(e.mixtes_ha - f.mixtes) > 1e-9
         OR abs(e.peupleraies_ha - f.peupleraies) > 1e-9 OR abs(e.jeunes_peuplements_ha - f.jeune_peup) > 1e-9
         OR abs(e.surface_foret_ha - f.total) > 1e-9 OR abs(e.taux_boisement - 100 * f.tx_boisement) > 1e-9`);
    expect(Number(diff!['n'])).toBe(0);
    const [sums] = await rows(`SELECT (SELECT sum(surface_foret_ha) FROM epci) AS ours,
      (SELECT sum(total) FROM fichier WHERE siren IN (SELECT siren FROM epci)) AS theirs,
      (SELECT sum(total) FROM fichier) AS whole`);
    expect(Number(sums!['ours'])).toBeCloseTo(Number(sums!['theirs']), 3);
    // What is left out (non-SIREN keys, EPCI merged before 2018) is under 0.2 % of the mapped forest.
    expect(Number(sums!['ours']) / Number(sums!['whole'])).toBeGreaterThan(0.998);
    // BD Forêt's wider definition: about 17.9 million ha against the inventory's 17.
    expect(Number(sums!['ours'])).toBeGreaterThan(17.8e6);
    expect(Number(sums!['ours'])).toBeLessThan(18.0e6);
  });

  it('rattache chaque EPCI au département qui compte le plus de ses communes', async () => {
    const [r] = await rows(`WITH n AS (SELECT epci, dep, count(*) AS k FROM communes WHERE epci IS NOT NULL GROUP BY ALL)
      SELECT count(*) AS bad FROM epci e WHERE (SELECT max(k) FROM n WHERE n.epci = e.siren) <> (SELECT k FROM n WHERE n.epci = e.siren AND n.dep = e.dep)`);
    expect(Number(r!['bad'])).toBe(0);
    const [c] = await rows(`SELECT count(*) AS n, count(*) FILTER (WHERE epci IS NULL) AS sans FROM communes`);
    expect(Number(c!['n'])).toBe(35066);
    expect(Number(c!['sans'])).toBe(4); // the four single-commune islands
  });
});
