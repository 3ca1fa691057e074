// The state of the map (level, indicator, period, view, outline layers) and its URL form, so that a
// map can be shared and restored. Unknown or invalid values in a URL are dropped, never fatal: a
// mistyped link still opens the map, on the defaults.
import { MAP_LEVELS, OVERLAYS, type MapLevel, type Overlay } from './types.ts';

export interface MapView {
  /** Centre longitude and latitude (WGS84, degrees). */
  lon: number;
  lat: number;
  zoom: number;
}

export interface MapState {
  level: MapLevel;
  /** Key of a MapIndicator (`taux_boisement`, `part_composition.resineux`). */
  indicator: string;
  period: string;
  /** Null: the whole of metropolitan France. */
  view: MapView | null;
  /** Outline layers drawn over the map, never the level itself, in the order of OVERLAYS. */
  overlays: Overlay[];
}

/** Names of the URL parameters, in French like the site's other URLs. */
export const MAP_PARAMS = { level: 'niveau', indicator: 'indicateur', period: 'periode', view: 'vue', overlays: 'contours' } as const;

/** What the URL may choose from: the indicators and periods the build found in the results. */
export interface MapChoices {
  indicators: readonly string[];
  periods: readonly string[];
  defaults: { level: MapLevel; indicator: string; period: string };
}

/** Roughly metropolitan France and its seas: views outside are refused. */
const VIEW_LIMITS = { lon: [-12, 16], lat: [38, 55], zoom: [0, 14] } as const;

function parseView(text: string | null): MapView | null {
  if (!text) return null;
  const parts = text.split(',').map((p) => Number(p));
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  const inside = (x: number, [min, max]: readonly [number, number]) => x >= min && x <= max;
  if (!inside(lon, VIEW_LIMITS.lon) || !inside(lat, VIEW_LIMITS.lat) || !inside(zoom, VIEW_LIMITS.zoom)) return null;
  return { lon, lat, zoom };
}

/** A view written with the precision a screen needs (≈ 10 m, 1/100 of a zoom level). */
export function formatView(view: MapView): string {
  const r = (x: number, digits: number) => String(Number(x.toFixed(digits)));
  return `${r(view.lon, 4)},${r(view.lat, 4)},${r(view.zoom, 2)}`;
}

/** Overlays in canonical order, without duplicates or the level itself. */
export function normaliseOverlays(values: readonly string[], level: MapLevel): Overlay[] {
  const wanted = new Set(values);
  return OVERLAYS.filter((o) => wanted.has(o) && o !== level);
}

/** Reads a state from a query string (`?niveau=ser&indicateur=volume_ha…`) or URLSearchParams. */
export function parseMapState(search: string | URLSearchParams, choices: MapChoices): MapState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const level = params.get(MAP_PARAMS.level);
  const indicator = params.get(MAP_PARAMS.indicator);
  const period = params.get(MAP_PARAMS.period);
  const chosenLevel = (MAP_LEVELS as readonly string[]).includes(level ?? '') ? (level as MapLevel) : choices.defaults.level;
  return {
    level: chosenLevel,
    indicator: indicator && choices.indicators.includes(indicator) ? indicator : choices.defaults.indicator,
    period: period && choices.periods.includes(period) ? period : choices.defaults.period,
    view: parseView(params.get(MAP_PARAMS.view)),
    overlays: normaliseOverlays((params.get(MAP_PARAMS.overlays) ?? '').split(','), chosenLevel),
  };
}

/** Writes a state as a query string, leaving out default values; '' for the default map. */
export function serializeMapState(state: MapState, choices: MapChoices): string {
  const params = new URLSearchParams();
  if (state.level !== choices.defaults.level) params.set(MAP_PARAMS.level, state.level);
  if (state.indicator !== choices.defaults.indicator) params.set(MAP_PARAMS.indicator, state.indicator);
  if (state.period !== choices.defaults.period) params.set(MAP_PARAMS.period, state.period);
  const overlays = normaliseOverlays(state.overlays, state.level);
  if (overlays.length) params.set(MAP_PARAMS.overlays, overlays.join(','));
  if (state.view) params.set(MAP_PARAMS.view, formatView(state.view));
  // Commas are safe in a query string; keep them readable in shared links.
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
