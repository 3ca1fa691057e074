// Build-time reading of what the map shows: the series found in `resultats.parquet`, the
// territories and outlines of each level, and the figures of one level and series. Used by the
// /carte/ page and its data endpoints; never shipped to the browser.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { INDICATORS } from '../estimation/catalogue.ts';
import { DEFAULT_PERIOD } from '../estimation/config.ts';
import { outputFile } from '../data/outputDir.ts';
import { loadResults, resultsPath } from '../estimation/results.ts';
import type { ResultRow } from '../estimation/types.ts';
import { loadTerritories, territoryPath } from '../territories/catalog.ts';
import { indicatorFile, levelFile, mapSeries, type MapSeries, type ResultFigure } from './build.ts';
import { MAP_LEVELS, type IndicatorFile, type LevelFile, type MapLevel } from './types.ts';

/** The map opens on the forest cover of the départements, the figure readers know best. */
export const DEFAULT_LEVEL: MapLevel = 'departement';
export const DEFAULT_INDICATOR = 'taux_boisement';

const MAPPED: ReadonlySet<string> = new Set(MAP_LEVELS);
const seriesKey = (r: { indicator: string; breakdown: string; category: string }) => `${r.indicator}|${r.breakdown}|${r.category}`;

let byLevelAndSeries: Promise<Map<string, ResultRow[]>> | undefined;

/** The results of the map's levels, grouped by level and series (read once per build). */
function mapResults(): Promise<Map<string, ResultRow[]>> {
  byLevelAndSeries ??= loadResults().then(({ rows }) => {
    const index = new Map<string, ResultRow[]>();
    for (const r of rows) {
      if (!MAPPED.has(r.level)) continue;
      const k = `${r.level}|${seriesKey(r)}`;
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(r);
    }
    return index;
  });
  return byLevelAndSeries;
}

let seriesCache: Promise<MapSeries[]> | undefined;

/** Every series the map offers, as present in the results. */
export function loadMapSeries(): Promise<MapSeries[]> {
  seriesCache ??= mapResults().then((index) => {
    const present = new Set([...index.values()].flat().filter((r) => r.value !== null).map(seriesKey));
    const series = mapSeries(INDICATORS, present);
    if (series.length === 0) throw new Error(`Carte : aucun indicateur cartographiable dans ${resultsPath()}`);
    return series;
  });
  return seriesCache;
}

/** The periods of the results, oldest first, and the one the map opens on. */
export async function loadPeriods(): Promise<{ periods: string[]; defaultPeriod: string }> {
  const periods = [...new Set((await loadResults()).rows.map((r) => r.period))].sort();
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
  const rows: ResultFigure[] = ((await mapResults()).get(`${level}|${seriesKey(series)}`) ?? []).map((r) => ({
    code: r.code,
    period: r.period,
    value: r.value,
    lower: r.lower,
    upper: r.upper,
    n_plots: r.n_plots,
    significant: r.significant,
  }));
  const level_ = await loadLevelFile(level);
  return indicatorFile(level, series, rows, level_.territories.map((t) => t.code));
}
