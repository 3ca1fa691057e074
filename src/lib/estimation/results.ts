// Build-time reader of resultats.parquet for pages: `const r = await loadResults()`, then
// `r.get({ level, code, indicator })` for one figure (latest window, `total` by default) or
// `r.list({ ... })` for several. Node only (DuckDB); the file is read once per process.
import { existsSync } from 'node:fs';
import { outputFile } from '../data/outputDir.ts';
import { DEFAULT_PERIOD } from './config.ts';
import { openMemoryDb } from './node.ts';
import { toResultRow } from './run.ts';
import type { Level, ResultRow } from './types.ts';

/** Where the build writes the results (see src/lib/data/outputDir.ts). */
export function resultsPath(): string {
  return outputFile('resultats.parquet');
}

export interface ResultKey {
  level: Level;
  code: string;
  indicator: string;
  /** Default: the latest window (DEFAULT_PERIOD). */
  period?: string;
  /** Default: 'total'. */
  breakdown?: string;
  /** Default: 'total'. */
  category?: string;
}

export type ResultFilter = Partial<Pick<ResultRow, 'level' | 'code' | 'period' | 'indicator' | 'breakdown' | 'category'>>;

const keyOf = (r: Pick<ResultRow, 'level' | 'code' | 'period' | 'indicator' | 'breakdown' | 'category'>): string =>
  `${r.level}|${r.code}|${r.period}|${r.indicator}|${r.breakdown}|${r.category}`;

/** The results in memory, indexed for the lookups pages make. */
export class Results {
  private readonly index = new Map<string, ResultRow>();

  constructor(readonly rows: readonly ResultRow[]) {
    for (const r of rows) this.index.set(keyOf(r), r);
  }

  /** One figure, or undefined when the territory, period or category has none. */
  get(k: ResultKey): ResultRow | undefined {
    return this.index.get(
      keyOf({
        level: k.level,
        code: k.code,
        period: k.period ?? DEFAULT_PERIOD,
        indicator: k.indicator,
        breakdown: k.breakdown ?? 'total',
        category: k.category ?? 'total',
      }),
    );
  }

  /** Like get, but throws a clear error when the figure is missing. */
  require(k: ResultKey): ResultRow {
    const r = this.get(k);
    if (!r) {
      throw new Error(
        `Résultat absent de resultats.parquet : ${k.indicator} (${k.breakdown ?? 'total'} / ${k.category ?? 'total'}) pour ${k.level} ${k.code}, période ${k.period ?? DEFAULT_PERIOD}`,
      );
    }
    return r;
  }

  /** Every row matching the filter, in file order (level, code, period, indicator, breakdown, category). */
  list(f: ResultFilter): ResultRow[] {
    return this.rows.filter(
      (r) =>
        (f.level === undefined || r.level === f.level) &&
        (f.code === undefined || r.code === f.code) &&
        (f.period === undefined || r.period === f.period) &&
        (f.indicator === undefined || r.indicator === f.indicator) &&
        (f.breakdown === undefined || r.breakdown === f.breakdown) &&
        (f.category === undefined || r.category === f.category),
    );
  }
}

/** Reads a results file with DuckDB. */
export async function readResultsFile(file: string): Promise<ResultRow[]> {
  if (!existsSync(file)) {
    throw new Error(`Résultats introuvables : ${file}. Lancer « npm run data:build » pour les calculer.`);
  }
  const db = await openMemoryDb();
  try {
    const rows = await db.runner.query(`SELECT * FROM read_parquet($1)`, [file]);
    return rows.map((r) => ({ ...toResultRow(r), category_label: String(r['category_label']) }));
  } finally {
    db.close();
  }
}

const cache = new Map<string, Promise<Results>>();

/** All results, read once per process (pages of a build share them). */
export function loadResults(file: string = resultsPath()): Promise<Results> {
  let p = cache.get(file);
  if (!p) {
    p = readResultsFile(file).then((rows) => new Results(rows));
    cache.set(file, p);
    p.catch(() => cache.delete(file));
  }
  return p;
}
