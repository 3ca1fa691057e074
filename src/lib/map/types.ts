// Shapes of the map's data: the files the build writes under /carte/donnees/ and the lists the page
// embeds. Shared by the build-time endpoints, the static SVG map and the browser code.
import type { Topology } from 'topojson-specification';
import { SUBNATIONAL_LEVELS, type SubnationalLevel } from '../estimation/types.ts';

/** Levels the map can draw (France is one territory: nothing to map). */
export type MapLevel = SubnationalLevel;
export const MAP_LEVELS: readonly MapLevel[] = SUBNATIONAL_LEVELS;

/** Outline layers that can be drawn over the choropleth: the other levels and the national forest regions. */
export type Overlay = MapLevel | 'rfn';
export const OVERLAYS: readonly Overlay[] = [...MAP_LEVELS, 'rfn'];

/** One territory of a level, with what the map needs to find and label it. */
export interface MapTerritory {
  code: string;
  nom: string;
  /** URL of its factsheet. */
  href: string;
  /** WGS84 bounding box [west, south, east, north], to fly to it. */
  bbox: [number, number, number, number];
  /** A point inside its largest part [lon, lat], where proportional symbols are drawn. */
  point: [number, number];
}

/** `/carte/donnees/{level}.json`: the territories of a level and their outlines. */
export interface LevelFile {
  level: MapLevel;
  territories: MapTerritory[];
  /** The pipeline's simplified TopoJSON (WGS84), properties `{code, nom}`. */
  topology: Topology;
}

/** One figure of one territory: [code, value, lower, upper, n_plots, significant (1) or not (0)]. */
export type FigureTuple = [string, number | null, number | null, number | null, number, 0 | 1];

/** What can be mapped: an indicator of the estimation catalogue, with one category of one breakdown. */
export interface MapIndicator {
  /** Key in URLs and file names: the indicator id, or `indicator.category` for a category. */
  key: string;
  /** French label shown in the selector and titles. */
  label: string;
  unit: string;
  /**
   * `choropleth` for intensive quantities (per hectare, shares, rates), comparable between
   * territories of different sizes; `symbols` for totals, drawn as proportional circles because
   * colouring areas by a total would make large territories look richer than they are.
   */
  mode: 'choropleth' | 'symbols';
}

/** `/carte/donnees/{level}/{key}.json`: every period of one indicator for one level. */
export interface IndicatorFile extends MapIndicator {
  level: MapLevel;
  /** Periods present, oldest first. */
  periods: string[];
  /** Class thresholds (choropleth): classes are [−∞, t1), [t1, t2) … [tk, +∞). Empty for symbols. */
  breaks: number[];
  /** Largest significant value over every period (symbols are scaled to it). */
  maxValue: number;
  /** Figures per period, one per territory of the level that has a result. */
  figures: Record<string, FigureTuple[]>;
}
