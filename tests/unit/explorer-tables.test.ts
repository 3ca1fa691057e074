// The explorer ships slim copies of the tables (src/lib/explorer/tables.ts): they must hold every
// column the catalogue SQL reads, or the browser would fail where the build succeeded. Every
// catalogue query and SETUP_SQL run here on the fixture cut down to those columns.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SETUP_SQL } from '../../src/lib/estimation/catalogue.ts';
import { allQueries } from '../../src/lib/estimation/run.ts';
import type { NodeDb } from '../../src/lib/estimation/node.ts';
import { EXPLORER_TABLES } from '../../src/lib/explorer/tables.ts';
import { fixtureNodeDb } from './fixtures/estimationDb.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await fixtureNodeDb();
  await db.conn.run('ALTER TABLE placettes ADD COLUMN IF NOT EXISTS pent2 SMALLINT');
  await db.conn.run('ALTER TABLE placettes ADD COLUMN IF NOT EXISTS expo SMALLINT');
  await db.conn.run('CREATE SCHEMA slim');
  for (const t of EXPLORER_TABLES) await db.conn.run(`CREATE TABLE slim.${t.name} AS SELECT ${t.columns.map((c) => c.name).join(', ')} FROM main.${t.name}`);
  await db.conn.run('USE slim');
  for (const s of SETUP_SQL) await db.conn.run(s);
});
afterAll(() => db.close());

it.each(allQueries().map((q) => [`${q.indicator} / ${q.breakdown}`, q.sql]))('%s runs on the explorer’s columns', async (_n, sql) => {
  const rows = await db.runner.query(sql, [2015, 2019]);
  expect(rows.length).toBeGreaterThan(0);
});
