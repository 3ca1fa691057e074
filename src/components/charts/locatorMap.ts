// Locator map of a territory within metropolitan France, drawn at build time as an SVG string from
// the pipeline's TopoJSON: every territory of the level in grey, the chosen one highlighted, its
// neighbours as links to their factsheets. Projection: conic conformal on Lambert-93's parallels.
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { d3WindingFeature } from '../../lib/geo/winding.ts';

export interface TerritoryProperties {
  code: string;
  nom: string;
}

export interface LocatorMapOptions {
  /** Code of the territory to highlight; none for the France map. */
  code?: string;
  width?: number;
  /** Link target of a territory's factsheet, or undefined for no link. */
  hrefOf: (code: string) => string | undefined;
  /** Accessible name of the map. */
  ariaLabel: string;
  /** Which territories get a link: the neighbours of `code` (default) or all of them. */
  links?: 'neighbours' | 'all';
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
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

export function locatorMap(topology: Topology, options: LocatorMapOptions): string {
  const width = options.width ?? 320;
  const height = Math.round(width * 0.95);
  const { features } = featuresOf(topology);
  const fc = { type: 'FeatureCollection', features } as FeatureCollection<Geometry, TerritoryProperties>;
  const projection = franceProjection(fc, width, height);
  const path = geoPath(projection).digits(1);
  const linked = new Set(
    options.links === 'all' ? features.map((f) => f.properties.code) : options.code ? neighbourCodes(topology, options.code) : [],
  );
  const shapes = features.map((f) => {
    const { code, nom } = f.properties;
    const d = path(f) ?? '';
    const isCurrent = code === options.code;
    const href = linked.has(code) && !isCurrent ? options.hrefOf(code) : undefined;
    const cls = isCurrent ? 'map-current' : href ? 'map-link' : 'map-other';
    const shape = `<path class="${cls}" d="${d}"><title>${escapeXml(nom)}</title></path>`;
    return href ? `<a href="${escapeXml(href)}" aria-label="${escapeXml(`${nom} : ouvrir la fiche`)}">${shape}</a>` : shape;
  });
  // Draw the current territory last so its outline is on top.
  shapes.sort((a, b) => Number(a.includes('map-current')) - Number(b.includes('map-current')));
  return (
    `<svg class="locator-map" role="group" aria-label="${escapeXml(options.ariaLabel)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    shapes.join('') +
    '</svg>'
  );
}
