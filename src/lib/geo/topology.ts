// The territories of a level's TopoJSON as GeoJSON features (with d3-geo's winding), their
// neighbours, and the projection of the site's maps of metropolitan France. Shared by the map
// pipeline, the factsheets' locator maps, the map page's static SVG and the articles' choropleths.
import { geoConicConformal } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { d3WindingFeature } from './winding.ts';

export interface TerritoryProperties {
  code: string;
  nom: string;
}

type Collection = GeometryCollection<TerritoryProperties>;

export function featuresOf(topology: Topology): { features: Feature<Geometry, TerritoryProperties>[]; collection: Collection } {
  const collection = Object.values(topology.objects)[0] as Collection;
  const fc = feature(topology, collection) as unknown as FeatureCollection<Geometry, TerritoryProperties>;
  return { features: fc.features.map((f) => d3WindingFeature(f)), collection };
}

/** Codes of the territories sharing a border with `code` in the topology. */
export function neighbourCodes(topology: Topology, code: string): string[] {
  const { collection } = featuresOf(topology);
  const index = collection.geometries.findIndex((g) => (g.properties as TerritoryProperties | undefined)?.code === code);
  if (index < 0) return [];
  const lists = neighbors(collection.geometries as never);
  return (lists[index] ?? []).map((i) => (collection.geometries[i]!.properties as TerritoryProperties).code).sort();
}

/** The projection of the site's maps of metropolitan France, fitted to a box (shared with the thematic maps). */
export function franceProjection(fc: FeatureCollection<Geometry, TerritoryProperties>, width: number, height: number) {
  return geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitSize([width, height], fc);
}
