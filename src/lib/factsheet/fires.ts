// Wildfires of a territory from the BDIFF, year by year, over the years the database covers it:
// from 1973 for the Mediterranean départements (the only ones recorded before 2006), from 2006
// elsewhere. Fires are recorded by commune, so SER and GRECO (not made of communes) get none.
import type { Level } from '../estimation/types.ts';
import { parquetSource, queryRows } from '../data/query.ts';

/** forestHa is null for a year in which the BDIFF does not break the burnt area down by land cover. */
export interface FireYear { year: number; fires: number; burntHa: number; forestHa: number | null }

/**
 * First year whose fires have their forest area filled in: before it the BDIFF writes 0 in every
 * land-cover column (checked on the data by tests/data/pipeline-outputs.test.ts), a zero that means
 * « not recorded », not « no forest burnt ».
 */
export const FOREST_AREA_FROM = 1996;

/** The years before FOREST_AREA_FROM lose their forest area: unknown, not zero. */
export function withUnrecordedForest(years: FireYear[]): FireYear[] {
  return years.map((y) => (y.year < FOREST_AREA_FROM ? { ...y, forestHa: null } : y));
}

/** Forest area burnt over the years that record it: 0 when none does. */
export function recordedForestHa(years: readonly FireYear[]): number {
  return years.reduce((sum, y) => sum + (y.forestHa ?? 0), 0);
}

export interface FireSeries {
  years: FireYear[];
  /** First year of the series (coverage start for this territory). */
  from: number;
  to: number;
  /** True for a Mediterranean département, covered since 1973. */
  mediterranean: boolean;
}

/** First year from which fires outside the Mediterranean départements are recorded. */
export const NATIONAL_COVERAGE_FROM = 2006;

let mediterranean: Promise<Set<string>> | undefined;

/** Départements present in the database before national coverage: the Mediterranean set. */
export function mediterraneanDepartements(): Promise<Set<string>> {
  mediterranean ??= queryRows<{ dep: string }>(
    `SELECT DISTINCT dep FROM ${parquetSource('incendies.parquet')} WHERE metropole AND annee < ${NATIONAL_COVERAGE_FROM} ORDER BY dep`,
  ).then((rows) => new Set(rows.map((r) => r.dep)));
  return mediterranean;
}

export async function firesOf(level: Level, code: string): Promise<FireSeries | undefined> {
  if (level === 'ser' || level === 'greco') return undefined;
  const med = level === 'departement' && (await mediterraneanDepartements()).has(code);
  const from = med ? 1973 : NATIONAL_COVERAGE_FROM;
  const where = level === 'departement' ? 'dep = $1' : level === 'region' ? 'reg = $1' : '$1 = $1';
  const rows = await queryRows<FireYear>(
    `SELECT annee AS year, count(*)::INTEGER AS fires, coalesce(sum(surface_ha), 0) AS "burntHa", coalesce(sum(surface_foret_ha), 0) AS "forestHa"
     FROM ${parquetSource('incendies.parquet')} WHERE metropole AND annee >= ${from} AND ${where} GROUP BY annee ORDER BY annee`,
    [code],
  );
  const to = 2024;
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years: FireYear[] = [];
  for (let year = from; year <= to; year++) years.push(byYear.get(year) ?? { year, fires: 0, burntHa: 0, forestHa: 0 });
  return { years: withUnrecordedForest(years), from, to, mediterranean: med };
}
