// The explorer's slim copies of the big tables (public/donnees/explorateur/*.parquet): only the
// columns the indicator SQL and the explorer's plot variables read (see src/lib/explorer/tables.ts),
// same rows, zstd, sorted, so the browser downloads and decodes about half the bytes.
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openMemoryDb } from '../../src/lib/estimation/node.ts';
import { EXPLORER_TABLES } from '../../src/lib/explorer/tables.ts';
import { sqlString } from '../../src/lib/sql.ts';
import { parquetAt } from '../lib/duck.ts';
import type { Step } from '../lib/step.ts';

const SLIM = EXPLORER_TABLES.filter((t) => t.slimOf);

export const step: Step = {
  name: 'explorateur',
  module: import.meta.filename,
  sources: [],
  // The steps that write the tables it slims (the inventory's).
  after: ['ifn'],
  outputs: SLIM.map((t) => t.file),
  async run({ out, staging, log }) {
    const db = await openMemoryDb();
    try {
      for (const t of SLIM) {
        const file = staging.path(t.file);
        await mkdir(dirname(file), { recursive: true });
        const columns = t.columns.map((c) => c.name).join(', ');
        await db.conn.run(
          `COPY (SELECT ${columns} FROM ${parquetAt(out, t.slimOf!)} ORDER BY ${t.orderBy}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`,
        );
        const rows = await db.conn.runAndReadAll(`SELECT count(*) AS n FROM read_parquet(${sqlString(file)})`);
        const n = Number(rows.getRowObjects()[0]!['n']);
        if (n === 0) throw new Error(`Copie vide pour l’explorateur : ${t.name}`);
        log(`explorateur : ${t.name} ${n} lignes, ${((await stat(file)).size / 1e6).toFixed(1)} Mo`);
      }
    } finally {
      db.close();
    }
  },
};
