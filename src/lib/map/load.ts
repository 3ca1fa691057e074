// Build-time reading of what the map shows: the series found in `resultats.parquet`, the
// territories and outlines of each level, and the figures of one level and series. Used by the
// /carte/ page and its data endpoints; never shipped to the browser.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { INDICATORS } from '../estimation/catalogue.ts';
import { DEFAULT_PERIOD } from '../estimation/config.ts';
import { outputFile } from '../data/outputDir.ts';
import { parquetPath, queryRows } from '../data/query.ts';
import { loadTerritories, territoryPath } from '../territories/catalog.ts';
import { indicatorFile, levelFile, mapSeries, type MapSeries, type ResultFigure } from './build.ts';
import type { IndicatorFile, LevelFile, MapLevel } from './types.ts';

/** The map opens on the forest cover of the départements, the figure readers know best. */
export const DEFAULT_LEVEL: MapLevel = 'departement';
export const DEFAULT_INDICATOR = 'taux_boisement';

const results = () => `'${parquetPath('resultats.parquet')}'`;

let seriesCache: Promise<MapSeries[]> | undefined;

/** Every series the map offers, as present in the results. */
export function loadMapSeries(): Promise<MapSeries[]> {
  seriesCache ??= queryRows<{ key: string }>(
    `SELECT DISTINCT indicator || '|' || breakdown || '|' || category AS key FROM ${results()}
     WHERE level IN ('region', 'departement', 'ser', 'greco') AND value IS NOT NULL`,
  ).then((rows) => {
    const series = mapSeries(INDICATORS, new Set(rows.map((r) => r.key)));
    if (series.length === 0) throw new Error(`Carte : aucun indicateur cartographiable dans ${results()}`);
    return series;
  });
  return seriesCache;
}

/** The periods of the results, oldest first, and the one the map opens on. */
export async function loadPeriods(): Promise<{ periods: string[]; defaultPeriod: string }> {
  const rows = await queryRows<{ period: string }>(`SELECT DISTINCT period FROM ${results()} ORDER BY period`);
  const periods = rows.map((r) => r.period);
  return { periods, defaultPeriod: periods.includes(DEFAULT_PERIOD) ? DEFAULT_PERIOD : periods[periods.length - 1]! };
}

export function readTopology(name: string): Topology {
  const path = outputFile(name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Topology;
  } catch (error) {
    throw new Error(`Carte : contours illisibles dans ${path} (${(error as Error).message}). Lancez « npm run data:build ».`);
  }
}

const levelCache = new Map<MapLevel, LevelFile>();

export async function loadLevelFile(level: MapLevel): Promise<LevelFile> {
  const cached = levelCache.get(level);
  if (cached) return cached;
  const territories = (await loadTerritories()).filter((t) => t.level === level);
  const file = levelFile(level, readTopology(`territoires-${level}.topojson`), territories as never, (code) => territoryPath({ level, code }));
  levelCache.set(level, file);
  return file;
}

export async function loadIndicatorFile(level: MapLevel, key: string): Promise<IndicatorFile> {
  const series = (await loadMapSeries()).find((s) => s.key === key);
  if (!series) throw new Error(`Carte : série inconnue « ${key} »`);
  const rows = await queryRows<ResultFigure>(
    `SELECT code, period, value, lower, upper, n_plots::INTEGER AS n_plots, significant FROM ${results()}
     WHERE level = $1 AND indicator = $2 AND breakdown = $3 AND category = $4`,
    [level, series.indicator, series.breakdown, series.category],
  );
  const level_ = await loadLevelFile(level);
  return indicatorFile(level, series, rows, level_.territories.map((t) => t.code));
}
