// Over 400 lines: one class around the MapLibre map, whose methods share its state (layers, hover, keyboard reticle).
// The interactive map itself, with MapLibre: a background-only style (no tiles, no glyphs, no
// sprites from elsewhere), the territories of a level as a GeoJSON source drawn as a choropleth or
// with proportional circles, a generated hatch pattern for non-significant territories, outlines of
// other levels, hover, click, and keyboard focus through a reticle at the centre of the view.
// Loaded by mapPage.ts only when the browser has WebGL, so other pages never download MapLibre.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature as topoFeature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { classColours, symbolRadius } from '../../lib/map/breaks.ts';
import { SYMBOL_MAX_RADIUS, type TerritoryFigure } from '../../lib/map/figures.ts';
import type { MapView } from '../../lib/map/state.ts';
import type { IndicatorFile, LevelFile, Overlay } from '../../lib/map/types.ts';
import { notSignificantColour } from '../../lib/palette.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Starts MapLibre's worker now, while the page fetches its data: the worker's start-up is the longest step. */
export function prewarmMap(): void {
  maplibregl.prewarm();
}

/** Metropolitan France with Corsica: the view the map opens on. */
export const FRANCE_BOUNDS: [[number, number], [number, number]] = [[-5.2, 41.3], [9.6, 51.1]];

const FRENCH_UI: Record<string, string> = {
  'Map.Title': 'Carte interactive : flèches pour se déplacer, + et − pour zoomer, Entrée pour ouvrir la fiche du territoire au centre',
  'NavigationControl.ZoomIn': 'Zoomer',
  'NavigationControl.ZoomOut': 'Dézoomer',
  'NavigationControl.ResetBearing': 'Réorienter la carte vers le nord',
  'CooperativeGesturesHandler.WindowsHelpText': 'Utilisez Ctrl + molette pour zoomer sur la carte',
  'CooperativeGesturesHandler.MacHelpText': 'Utilisez ⌘ + molette pour zoomer sur la carte',
  'CooperativeGesturesHandler.MobileHelpText': 'Utilisez deux doigts pour déplacer la carte',
};

export interface MapCallbacks {
  /** Pointer over a territory (null when it leaves), with its position in the map frame. */
  onHover(code: string | null, point?: { x: number; y: number }): void;
  /** The territory under the reticle while the map has keyboard focus (null: none). */
  onKeyboardTerritory(code: string | null): void;
  /** Click or tap on a territory: the page shows its value and a link to its factsheet. */
  onSelect(code: string): void;
  /** Enter on the territory under the reticle: opens its factsheet. */
  onOpen(code: string): void;
  /** The reader moved the view (drag, zoom, keys) or a search flew to a territory. */
  onViewChange(view: MapView): void;
}

interface Theme {
  background: string;
  muted: string;
  separator: string;
  line: string;
  highlight: string;
  absent: string;
  neutral: string;
  symbol: string;
}

/** Resolves the site's CSS colours (light-dark() tokens) for the active theme. */
function readTheme(probeParent: HTMLElement): Theme {
  const probe = document.createElement('span');
  probe.hidden = true;
  probeParent.append(probe);
  const colour = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const theme = {
    background: colour('--color-bg'),
    muted: colour('--color-muted'),
    separator: colour('--color-bg'),
    line: colour('--color-text'),
    highlight: colour('--color-focus'),
    absent: colour('--color-bg-alt'),
    neutral: colour('--color-bg-alt'),
    symbol: colour('--chart-1'),
  };
  probe.remove();
  return theme;
}

/** A diagonal hatch tile, drawn here rather than fetched as a sprite. */
function hatchImage(): { width: number; height: number; data: Uint8ClampedArray } {
  const ratio = 2;
  const size = 6 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = notSignificantColour;
  ctx.globalAlpha = 0.3;
  ctx.fillRect(0, 0, size, size);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = notSignificantColour;
  ctx.lineWidth = 1.8 * ratio;
  ctx.beginPath();
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  const { data } = ctx.getImageData(0, 0, size, size);
  return { width: size, height: size, data };
}

/** Outline style of each overlay: heavier for larger units, dashed for ecological ones. */
const OVERLAY_STYLE: Record<Overlay, { width: number; dash?: number[] }> = {
  region: { width: 2.2 },
  departement: { width: 1 },
  greco: { width: 2.2, dash: [3, 1.5] },
  ser: { width: 1.2, dash: [2, 1.5] },
  rfn: { width: 0.8, dash: [1, 1.5] },
};

type Props = { code: string; nom: string };

/** What the map draws: a level's territories coloured by one indicator and period. */
export interface Drawing {
  level: LevelFile;
  file: IndicatorFile;
  figures: readonly TerritoryFigure[];
}

