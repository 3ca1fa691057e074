// DuckDB for the build: one in-process database, French CSV loading with typed columns and
// errors that name file, column and line, and deterministic Parquet (zstd) writing.
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openMemoryDb, type NodeDb } from '../../src/lib/estimation/node.ts';
import { PipelineError } from './errors.ts';
import { sqlIdentifier, sqlString } from '../../src/lib/sql.ts';

/** A Parquet file of the output folder as a SQL table source: `read_parquet('…/territoires.parquet')`. */
export const parquetAt = (dir: string, file: string): string => `read_parquet(${sqlString(path.join(dir, file))})`;

export type ColType = 'INTEGER' | 'SMALLINT' | 'DOUBLE' | 'VARCHAR' | 'BOOLEAN' | 'DATE';

export interface CsvFile {
  /** Path on disk. */
  path: string;
  /** Name shown to users in errors (mirror path › member). */
  label: string;
}

function plain(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}

export class Db {
  private constructor(
    private readonly db: NodeDb,
    readonly conn: DuckDBConnection,
  ) {}

  static async open(): Promise<Db> {
    // Two threads: the project's machines have two cores. Insertion order is preserved, which the
    // line numbers of error messages rely on (rowid follows file order).
    const opened = await openMemoryDb({ preserve_insertion_order: 'true' });
    const db = new Db(opened, opened.conn);
    // `clean`: the producers write missing values as empty cells, spaces or (2008+ tree files) NA.
    await db.run(`CREATE MACRO clean(x) AS NULLIF(NULLIF(trim(x), ''), 'NA')`);
    // `num`: decimal comma (Agreste) or point (IFN) both accepted.
    await db.run(`CREATE MACRO num(x) AS replace(clean(x), ',', '.')`);
    // `pad0`: left-pads codes written without their leading zeros ('1' → '01'), never truncates ('971').
    await db.run(`CREATE MACRO pad0(x, n) AS CASE WHEN length(x) < n THEN lpad(x, n, '0') ELSE x END`);
    return db;
  }

