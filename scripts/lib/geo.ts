// Plane geometry in Lambert-93 (EPSG:2154): projection from WGS84, land area by the shoelace
// formula, point-in-polygon and distance to a polygon. No spatial extension needed.
import proj4 from 'proj4';

const L93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toL93 = proj4('EPSG:4326', L93);

export type Ring = [number, number][];
/** A polygon: outer ring first, then holes. */
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

export interface GeoJsonGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

export function lonLatToL93(lon: number, lat: number): [number, number] {
  return toL93.forward([lon, lat]) as [number, number];
}

export function l93ToLonLat(x: number, y: number): [number, number] {
  return toL93.inverse([x, y]) as [number, number];
}

/** Normalises a GeoJSON Polygon or MultiPolygon to a list of polygons. */
export function polygons(g: GeoJsonGeometry): MultiPolygon {
  if (g.type === 'Polygon') return [g.coordinates as Polygon];
  if (g.type === 'MultiPolygon') return g.coordinates as MultiPolygon;
  throw new Error(`Géométrie non surfacique : ${(g as { type: string }).type}`);
}

export function projectL93(mp: MultiPolygon): MultiPolygon {
  return mp.map((poly) => poly.map((ring) => ring.map(([lon, lat]) => lonLatToL93(lon, lat))));
}

/** Signed area of a ring by the shoelace formula (positive when counter-clockwise). */
export function ringArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

/** Area of polygons in the units of their coordinates squared: outer rings minus holes, whatever their winding. */
export function area(mp: MultiPolygon): number {
  let total = 0;
  for (const [outer, ...holes] of mp) {
    if (!outer) continue;
    total += Math.abs(ringArea(outer));
    for (const h of holes) total -= Math.abs(ringArea(h));
  }
  return total;
}

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd point-in-polygon over all rings (holes excluded). */
export function contains(mp: MultiPolygon, x: number, y: number): boolean {
  for (const [outer, ...holes] of mp) {
    if (!outer || !inRing(x, y, outer)) continue;
    if (!holes.some((h) => inRing(x, y, h))) return true;
  }
  return false;
}

function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}

/** Distance from a point to a polygon's boundary (0 inside). */
export function distance(mp: MultiPolygon, x: number, y: number): number {
  if (contains(mp, x, y)) return 0;
  let best = Infinity;
  for (const poly of mp)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const d = segDist2(x, y, ring[i - 1]![0], ring[i - 1]![1], ring[i]![0], ring[i]![1]);
        if (d < best) best = d;
      }
  return Math.sqrt(best);
}

/** Bounding box [xmin, ymin, xmax, ymax] of polygons. */
export function bbox(mp: MultiPolygon): [number, number, number, number] {
  let xmin = Infinity;
  let ymin = Infinity;
  let xmax = -Infinity;
  let ymax = -Infinity;
  for (const poly of mp)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x < xmin) xmin = x;
        if (y < ymin) ymin = y;
        if (x > xmax) xmax = x;
        if (y > ymax) ymax = y;
      }
  return [xmin, ymin, xmax, ymax];
}

export interface Zone {
  code: string;
  shape: MultiPolygon;
}

/**
 * The zone containing a point, or else the nearest one (points are blurred by the producer and
 * may fall just outside their true polygon). Returns the code and the distance (0 inside).
 */
export function locate(zones: Zone[], x: number, y: number): { code: string; distance: number } {
  for (const z of zones) if (contains(z.shape, x, y)) return { code: z.code, distance: 0 };
  let best = { code: zones[0]!.code, distance: Infinity };
  for (const z of zones) {
    const d = distance(z.shape, x, y);
    if (d < best.distance) best = { code: z.code, distance: d };
  }
  return best;
}
