// The same catalogue SQL gives the same figures in DuckDB-WASM (the browser's engine, Node build,
// tables loaded from Parquet through hyparquet → Arrow) and in DuckDB under Node, to 1e-9 relative:
// every indicator on the fixture, and a sample of indicators on the real tables when they exist.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOutputDir } from '../../src/lib/data/outputDir.ts';
import { openParquetDb } from '../../src/lib/estimation/node.ts';
import { allQueries, prepareTables, toResultRow } from '../../src/lib/estimation/run.ts';
import type { SqlRunner } from '../../src/lib/estimation/types.ts';
import { SQL_COLUMNS, fixtureNodeDb, loadParquetIntoWasm, openWasmDb, writeParquet, type WasmDb } from './fixtures/estimationDb.ts';

const RELATIVE = 1e-9;

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-12;
}

/** Runs one query on both engines and lists every difference (empty when they agree). */
async function compare(node: SqlRunner, wasm: SqlRunner, sql: string, params: number[]): Promise<{ rows: number; diffs: string[] }> {
  const key = (r: ReturnType<typeof toResultRow>) => `${r.level}|${r.code}|${r.period}|${r.category}`;
  const a = (await node.query(sql, params)).map(toResultRow);
  const b = (await wasm.query(sql, params)).map(toResultRow);
  const diffs: string[] = [];
  if (a.length !== b.length) diffs.push(`nombre de lignes ${a.length} ≠ ${b.length}`);
  const bByKey = new Map(b.map((r) => [key(r), r]));
  for (const ra of a) {
    const rb = bByKey.get(key(ra));
    if (!rb) {
      diffs.push(`ligne absente en WASM : ${key(ra)}`);
      continue;
    }
    for (const f of ['value', 'lower', 'upper'] as const) {
      if (!close(ra[f], rb[f])) diffs.push(`${key(ra)} ${f} : ${ra[f]} ≠ ${rb[f]}`);
    }
    for (const f of ['n_plots', 'significant', 'reason', 'unit'] as const) {
      if (ra[f] !== rb[f]) diffs.push(`${key(ra)} ${f} : ${ra[f]} ≠ ${rb[f]}`);
    }
  }
  return { rows: a.length, diffs: diffs.slice(0, 10) };
}

let wasm: WasmDb;
beforeAll(async () => {
  wasm = await openWasmDb();
});

describe('DuckDB-WASM and DuckDB under Node agree on the fixture', () => {
  let dir: string;
  let node: Awaited<ReturnType<typeof fixtureNodeDb>>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'estimation-parity-'));
    node = await fixtureNodeDb();
    await writeParquet(node, dir);
    for (const t of Object.keys(SQL_COLUMNS)) await loadParquetIntoWasm(wasm, dir, t);
    await prepareTables(node.runner);
    await prepareTables(wasm.runner);
  });
  afterAll(async () => {
    node.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(allQueries().map((q) => [`${q.indicator} / ${q.breakdown}`, q.sql]))('%s', async (_name, sql) => {
    const { rows, diffs } = await compare(node.runner, wasm.runner, sql, [2014, 2019]);
    expect(rows).toBeGreaterThan(0);
    expect(diffs).toEqual([]);
  });

  afterAll(() => {
    for (const t of [...Object.keys(SQL_COLUMNS), 'production_arbre']) wasm.conn.query(`DROP TABLE IF EXISTS ${t}`);
  });
});

const REAL = dataOutputDir();
const hasReal = Object.keys(SQL_COLUMNS).every((t) => existsSync(join(REAL, `${t}.parquet`)));

// Campaigns 2015 to 2019 only, in both engines, to keep the test short.
// A data test: it fails, never skips, when the pipeline's tables are missing.
describe('… and on the real tables (sample of indicators, window 2015-2019)', () => {
  let node: Awaited<ReturnType<typeof openParquetDb>>;
  beforeAll(async () => {
    if (!hasReal) throw new Error(`Tables du pipeline absentes de ${REAL} : lancer « npm run data:build » avant les tests`);
    node = await openParquetDb(REAL, { load: true });
    for (const t of ['placettes', 'arbres', 'arbres_morts', 'couverts']) await node.conn.run(`DELETE FROM ${t} WHERE annee < 2015`);
    for (const t of Object.keys(SQL_COLUMNS)) await loadParquetIntoWasm(wasm, REAL, t, 2015);
    await prepareTables(node.runner);
    await prepareTables(wasm.runner);
  }, 120_000);
  afterAll(() => node?.close());

  const SAMPLE = [
    ['surface_foret', 'total'],
    ['taux_boisement', 'total'],
    ['part_composition', 'composition'],
    ['surface_essence', 'essence'],
    ['volume', 'espece'],
    ['production', 'total'],
    ['mortalite', 'groupe'],
    ['carbone_ha', 'total'],
  ];
  it.each(SAMPLE)('%s / %s', async (indicator, breakdown) => {
    const q = allQueries().find((x) => x.indicator === indicator && x.breakdown === breakdown)!;
    const { rows, diffs } = await compare(node.runner, wasm.runner, q.sql, [2015, 2019]);
    expect(rows).toBeGreaterThan(100);
    expect(diffs).toEqual([]);
  }, 120_000);
});
