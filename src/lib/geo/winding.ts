// d3-geo reads polygon rings on the sphere as clockwise; a ring wound the other way (as some
// producers write them, e.g. the SER and GRECO outlines) means "the whole globe but this
// territory". These helpers reverse such rings, part by part, before drawing with d3-geo.
import { geoArea } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

/** One polygon with d3-geo's winding. */
export function d3Winding(polygon: Polygon): Polygon {
  if (geoArea(polygon) <= 2 * Math.PI) return polygon;
  return { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => [...ring].reverse()) };
}

/** A territory with d3-geo's winding, part by part; other geometries are returned as they are. */
export function d3WindingFeature<G extends Geometry, P>(feature: Feature<G, P>): Feature<G, P> {
  const g = feature.geometry as Geometry;
  if (g.type === 'Polygon') return { ...feature, geometry: d3Winding(g) as unknown as G };
  if (g.type === 'MultiPolygon') {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: g.coordinates.map((coordinates) => d3Winding({ type: 'Polygon', coordinates }).coordinates) };
    return { ...feature, geometry: geometry as unknown as G };
  }
  return feature;
}
