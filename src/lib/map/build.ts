// Builds the map's data files from the estimation results and the territory outlines: what can be
// mapped, one file per level (outlines, names, links) and one per level and indicator (every
// period's figures and the class breaks). Pure: the endpoints under src/pages/carte/donnees/ read
// the files and call these functions; the tests call them on small fixtures.
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { featuresOf } from '../geo/topology.ts';
import { quantileBreaks } from './breaks.ts';
import { d3Winding } from '../geo/winding.ts';

export { d3Winding, d3WindingFeature } from '../geo/winding.ts';
import type { FigureTuple, IndicatorFile, LevelFile, MapIndicator, MapLevel, MapTerritory } from './types.ts';

/** The columns of `resultats.parquet` the map reads. */
export interface ResultFigure {
  code: string;
  period: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  n_plots: number;
  significant: boolean;
}

/** What the map needs to know of an indicator of the estimation catalogue. */
export interface CatalogueIndicator {
  id: string;
  label: string;
  unit: string;
  kind: 'total' | 'ratio' | 'taux';
}

/** One mappable series: an indicator, one of its breakdowns and one category of it. */
export interface MapSeries extends MapIndicator {
  indicator: string;
  breakdown: string;
  category: string;
}

/** Categories worth a map of their own, with the label the selector shows. */
const CATEGORY_SERIES: readonly { indicator: string; breakdown: string; category: string; label: string }[] = [
  { indicator: 'part_composition', breakdown: 'composition', category: 'feuillus', label: 'Part de la forêt en peuplements feuillus' },
  { indicator: 'part_composition', breakdown: 'composition', category: 'resineux', label: 'Part de la forêt en peuplements résineux' },
  { indicator: 'part_composition', breakdown: 'composition', category: 'mixte', label: 'Part de la forêt en peuplements mixtes' },
];

/** The order of the selector: the figures readers ask first, then the rest in catalogue order. */
const PREFERRED_ORDER = [
  'taux_boisement',
  'surface_foret',
  'volume_ha',
  'volume',
  'production_ha',
  'production',
  'taux_mortalite',
  'mortalite',
  'carbone_ha',
  'carbone',
  'carbone_co2e',
];

/**
 * The series the map offers: every indicator's total, plus a few categories, kept only when the
 * results hold it (`available` has `indicator|breakdown|category` keys).
 */
export function mapSeries(catalogue: readonly CatalogueIndicator[], available: ReadonlySet<string>): MapSeries[] {
  const has = (i: string, b: string, c: string) => available.has(`${i}|${b}|${c}`);
  const totals = catalogue
    .filter((i) => has(i.id, 'total', 'total'))
    .map((i) => ({ indicator: i.id, breakdown: 'total', category: 'total', key: i.id, label: i.label, unit: i.unit, mode: i.kind === 'total' ? 'symbols' : 'choropleth' }) as MapSeries);
  const rank = (key: string) => {
    const i = PREFERRED_ORDER.indexOf(key);
    return i < 0 ? PREFERRED_ORDER.length : i;
  };
  totals.sort((a, b) => rank(a.key) - rank(b.key) || catalogue.findIndex((i) => i.id === a.key) - catalogue.findIndex((i) => i.id === b.key));
  const categories = CATEGORY_SERIES.filter((c) => has(c.indicator, c.breakdown, c.category)).map((c) => {
    const source = catalogue.find((i) => i.id === c.indicator)!;
    return { ...c, key: `${c.indicator}.${c.category}`, unit: source.unit, mode: source.kind === 'total' ? 'symbols' : 'choropleth' } as MapSeries;
  });
  return [...totals, ...categories];
}

/** Six significant digits: more than any table shows, fewer bytes than a float's seventeen. */
function compact(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : Number(x.toPrecision(6));
}

/** The file of one level and series: figures by period, class breaks and largest value. */
export function indicatorFile(level: MapLevel, series: MapSeries, rows: readonly ResultFigure[], codes: readonly string[]): IndicatorFile {
  const known = new Set(codes);
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const figures: Record<string, FigureTuple[]> = {};
  const significantValues: number[] = [];
  for (const period of periods) {
    figures[period] = rows
      .filter((r) => r.period === period && known.has(r.code))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((r) => {
        const significant = r.significant && r.value !== null && r.lower !== null && r.upper !== null;
        if (significant) significantValues.push(r.value!);
        return [r.code, compact(r.value), compact(r.lower), compact(r.upper), r.n_plots, significant ? 1 : 0];
      });
  }
  const { key, label, unit, mode } = series;
  return {
    level,
    key,
    label,
    unit,
    mode,
    periods,
    breaks: mode === 'choropleth' ? quantileBreaks(significantValues) : [],
    maxValue: significantValues.length ? Math.max(...significantValues) : 0,
    figures,
  };
}

type AreaFeature = Feature<Polygon | MultiPolygon>;

/** A point inside the largest part of a territory, near its centroid: where its circle goes. */
export function labelPoint(feature: AreaFeature): [number, number] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const parts = polygons.map((coordinates) => d3Winding({ type: 'Polygon', coordinates }));
  const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const centroid = geoCentroid(largest) as [number, number];
  if (geoContains(largest, centroid)) return centroid;
  // A crescent-shaped territory: the point of a grid over it farthest from its edges (a coarse
  // "pole of inaccessibility"), so the circle sits well inside rather than on a border.
  const ring = largest.coordinates[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const edgeDistance = (p: [number, number]) => {
    let best = Infinity;
    for (const r of largest.coordinates) {
      for (let i = 1; i < r.length; i++) {
        const [ax, ay] = r[i - 1] as [number, number];
        const [bx, by] = r[i] as [number, number];
        const dx = bx - ax;
        const dy = by - ay;
        const t = dx || dy ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy))) : 0;
        best = Math.min(best, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
      }
    }
    return best;
  };
  let best: [number, number] = [ring[0]![0]!, ring[0]![1]!];
  let bestDistance = -1;
  const steps = 30;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!geoContains(largest, p)) continue;
      const d = edgeDistance(p);
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best;
}

export interface TerritoryRecord {
  code: string;
  nom: string;
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** The file of one level: its territories (names, links, boxes, label points) and outlines. */
export function levelFile(level: MapLevel, topology: Topology, territories: readonly TerritoryRecord[], hrefOf: (code: string) => string): LevelFile {
  const features = new Map(featuresOf(topology).features.map((f) => [f.properties.code, f as unknown as AreaFeature]));
  const list: MapTerritory[] = territories.map((t) => {
    const feature = features.get(t.code);
    if (!feature) throw new Error(`Carte : le territoire ${level} ${t.code} (${t.nom}) de territoires.parquet n’a pas de contour dans territoires-${level}.topojson`);
    const point = labelPoint(feature);
    return {
      code: t.code,
      nom: t.nom,
      href: hrefOf(t.code),
      bbox: [round(t.xmin), round(t.ymin), round(t.xmax), round(t.ymax)],
      point: [round(point[0]), round(point[1])],
    };
  });
  return { level, territories: list, topology };
}
