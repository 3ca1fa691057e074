// Choropleth map of territories (départements, régions, SER) drawn at build time as an SVG string
// from the pipeline's TopoJSON, with the projection of the site's other maps. Classes are quantile
// breaks (src/lib/map/breaks.ts); non-significant or missing values are hatched grey, never coloured.
// The SVG has no text: its legend is HTML (readable at any width) and its table is the accessible
// alternative, so the map can scale down to a phone without illegible labels.
import { NON_SIGNIFICANT } from '../../lib/format/numbers.ts';
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { escapeHtml } from '../../lib/html.ts';
import { featuresOf, franceProjection, type TerritoryProperties } from '../../lib/geo/topology.ts';
import { classColours, classIndex, quantileBreaks } from '../../lib/map/breaks.ts';
import { notSignificantColour, sequentialScheme } from '../../lib/palette.ts';

export interface MapValue {
  value: number | null;
  significant: boolean;
}

export interface ChoroplethOptions {
  width: number;
  /** Class thresholds; default: quantile breaks of the significant values. */
  breaks?: number[];
  /** Accessible name of the map. */
  ariaLabel: string;
  /** Tooltip of a territory: « Gironde : 52,1 % ». */
  titleOf: (code: string, nom: string) => string;
  /** Unique prefix for the ids inside the SVG (hatch pattern). */
  id: string;
  /**
   * Largest distance in pixels between a drawn outline and the real one (Douglas–Peucker, default
   * 0.5). Small maps take a larger value and weigh less.
   */
  tolerance?: number;
  /** Class colours, light to dark (default: the site's green-blue sequential scheme). */
  scheme?: readonly string[];
}

/** Douglas–Peucker on screen coordinates: the points of `line` that stay within `epsilon` pixels of the original. */
export function simplifyLine(line: readonly [number, number][], epsilon: number): [number, number][] {
  if (line.length < 3) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a]!;
    const [bx, by] = line[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = epsilon;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i]!;
      // Distance to the segment's line, or to its start when the segment is a point (a closed ring).
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([a, farthest], [farthest, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/**
 * SVG path of a (multi)polygon, projected then simplified in screen space: simplifying after the
 * projection keeps the outlines planar (simplifying in longitude and latitude can flip a small
 * ring, which a spherical path then draws as the whole world). Rings reduced to fewer than three
 * points vanish.
 */
export function thinnedPath(geometry: Geometry, projection: GeoProjection, tolerance: number): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const parts: string[] = [];
  const r = (x: number) => Math.round(x * 10) / 10;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const projected: [number, number][] = [];
      for (const position of ring) {
        const p = projection([position[0]!, position[1]!]);
        if (p) projected.push([p[0], p[1]]);
      }
      const kept = simplifyLine(projected, tolerance);
      // A closed ring repeats its first point: three points or fewer draw nothing.
      if (kept.length < 4) continue;
      parts.push(`M${kept.slice(0, -1).map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`);
    }
  }
  return parts.join('');
}

/** Quantile breaks of the significant values of a map. */
export function mapBreaks(values: Iterable<MapValue>, classes = 5): number[] {
  return quantileBreaks([...values].filter((v) => v.significant && v.value !== null).map((v) => v.value!), classes);
}

/** Legend entries: « moins de 20 % », « 20 à 30 % », …, « 40 % et plus », then « estimation trop imprécise ». */
export function legendEntries(
  breaks: readonly number[],
  format: (x: number) => string,
  hatched = true,
  scheme: readonly string[] = sequentialScheme,
): { colour: string; label: string }[] {
  const colours = classColours(breaks.length + 1, scheme);
  const entries = colours.map((colour, i) => {
    const label =
      breaks.length === 0
        ? 'toutes les valeurs'
        : i === 0
          ? `moins de ${format(breaks[0]!)}`
          : i === breaks.length
            ? `${format(breaks[i - 1]!)} et plus`
            : `${format(breaks[i - 1]!)} à moins de ${format(breaks[i]!)}`;
    return { colour, label };
  });
  if (hatched) entries.push({ colour: hatchCss, label: `${NON_SIGNIFICANT} ou sans donnée` });
  return entries;
}

/** The hatch of non-significant territories, as a CSS background for the HTML legend. */
export const hatchCss = `repeating-linear-gradient(45deg, ${notSignificantColour} 0 2px, transparent 2px 5px)`;

export function choroplethMap(topology: Topology, values: ReadonlyMap<string, MapValue>, o: ChoroplethOptions): string {
  const { features } = featuresOf(topology);
  const fc = { type: 'FeatureCollection', features } as FeatureCollection<Geometry, TerritoryProperties>;
  const height = Math.round(o.width * 0.95);
  const projection = franceProjection(fc, o.width, height);
  const tolerance = o.tolerance ?? 0.5;
  const breaks = o.breaks ?? mapBreaks(values.values());
  const colours = classColours(breaks.length + 1, o.scheme);
  const hatch = `${o.id}-hachure`;
  const shapes = features.map((f) => {
    const { code, nom } = f.properties;
    const v = values.get(code);
    const fill = v && v.significant && v.value !== null ? colours[classIndex(v.value, breaks)]! : `url(#${hatch})`;
    return `<path d="${thinnedPath(f.geometry, projection, tolerance)}" fill="${fill}"><title>${escapeHtml(o.titleOf(code, nom))}</title></path>`;
  });
  return (
    `<svg class="theme-map" role="img" aria-label="${escapeHtml(o.ariaLabel)}" viewBox="0 0 ${o.width} ${height}" width="${o.width}" height="${height}">` +
    `<defs><pattern id="${hatch}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="5" height="5" fill="transparent"/><line x1="0" y1="0" x2="0" y2="5" stroke="${notSignificantColour}" stroke-width="2"/></pattern></defs>` +
    shapes.join('') +
    '</svg>'
  );
}