  async run(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  async all<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return reader.getRowObjects().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])) as T);
  }

  async one<T = Record<string, unknown>>(sql: string): Promise<T> {
    const rows = await this.all<T>(sql);
    if (!rows[0]) throw new Error(`Requête sans résultat : ${sql.slice(0, 200)}`);
    return rows[0];
  }

  async columns(table: string): Promise<string[]> {
    const rows = await this.all<{ name: string }>(`SELECT name FROM pragma_table_info(${sqlString(table)}) ORDER BY cid`);
    return rows.map((r) => r.name);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Loads CSV files as text (columns united by name across years) and exposes them as the view
   * `table`, with `_file` (the user-facing label) and `_line` (line number in that file, header = 1).
   * The rows are stored once; the line number is computed from the rowid, which follows file order.
   */
  async loadCsv(table: string, files: CsvFile[], delimiter: ';' | ',' = ';'): Promise<void> {
    if (files.length === 0) throw new PipelineError(`Aucun fichier à charger pour ${table}`);
    const list = `[${files.map((f) => sqlString(f.path)).join(', ')}]`;
    const labels = files.map((f) => `(${sqlString(f.path)}, ${sqlString(f.label)})`).join(', ');
    try {
      await this.run(`
        CREATE OR REPLACE TABLE ${sqlIdentifier(`${table}__data`)} AS
        SELECT * FROM read_csv(${list}, delim=${sqlString(delimiter)}, quote='"', escape='"', header=true,
          all_varchar=true, union_by_name=true, filename='_path')`);
    } catch (e) {
      // Name the one file that cannot be read (DuckDB's message is about the whole list).
      const culprit = files.length > 1 ? await this.firstUnreadable(files, delimiter) : files[0];
      let message = (e as Error).message.split('\n')[0] ?? '';
      for (const f of files) message = message.replaceAll(f.path, f.label);
      throw new PipelineError(`Lecture CSV impossible : ${message}`, { file: culprit?.label ?? files.map((f) => f.label).join(', ') });
    }
    await this.run(`
      CREATE OR REPLACE TABLE ${sqlIdentifier(`${table}__files`)} AS
      SELECT l.path, l.label, min(d.rowid) AS first
      FROM (VALUES ${labels}) l(path, label) JOIN ${sqlIdentifier(`${table}__data`)} d ON d._path = l.path
      GROUP BY l.path, l.label`);
    await this.run(`
      CREATE OR REPLACE VIEW ${sqlIdentifier(table)} AS
      SELECT d.* EXCLUDE (_path), f.label AS _file, (d.rowid - f.first + 2)::INTEGER AS _line
      FROM ${sqlIdentifier(`${table}__data`)} d JOIN ${sqlIdentifier(`${table}__files`)} f ON f.path = d._path`);
  }

  /** The first of `files` that DuckDB cannot read alone with the options of loadCsv, if any. */
  private async firstUnreadable(files: CsvFile[], delimiter: ';' | ','): Promise<CsvFile | undefined> {
    for (const f of files) {
      try {
        await this.run(`SELECT count(*) FROM read_csv(${sqlString(f.path)}, delim=${sqlString(delimiter)}, quote='"', escape='"', header=true, all_varchar=true)`);
      } catch {
        return f;
      }
    }
    return undefined;
  }

  /** Frees what loadCsv created. */
  async dropCsv(table: string): Promise<void> {
    await this.run(`DROP VIEW IF EXISTS ${sqlIdentifier(table)}`);
    await this.run(`DROP TABLE IF EXISTS ${sqlIdentifier(`${table}__files`)}`);
    await this.run(`DROP TABLE IF EXISTS ${sqlIdentifier(`${table}__data`)}`);
  }

  /**
   * Casts the text columns of `raw` into `typed` following `types`; columns absent from some years
   * come out null. Any value that does not parse stops the build with its file, column and line.
   */
  async typeColumns(raw: string, typed: string, types: Record<string, ColType>): Promise<void> {
    const present = new Set(await this.columns(raw));
    const unknown = [...present].filter((c) => !c.startsWith('_') && !(c in types));
    if (unknown.length) {
      const row = await this.one<{ _file: string }>(`SELECT _file FROM ${sqlIdentifier(raw)} WHERE ${sqlIdentifier(unknown[0]!)} IS NOT NULL LIMIT 1`).catch(
        () => ({ _file: raw }),
      );
      throw new PipelineError(`Colonne non prévue par le pipeline (à typer et documenter)`, { file: row._file, column: unknown[0]! });
    }
    const exprs: string[] = [];
    const checks: string[] = [];
    for (const [col, type] of Object.entries(types)) {
      if (!present.has(col)) {
        exprs.push(`NULL::${type} AS ${sqlIdentifier(col)}`);
        continue;
      }
      const cast = castExpr(sqlIdentifier(col), type);
      exprs.push(`${cast} AS ${sqlIdentifier(col)}`);
      if (type !== 'VARCHAR') checks.push(`count(*) FILTER (WHERE clean(${sqlIdentifier(col)}) IS NOT NULL AND (${cast}) IS NULL) AS ${sqlIdentifier(col)}`);
    }
    // One scan counts the unparsable values of every column; only a failing column is searched again.
    const counts = checks.length ? await this.one<Record<string, number>>(`SELECT ${checks.join(', ')} FROM ${sqlIdentifier(raw)}`) : {};
    for (const [col, n] of Object.entries(counts)) {
      if (!n) continue;
      const cast = castExpr(sqlIdentifier(col), types[col]!);
      const bad = await this.one<{ _file: string; _line: number; v: string }>(
        `SELECT _file, _line, ${sqlIdentifier(col)} AS v FROM ${sqlIdentifier(raw)} WHERE clean(${sqlIdentifier(col)}) IS NOT NULL AND (${cast}) IS NULL ORDER BY _file, _line LIMIT 1`,
      );
      throw new PipelineError(`Valeur illisible (type attendu : ${typeLabel[types[col]!]}) ; ${n} valeur(s) concernée(s)`, {
        file: bad._file,
        column: col,
        line: bad._line,
        value: bad.v,
      });
    }
    await this.run(`CREATE OR REPLACE TABLE ${sqlIdentifier(typed)} AS SELECT ${exprs.join(', ')}, _file, _line FROM ${sqlIdentifier(raw)}`);
  }

  /** Writes a query to Parquet (zstd), with `metadata` (a DuckDB struct literal) as key-value metadata. The caller's SQL must carry an explicit ORDER BY. */
  async writeParquet(sql: string, file: string, metadata?: string): Promise<void> {
    const kv = metadata ? `, KV_METADATA ${metadata}` : '';
    await this.run(`COPY (${sql}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880${kv})`);
  }
}

const typeLabel: Record<ColType, string> = {
  INTEGER: 'nombre entier',
  SMALLINT: 'nombre entier',
  DOUBLE: 'nombre décimal',
  VARCHAR: 'texte',
  BOOLEAN: '0 ou 1',
  DATE: 'date jj/mm/aaaa',
};

/** SQL that turns a raw text column into its type, or NULL when it does not parse. */
export function castExpr(col: string, type: ColType): string {
  switch (type) {
    case 'VARCHAR':
      return `clean(${col})`;
    case 'DOUBLE':
      return `TRY_CAST(num(${col}) AS DOUBLE)`;
    case 'DATE':
      return `TRY_STRPTIME(clean(${col}), '%d/%m/%Y')::DATE`;
    case 'BOOLEAN':
      return `CASE clean(${col}) WHEN '1' THEN true WHEN '0' THEN false END`;
    default:
      return `TRY_CAST(clean(${col}) AS ${type})`;
  }
}
