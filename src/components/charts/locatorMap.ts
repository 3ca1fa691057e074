// Locator map of a territory within metropolitan France, drawn at build time as an SVG string from
// the pipeline's TopoJSON: every territory of the level in grey, the chosen one highlighted, its
// neighbours as links to their factsheets. Projection: conic conformal on Lambert-93's parallels.
import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { featuresOf, franceProjection, neighbourCodes, type TerritoryProperties } from '../../lib/geo/topology.ts';
import { escapeHtml } from '../../lib/html.ts';

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
  /**
   * Address of the level's outline drawn once in a cached file (locatorBackground): the page then
   * holds only the highlighted territory and its neighbours, the rest is `<use>`d from that file.
   */
  background?: string;
}

/** The territories of a topology and the path generator of a locator map of that width. */
function drawing(topology: Topology, width: number) {
  const height = Math.round(width * 0.95);
  const { features } = featuresOf(topology);
  const fc = { type: 'FeatureCollection', features } as FeatureCollection<Geometry, TerritoryProperties>;
  return { features, height, path: geoPath(franceProjection(fc, width, height)).digits(1) };
}

/**
 * Every territory of the level as one group `#fond`, without colours (the page's CSS gives them
 * through `<use>`): the background shared by all locator maps of the level, served once and cached.
 */
export function locatorBackground(topology: Topology, width = 320): string {
  const { features, height, path } = drawing(topology, width);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><g id="fond">${features.map((f) => `<path d="${path(f) ?? ''}"/>`).join('')}</g></svg>\n`;
}

export function locatorMap(topology: Topology, options: LocatorMapOptions): string {
  const width = options.width ?? 320;
  const { features, height, path } = drawing(topology, width);
  const linked = new Set(
    options.links === 'all' ? features.map((f) => f.properties.code) : options.code ? neighbourCodes(topology, options.code) : [],
  );
  const drawn = options.background ? features.filter((f) => f.properties.code === options.code || linked.has(f.properties.code)) : features;
  const shapes = drawn.map((f) => {
    const { code, nom } = f.properties;
    const d = path(f) ?? '';
    const isCurrent = code === options.code;
    const href = linked.has(code) && !isCurrent ? options.hrefOf(code) : undefined;
    const cls = isCurrent ? 'map-current' : href ? 'map-link' : 'map-other';
    const shape = `<path class="${cls}" d="${d}"><title>${escapeHtml(nom)}</title></path>`;
    return href ? `<a href="${escapeHtml(href)}" aria-label="${escapeHtml(`${nom} : ouvrir la fiche`)}">${shape}</a>` : shape;
  });
  // Draw the current territory last so its outline is on top.
  shapes.sort((a, b) => Number(a.includes('map-current')) - Number(b.includes('map-current')));
  return (
    `<svg class="locator-map" role="group" aria-label="${escapeHtml(options.ariaLabel)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    (options.background ? `<use class="map-fond" href="${escapeHtml(options.background)}#fond"/>` : '') +
    shapes.join('') +
    '</svg>'
  );
}
