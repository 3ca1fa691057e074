// Build-time queries over the pipeline's Parquet outputs with DuckDB (Node). One in-memory database
// for the whole build; pages call `queryRows` with bound parameters.
import { existsSync } from 'node:fs';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { openMemoryDb } from '../estimation/node.ts';
import { orderedAggregates } from '../estimation/ordered.ts';
import { outputFile } from './outputDir.ts';
import { sqlString } from '../sql.ts';

let connection: Promise<DuckDBConnection> | undefined;

function connect(): Promise<DuckDBConnection> {
  connection ??= openMemoryDb().then((db) => db.conn);
  return connection;
}

/** Path of an output file, failing with a clear message when the pipeline has not produced it. */
export function parquetPath(name: string): string {
  const path = outputFile(name);
  if (!existsSync(path)) {
    throw new Error(`Fichier de données absent : ${path}. Lancez « npm run data:build » avant de construire le site.`);
  }
  return path;
}

/** An output file as a quoted SQL source: `SELECT … FROM ${parquetSource('resultats.parquet')}`. */
export const parquetSource = (name: string): string => sqlString(parquetPath(name));

/**
 * Runs SQL and returns plain JS rows (numbers, strings, booleans, null). Sums add their terms in value
 * order (ordered.ts), so that two builds of the same data write the same pages to the last digit.
 */
export async function queryRows<T>(sql: string, params: DuckDBValue[] = []): Promise<T[]> {
  const db = await connect();
  const reader = await db.runAndReadAll(orderedAggregates(sql), params);
  return reader.getRowObjectsJson() as unknown as T[];
}
