// The map drawn at build time as SVG, for readers without JavaScript or WebGL: the same level,
// indicator, period, classes and hatching as the interactive map's default view, in the conic
// conformal projection of the locator maps (Lambert-93's parallels).
import { geoConicConformal, geoPath } from 'd3-geo';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { escapeHtml } from '../../lib/html.ts';
import { featuresOf, type TerritoryProperties } from '../../lib/geo/topology.ts';
import { classColours, symbolRadius } from '../../lib/map/breaks.ts';
import { SYMBOL_MAX_RADIUS, type TerritoryFigure } from '../../lib/map/figures.ts';
import type { IndicatorFile, LevelFile } from '../../lib/map/types.ts';
import { notSignificantColour } from '../../lib/palette.ts';

export interface StaticMapOptions {
  width?: number;
  ariaLabel: string;
  /** Text of each territory's tooltip (name and value). */
  titleOf: (figure: TerritoryFigure) => string;
}

/**
 * Visvalingam weight (triangle area, in square degrees) under which a vertex is dropped: about
 * a pixel's deviation at the map's width, which halves the SVG of the départements.
 */
const SIMPLIFY_WEIGHT = 1e-3;

function simplified(topology: Topology): Topology {
  return simplify(presimplify(structuredClone(topology) as never), SIMPLIFY_WEIGHT) as unknown as Topology;
}

/** Diagonal hatching of non-significant territories (same look as the legend and the interactive map). */
export const HATCH_PATTERN_ID = 'carte-hachures';

export function staticMap(level: LevelFile, file: IndicatorFile, figures: readonly TerritoryFigure[], options: StaticMapOptions): string {
  const width = options.width ?? 640;
  const height = Math.round(width * 0.95);
  // SER and GRECO outlines come wound the RFC 7946 way, which d3 would fill inside out.
  // featuresOf already gives d3-geo's winding.
  const features = featuresOf(simplified(level.topology)).features;
  const fc = { type: 'FeatureCollection', features } as FeatureCollection<Geometry, TerritoryProperties>;
  const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitExtent([[4, 4], [width - 4, height - 4]], fc);
  const path = geoPath(projection).digits(1);
  const byCode = new Map(figures.map((f) => [f.code, f]));
  const colours = classColours(file.breaks.length + 1);
  const fillOf = (f: TerritoryFigure | undefined): string => {
    if (!f || f.status === 'absent') return 'var(--map-absent)';
    if (f.status === 'ns') return `url(#${HATCH_PATTERN_ID})`;
    return f.classIndex === null ? 'var(--map-neutral)' : colours[f.classIndex]!;
  };
  const shapes = features.map((feature) => {
    const f = byCode.get(feature.properties.code);
    const title = f ? options.titleOf(f) : feature.properties.nom;
    return `<path d="${path(feature) ?? ''}" fill="${fillOf(f)}"><title>${escapeHtml(title)}</title></path>`;
  });
  const circles =
    file.mode === 'symbols'
      ? figures
          .filter((f) => f.status === 'ok')
          .sort((a, b) => b.value! - a.value!)
          .map((f) => {
            const point = level.territories.find((t) => t.code === f.code)?.point;
            const xy = point ? projection(point) : null;
            if (!xy) return '';
            const r = symbolRadius(f.value!, file.maxValue, SYMBOL_MAX_RADIUS * (width / 640));
            return `<circle class="map-static__symbol" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="${r.toFixed(1)}"><title>${escapeHtml(options.titleOf(f))}</title></circle>`;
          })
          .join('')
      : '';
  const defs =
    `<defs><pattern id="${HATCH_PATTERN_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${notSignificantColour}" fill-opacity="0.3"/><rect width="2.5" height="6" fill="${notSignificantColour}"/></pattern></defs>`;
  return (
    `<svg class="map-static__svg${file.mode === 'symbols' ? ' map-static__svg--symbols' : ''}" role="img" aria-label="${escapeHtml(options.ariaLabel)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    defs +
    `<g class="map-static__areas">${shapes.join('')}</g>` +
    circles +
    '</svg>'
  );
}
