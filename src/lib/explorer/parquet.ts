// Decodes the explorer's Parquet files in JavaScript (hyparquet, zstd through
// hyparquet-compressors): DuckDB-WASM's own Parquet reader is an extension it would fetch from a
// third-party host at run time, which a self-hosted site must not do (see docs/STACK.md).
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** Every requested column as one array of `num_rows` values (null where missing). */
export async function decodeParquet(file: ArrayBuffer, columns: readonly string[], name = 'fichier'): Promise<Record<string, unknown[]>> {
  let rows: number;
  try {
    rows = Number(parquetMetadata(file).num_rows);
  } catch (e) {
    throw new Error(`${name} n’est pas un fichier Parquet lisible (${(e as Error).message})`);
  }
  const out: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c, new Array<unknown>(rows)]));
  const seen = new Set<string>();
  await parquetRead({
    file,
    columns: [...columns],
    compressors,
    onChunk: (c) => {
      const target = out[c.columnName];
      if (!target) return;
      seen.add(c.columnName);
      const data = c.columnData as ArrayLike<unknown>;
      for (let i = 0; i < data.length; i++) target[c.rowStart + i] = data[i];
    },
  });
  const missing = columns.filter((c) => !seen.has(c) && rows > 0);
  if (missing.length) throw new Error(`${name} : colonne(s) absente(s) ${missing.join(', ')}`);
  return out;
}
