// The rows of resultats.parquet for one territory, written as a small Parquet file (zstd) with
// DuckDB: the underlying data of a factsheet for re-use in any analysis tool.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetSource, queryRows } from '../data/query.ts';
import { sqlString } from '../sql.ts';

let tempDir: string | undefined;

export async function territoryParquet(level: string, code: string): Promise<Uint8Array> {
  tempDir ??= mkdtempSync(join(tmpdir(), 'fiches-'));
  const file = join(tempDir, `${level}-${code}.parquet`);
  // Literals are safe here: level and code come from the territories table, not from a user.
  const where = `level = ${sqlString(level)} AND code = ${sqlString(code)}`;
  await queryRows(
    `COPY (SELECT * FROM ${parquetSource('resultats.parquet')} WHERE ${where} ORDER BY indicator, breakdown, period, category)
     TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  const bytes = readFileSync(file);
  rmSync(file);
  return bytes;
}