const FIT_PADDING = 12;

/** Web Mercator zoom at which FRANCE_BOUNDS fits a frame of this size (MapLibre's 512 px tiles). */
export function fitZoom(width: number, height: number): number {
  const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
  const [[w, s], [e, n]] = FRANCE_BOUNDS;
  const dx = ((e - w) / 360) * 512;
  const dy = (mercatorY(s) - mercatorY(n)) * 512;
  const scale = Math.min((width - 2 * FIT_PADDING) / dx, (height - 2 * FIT_PADDING) / dy);
  return Math.log2(Math.max(scale, 1e-3));
}

export class InteractiveMap {
  readonly map: maplibregl.Map;
  private readonly frame: HTMLElement;
  private readonly callbacks: MapCallbacks;
  private theme: Theme;
  private level: LevelFile | null = null;
  private file: IndicatorFile | null = null;
  private readonly shapes = new Map<string, FeatureCollection<Geometry, Props>>();
  private readonly overlays = new Set<Overlay>();
  private hovered: string | null = null;
  private keyboardCode: string | null = null;
  private selected: string | null = null;
  private flying = false;
  /** Zoom at which France fills the frame: symbols have their legend size there. */
  private readonly fitZoom: number;
  private readonly firstDraw: Promise<void>;

  constructor(container: HTMLElement, frame: HTMLElement, callbacks: MapCallbacks, view: MapView | null, initial: Drawing) {
    this.frame = frame;
    this.callbacks = callbacks;
    this.theme = readTheme(frame);
    this.level = initial.level;
    this.file = initial.file;
    this.fitZoom = fitZoom(container.clientWidth, container.clientHeight);
    // The first drawing is part of the initial style, so MapLibre starts its worker and draws the
    // map in one go instead of loading an empty style first.
    const data = this.drawingData(initial);
    this.map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: {
          territoires: { type: 'geojson', data: data.territories, promoteId: 'code' },
          symboles: { type: 'geojson', data: data.symbols },
        },
        layers: this.layers(),
      },
      ...(view ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom } : { bounds: FRANCE_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } }),
      maxBounds: [[-14, 37], [18, 55]],
      minZoom: 3,
      maxZoom: 11,
      attributionControl: false,
      cooperativeGestures: true,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      locale: FRENCH_UI,
    });
    // The hatch pattern is added before any tile asks for it: a pattern added later, on
    // 'styleimagemissing', reaches only the tiles that asked after it came.
    this.map.addImage('hachures', hatchImage(), { pixelRatio: 2 });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.firstDraw = new Promise((resolve) => this.map.once('idle', () => resolve()));
    this.listen();
  }

  /** Resolves when the first drawing is on screen. */
  drawn(): Promise<void> {
    return this.firstDraw;
  }

  private listen(): void {
    const map = this.map;
    map.on('mousemove', 'territoires-aplat', (e) => {
      const code = (e.features?.[0]?.properties as Props | undefined)?.code ?? null;
      this.setHovered(code);
      this.callbacks.onHover(code, { x: e.point.x, y: e.point.y });
      map.getCanvas().style.cursor = code ? 'pointer' : '';
    });
    map.on('mouseleave', 'territoires-aplat', () => {
      this.setHovered(null);
      this.callbacks.onHover(null);
      map.getCanvas().style.cursor = '';
    });
    map.on('click', 'territoires-aplat', (e) => {
      const code = (e.features?.[0]?.properties as Props | undefined)?.code;
      if (code) {
        this.outline(code);
        this.callbacks.onSelect(code);
      }
    });
    map.on('moveend', (e) => {
      const user = Boolean((e as { originalEvent?: Event }).originalEvent) || this.flying;
      this.flying = false;
      if (user) {
        const c = map.getCenter();
        this.callbacks.onViewChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
      }
      if (this.frame.classList.contains('map-frame--keyboard')) this.pickCentre();
    });
    const canvas = map.getCanvas();
    canvas.addEventListener('focus', () => {
      // The reticle only for keyboard focus, not for a click on the map.
      if (canvas.matches(':focus-visible')) {
        this.frame.classList.add('map-frame--keyboard');
        this.pickCentre();
      }
    });
    canvas.addEventListener('blur', () => {
      this.frame.classList.remove('map-frame--keyboard');
      this.setKeyboard(null);
    });
    // Keys handled here rather than by MapLibre, whose arrow step (100 px) crosses France in a few
    // presses on a phone-sized map: a step of an eighth of the frame.
    map.keyboard.disable();
    canvas.addEventListener('keydown', (e) => {
      const step = Math.max(24, Math.round(Math.min(canvas.clientWidth, canvas.clientHeight) / 8));
      const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (e.key === 'Enter' && this.keyboardCode) {
        e.preventDefault();
        this.callbacks.onOpen(this.keyboardCode);
        return;
      }
      if (!(e.key in pan) && !['+', '=', '-'].includes(e.key)) return;
      e.preventDefault();
      this.frame.classList.add('map-frame--keyboard');
      const duration = matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 200;
      if (e.key in pan) map.panBy(pan[e.key]!, { duration });
      else if (e.key === '-') map.zoomOut({ duration });
      else map.zoomIn({ duration });
    });
  }

  private layers(): maplibregl.LayerSpecification[] {
    const theme = this.theme;
    return [
      { id: 'fond', type: 'background', paint: { 'background-color': theme.background } },
      { id: 'territoires-aplat', type: 'fill', source: 'territoires', paint: { 'fill-color': this.fillColour() } },
      { id: 'territoires-hachures', type: 'fill', source: 'territoires', filter: ['==', ['get', 'status'], 'ns'], paint: { 'fill-pattern': 'hachures' } },
      { id: 'territoires-limites', type: 'line', source: 'territoires', paint: { 'line-color': this.separatorColour(), 'line-width': 0.8 } },
      {
        id: 'symboles',
        type: 'circle',
        source: 'symboles',
        paint: {
          'circle-color': theme.symbol,
          'circle-opacity': 0.72,
          'circle-stroke-color': theme.background,
          'circle-stroke-width': 1,
          // Radii double at each zoom level, like distances on the map: areas stay proportional to values.
          'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], this.fitZoom - 3, ['/', ['get', 'r'], 8], this.fitZoom + 6, ['*', ['get', 'r'], 64]],
        },
      },
      {
        id: 'territoires-survol',
        type: 'line',
        source: 'territoires',
        paint: {
          'line-color': theme.highlight,
          'line-width': ['case', ['boolean', ['feature-state', 'focus'], false], 3.5, ['boolean', ['feature-state', 'hover'], false], 3, 0],
        },
      },
    ];
  }

  /** Thin light lines between coloured areas; muted ones on the plain ground under circles. */
  private separatorColour(): string {
    return this.file?.mode === 'symbols' ? this.theme.muted : this.theme.separator;
  }

  /** Fill of the territories: class colours for a choropleth, a neutral ground under circles. */
  private fillColour(): maplibregl.ExpressionSpecification {
    const theme = this.theme;
    if (this.file?.mode === 'choropleth') {
      const colours = classColours(this.file.breaks.length + 1);
      const match: unknown[] = ['match', ['get', 'cls']];
      colours.forEach((c, i) => match.push(i, c));
      match.push(theme.absent);
      return match as maplibregl.ExpressionSpecification;
    }
    return ['case', ['==', ['get', 'status'], 'absent'], theme.absent, theme.neutral];
  }

  private shapesOf(level: LevelFile): FeatureCollection<Geometry, Props> {
    let shapes = this.shapes.get(level.level);
    if (!shapes) {
      const object = Object.values(level.topology.objects)[0] as GeometryCollection<Props>;
      shapes = topoFeature(level.topology, object) as unknown as FeatureCollection<Geometry, Props>;
      this.shapes.set(level.level, shapes);
    }
    return shapes;
  }

  /** GeoJSON of the territories (with status and class) and of the circles of a drawing. */
  private drawingData({ level, file, figures }: Drawing): { territories: FeatureCollection; symbols: FeatureCollection } {
    const byCode = new Map(figures.map((f) => [f.code, f]));
    const territories: FeatureCollection = {
      type: 'FeatureCollection',
      features: this.shapesOf(level).features.map((f) => {
        const figure = byCode.get(f.properties.code);
        return { ...f, properties: { ...f.properties, status: figure?.status ?? 'absent', cls: figure?.classIndex ?? -1 } };
      }),
    };
    const points = new Map(level.territories.map((t) => [t.code, t.point]));
    const symbols: Feature[] =
      file.mode === 'symbols'
        ? figures
            .filter((f) => f.status === 'ok' && f.value! > 0 && points.has(f.code))
            .sort((a, b) => b.value! - a.value!)
            .map((f) => ({
              type: 'Feature',
              // r: radius at the zoom where France fills the frame, the size the legend shows.
              properties: { code: f.code, r: symbolRadius(f.value!, file.maxValue, SYMBOL_MAX_RADIUS) },
              geometry: { type: 'Point', coordinates: points.get(f.code)! },
            }))
        : [];
    return { territories, symbols: { type: 'FeatureCollection', features: symbols } };
  }

  /** Draws another level, indicator or period; resolves when the map has drawn it. */
  async show(drawing: Drawing): Promise<void> {
    await this.firstDraw;
    if (this.level?.level !== drawing.level.level) {
      this.hovered = this.keyboardCode = this.selected = null;
    }
    this.level = drawing.level;
    this.file = drawing.file;
    const data = this.drawingData(drawing);
    (this.map.getSource('territoires') as maplibregl.GeoJSONSource).setData(data.territories);
    (this.map.getSource('symboles') as maplibregl.GeoJSONSource).setData(data.symbols);
    this.paint();
    await new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
  }

  private paint(): void {
    const map = this.map;
    const theme = this.theme;
    map.setPaintProperty('fond', 'background-color', theme.background);
    map.setPaintProperty('territoires-aplat', 'fill-color', this.fillColour());
    map.setPaintProperty('territoires-limites', 'line-color', this.separatorColour());
    map.setPaintProperty('territoires-survol', 'line-color', theme.highlight);
    map.setPaintProperty('symboles', 'circle-color', theme.symbol);
    map.setPaintProperty('symboles', 'circle-stroke-color', theme.background);
    for (const overlay of this.overlays) map.setPaintProperty(`contours-${overlay}`, 'line-color', theme.line);
  }

  /** Re-reads the site's colours after a theme change. */
  refreshTheme(): void {
    this.theme = readTheme(this.frame);
    this.paint();
  }

  /** Draws the outlines of other levels (or removes them) over the map. */
  async setOverlays(wanted: ReadonlyMap<Overlay, Topology>): Promise<void> {
    await this.firstDraw;
    for (const overlay of [...this.overlays]) {
      if (wanted.has(overlay)) continue;
      this.map.removeLayer(`contours-${overlay}`);
      this.map.removeSource(`contours-${overlay}`);
      this.overlays.delete(overlay);
    }
    for (const [overlay, topology] of wanted) {
      if (this.overlays.has(overlay)) continue;
      const object = Object.values(topology.objects)[0] as GeometryCollection;
      const lines = mesh(topology, object) as MultiLineString;
      this.map.addSource(`contours-${overlay}`, { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: lines } });
      const style = OVERLAY_STYLE[overlay];
      this.map.addLayer(
        {
          id: `contours-${overlay}`,
          type: 'line',
          source: `contours-${overlay}`,
          paint: { 'line-color': this.theme.line, 'line-width': style.width, 'line-opacity': 0.85, ...(style.dash ? { 'line-dasharray': style.dash } : {}) },
        },
        'territoires-survol',
      );
      this.overlays.add(overlay);
    }
  }

  private setState(code: string | null, key: 'hover' | 'focus', value: boolean): void {
    if (code && this.map.getSource('territoires')) this.map.setFeatureState({ source: 'territoires', id: code }, { [key]: value });
  }

  private setHovered(code: string | null): void {
    if (code === this.hovered) return;
    this.setState(this.hovered, 'hover', false);
    this.hovered = code;
    this.setState(code, 'hover', true);
  }

  private setKeyboard(code: string | null): void {
    if (code === this.keyboardCode) return;
    if (this.keyboardCode !== this.selected) this.setState(this.keyboardCode, 'focus', false);
    this.keyboardCode = code;
    this.setState(code, 'focus', true);
    this.callbacks.onKeyboardTerritory(code);
  }

  /** The territory under the reticle becomes the keyboard's current territory. */
  private pickCentre(): void {
    const canvas = this.map.getCanvas();
    const point: [number, number] = [canvas.clientWidth / 2, canvas.clientHeight / 2];
    const hit = this.map.queryRenderedFeatures(point, { layers: ['territoires-aplat'] })[0];
    this.setKeyboard((hit?.properties as Props | undefined)?.code ?? null);
  }

  /** Outlines the territory chosen by a tap, a click or the search. */
  private outline(code: string): void {
    this.setState(this.selected, 'focus', false);
    this.selected = code;
    this.setState(code, 'focus', true);
  }

  /** Flies to a territory and outlines it, as the "locate" search does. */
  flyToTerritory(code: string): void {
    const territory = this.level?.territories.find((t) => t.code === code);
    if (!territory) return;
    this.outline(code);
    const [w, s, e, n] = territory.bbox;
    this.flying = true;
    this.map.resize();
    this.map.fitBounds([[w, s], [e, n]], { padding: 40, maxZoom: 9, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 800 });
  }

  /** Back to the whole of France. */
  resetView(): void {
    this.setState(this.selected, 'focus', false);
    this.selected = null;
    this.map.fitBounds(FRANCE_BOUNDS, { padding: FIT_PADDING, duration: 0 });
  }

  setView(view: MapView | null): void {
    if (view) this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    else this.map.fitBounds(FRANCE_BOUNDS, { padding: FIT_PADDING, duration: 0 });
  }

  resize(): void {
    this.map.resize();
  }
}
