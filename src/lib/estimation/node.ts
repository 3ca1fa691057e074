// DuckDB under Node (@duckdb/node-api) for the estimation engine: views named after the pipeline's
// tables over the Parquet files, and a SqlRunner for the catalogue SQL. Build-time only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { INPUT_TABLES, plainRow, type SqlRunner } from './types.ts';
import { sqlString } from '../sql.ts';

export { INPUT_TABLES };


export interface NodeDb {
  conn: DuckDBConnection;
  runner: SqlRunner;
  close(): void;
}

export function nodeRunner(conn: DuckDBConnection): SqlRunner {
  return {
    async query(sql, params) {
      const reader = await conn.runAndReadAll(sql, [...params]);
      return reader.getRowObjects().map(plainRow);
    },
  };
}

/**
 * An in-memory DuckDB (two threads: the project's machines have two cores): the one place where
 * Node code opens DuckDB (pipeline, build-time queries, estimation, benches). `settings` adds
 * DuckDB options, e.g. `preserve_insertion_order` for the pipeline's line numbers.
 */
export async function openMemoryDb(settings: Record<string, string> = {}): Promise<NodeDb> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', ...settings });
  const conn = await instance.connect();
  return {
    conn,
    runner: nodeRunner(conn),
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Opens DuckDB with one table per input over `dir/<table>.parquet`: a view, or with `load` an
 * in-memory copy (the build runs some twenty queries over the same tables; reading the Parquet
 * once is several times faster). A missing file stops with its path.
 */
export async function openParquetDb(
  dir: string,
  { tables = INPUT_TABLES, load = false }: { tables?: readonly string[]; load?: boolean } = {},
): Promise<NodeDb> {
  const db = await openMemoryDb();
  try {
    for (const t of tables) {
      const file = join(dir, `${t}.parquet`);
      if (!existsSync(file)) {
        throw new Error(`Fichier manquant : ${file} (table « ${t} » du pipeline ; lancer « npm run data:build »)`);
      }
      await db.conn.run(`CREATE ${load ? 'TABLE' : 'VIEW'} ${t} AS SELECT * FROM read_parquet(${sqlString(file)})`);
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
