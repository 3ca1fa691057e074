// Drawing an explorer result in the browser: the table (value, 95 % interval, plots,
// significance), an Observable Plot chart with error bars (bars for one period, points and
// intervals over time for all periods), and a small choropleth map from the site's TopoJSON
// when the result is territorial. Figures below the significance rule print « estimation trop imprécise », never a number.
import * as Plot from '@observablehq/plot';
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { NON_SIGNIFICANT, chartFormatter, estimateCells, formatInteger, formatNumber, upTo } from '../../../lib/format/numbers.ts';
import { PLOT_STYLE, barsPlot, type Bar } from '../../charts/bars.ts';
import { axisUnit, formatEstimate, quantity, quantityBounds } from '../../../lib/format/prose.ts';
import { chartPalette, notSignificantColour } from '../../../lib/palette.ts';
import { classColours, classIndex, quantileBreaks } from '../../../lib/map/breaks.ts';
import type { ExplorerRow } from '../../../lib/explorer/results.ts';
import type { Level } from '../../../lib/estimation/types.ts';
import { escapeHtml } from '../../../lib/html.ts';


/** The dimensions that vary across rows, in display order. */
export function varying(rows: readonly ExplorerRow[]): { territory: boolean; domain: boolean; category: boolean; period: boolean } {
  const n = (f: (r: ExplorerRow) => string | null) => new Set(rows.map(f)).size > 1;
  return { territory: n((r) => r.territory), domain: rows.some((r) => r.domain !== null), category: n((r) => r.category) || rows.some((r) => r.category !== 'total'), period: n((r) => r.period) };
}

export function tableHtml(rows: readonly ExplorerRow[], caption: string): string {
  const v = varying(rows);
  const unit = rows[0]?.unit ?? '';
  const head = [
    '<th scope="col">Territoire</th>',
    v.domain ? '<th scope="col">Classe de placettes</th>' : '',
    v.category ? '<th scope="col">Catégorie</th>' : '',
    '<th scope="col">Période</th>',
    `<th scope="col" class="num">Estimation${unit ? ` (${escapeHtml(unit)})` : ''}</th>`,
    '<th scope="col" class="num">Borne basse (IC 95 %)</th>',
    '<th scope="col" class="num">Borne haute (IC 95 %)</th>',
    '<th scope="col" class="num">Placettes</th>',
    '<th scope="col">Significativité</th>',
  ].join('');
  const body = rows
    .map((r) => {
      // The factsheets' table cells: the number alone, the unit in the header, rounded to what the interval supports.
      const [value, lower, upper] = estimateCells(r);
      const shown = r.significant && r.value !== null;
      const cls = shown ? '' : ' class="non-significatif"';
      return `<tr${cls}><th scope="row">${escapeHtml(r.territory)}</th>${v.domain ? `<td>${escapeHtml(r.domainLabel ?? '')}</td>` : ''}${v.category ? `<td>${escapeHtml(r.categoryLabel)}</td>` : ''}<td>${escapeHtml(
        r.period,
      )}</td><td class="num">${escapeHtml(value)}</td><td class="num">${escapeHtml(lower)}</td><td class="num">${escapeHtml(upper)}</td><td class="num">${escapeHtml(
        formatInteger(r.n_plots),
      )}</td><td>${shown ? 'significatif' : `${NON_SIGNIFICANT}${r.reason ? ` (${escapeHtml(r.reason)})` : ''}`}</td></tr>`;
    })
    .join('');
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(caption)}"><table class="explorer-table"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** Label of a row on the chart's axis: the dimensions that vary, joined. */
function rowLabel(r: ExplorerRow, v: ReturnType<typeof varying>, withCategory: boolean): string {
  // Class labels lose their detail in brackets on the axis (the table keeps it): « Est », « 30 à 60 % ».
  return [v.territory ? r.territory : null, v.domain ? (r.domainLabel ?? '').replace(/\s*\([^)]*\)$/, '') : null, withCategory && v.category ? r.categoryLabel : null].filter(Boolean).join(' — ') || r.categoryLabel;
}

export interface ChartOptions {
  width: number;
  unit: string;
  title: string;
}

/** Chart of the result: horizontal bars with intervals for one period, points and intervals over time for several. */
export function resultChart(rows: readonly ExplorerRow[], opts: ChartOptions): SVGSVGElement | HTMLElement {
  const chart = drawChart(rows, opts);
  // role="img": screen readers announce the chart by its label (the table gives the figures)
  // instead of reading every mark.
  for (const svg of chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')]) {
    svg.setAttribute('role', 'img');
    // axe still flags aria-label on the inner groups Plot writes: drop them (children of an img are presentational).
    for (const g of svg.querySelectorAll('[aria-label]')) if (g !== svg) g.removeAttribute('aria-label');
  }
  return chart;
}

function drawChart(rows: readonly ExplorerRow[], opts: ChartOptions): SVGSVGElement | HTMLElement {
  const v = varying(rows);
  const axis = axisUnit(Math.max(0, ...rows.map((r) => Math.abs(r.value ?? 0))), opts.unit);
  const unitLabel = axis.label;
  // With a scale (millions…), the axis names the unit and the bars carry the number only.
  const fmt = (x: number) => (axis.div > 1 ? formatNumber(x / axis.div) : quantity(x, opts.unit));
  type D = { label: string; series: string; period: string; value: number | null; lower: number | null; upper: number | null; significant: boolean };
  const data: D[] = rows.map((r) => ({
    label: rowLabel(r, v, true),
    series: rowLabel(r, v, true),
    period: r.period,
    value: r.value === null ? null : r.value / axis.div,
    lower: r.lower === null ? null : r.lower / axis.div,
    upper: r.upper === null ? null : r.upper / axis.div,
    significant: r.significant && r.value !== null,
  }));
  const shown = data.filter((d) => d.significant);
  const hidden = data.filter((d) => !d.significant);
  const common = { style: PLOT_STYLE };
  const aria = { ariaLabel: `Graphique : ${opts.title}`, ariaDescription: 'Chaque estimation avec son intervalle de confiance à 95 % ; les chiffres sont dans le tableau qui suit.' };
  const tick = (x: number) => upTo(x, 1);

  if (v.period) {
    const series = [...new Set(data.map((d) => d.series))];
    const periods = [...new Set(data.map((d) => d.period))];
    return Plot.plot({
      ...common,
      ...aria,
      width: opts.width,
      height: 360,
      marginLeft: 70,
      marginBottom: 80,
      x: { domain: periods, label: 'Fenêtre de cinq campagnes', labelOffset: 74, tickRotate: -30 },
      y: { label: unitLabel, grid: true, tickFormat: tick, zero: true },
      color: { domain: series, range: chartPalette.slice(0, Math.max(1, Math.min(8, series.length))), legend: series.length > 1 },
      marks: [
        Plot.ruleX(shown, { x: 'period', y1: 'lower', y2: 'upper', stroke: 'series', strokeWidth: 1.5, dx: 0 }),
        Plot.line(shown, { x: 'period', y: 'value', stroke: 'series', strokeOpacity: 0.5 }),
        Plot.dot(shown, { x: 'period', y: 'value', fill: 'series', r: 3.5, title: (d: D) => `${d.series} ${d.period} : ${fmt(d.value! * axis.div)}` }),
        Plot.text(hidden, { x: 'period', y: 0, text: () => 'n. s.', dy: -8, fill: notSignificantColour, fontStyle: 'italic' }),
        Plot.ruleY([0]),
      ],
    }) as SVGSVGElement;
  }

  // One period: the site's interval bars (the factsheets' and articles' chart), labels above the bars.
  const bars: Bar[] = rows.map((r) => ({
    label: rowLabel(r, v, true),
    value: r.value,
    lower: r.lower,
    upper: r.upper,
    significant: r.significant && r.value !== null,
  }));
  return Plot.plot({
    style: PLOT_STYLE,
    ...barsPlot(bars, { width: opts.width, xLabel: `Estimation (${opts.unit})`, format: chartFormatter(opts.unit), colours: { '': chartPalette[0]! }, ...aria }),
  }) as SVGSVGElement;
}

interface Props {
  code: string;
  nom: string;
}

/** Level whose map fits the result, or null when the result is not territorial. */
export function mapLevel(rows: readonly ExplorerRow[], split: string | null): Level | null {
  if (split === 'ser') return 'ser';
  if (rows.some((r) => r.domain !== null)) return null;
  const levels = new Set(rows.map((r) => r.level));
  const codes = new Set(rows.map((r) => `${r.level}|${r.code}`));
  if (levels.size !== 1 || codes.size < 2) return null;
  const level = [...levels][0]!;
  return level === 'france' ? null : level;
}

/** Small choropleth of one category and period: quantile classes, « estimation trop imprécise » in grey. */
/** Projected outlines of a topology at a width, computed once (only the colours change between results). */
const outlines = new WeakMap<Topology, Map<number, { code: string; nom: string; d: string }[]>>();
function outlinesOf(topology: Topology, width: number, height: number): { code: string; nom: string; d: string }[] {
  let byWidth = outlines.get(topology);
  if (!byWidth) outlines.set(topology, (byWidth = new Map()));
  let list = byWidth.get(width);
  if (!list) {
    const object = Object.values(topology.objects)[0]!;
    const fc = feature(topology, object as never) as unknown as FeatureCollection<Geometry, Props>;
    const path = geoPath(geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitSize([width, height], fc)).digits(1);
    list = (fc.features as Feature<Geometry, Props>[]).map((f) => ({ code: f.properties.code, nom: f.properties.nom, d: path(f) ?? '' }));
    byWidth.set(width, list);
  }
  return list;
}

export function mapSvg(topology: Topology, rows: readonly ExplorerRow[], keyOf: (r: ExplorerRow) => string, opts: { width: number; title: string; unit: string }): string {
  const width = opts.width;
  const height = Math.round(width * 0.95);
  const byCode = new Map(rows.map((r) => [keyOf(r), r]));
  const values = rows.filter((r) => r.significant && r.value !== null).map((r) => r.value!).sort((a, b) => a - b);
  // The site map's classes (src/lib/map/breaks.ts): the same data is classed the same everywhere.
  const breaks = quantileBreaks(values);
  const colours = values.length ? classColours(breaks.length + 1) : [];
  const colourOf = (x: number) => colours[classIndex(x, breaks)]!;
  const shapes = outlinesOf(topology, width, height)
    .map(({ code, nom, d }) => {
      const r = byCode.get(code);
      if (!r) return `<path d="${d}" class="map-out"><title>${escapeHtml(nom)} : hors sélection</title></path>`;
      const e = formatEstimate(r);
      const fill = e.significant ? colourOf(r.value!) : notSignificantColour;
      return `<path d="${d}" fill="${fill}" class="map-in${e.significant ? '' : ' map-ns'}"><title>${escapeHtml(nom)} : ${escapeHtml(e.value)}</title></path>`;
    })
    .join('');
  const legend = [
    ...colours.map((c, i) => {
      const lo = i === 0 ? values[0] : breaks[i - 1];
      const hi = i === colours.length - 1 ? values[values.length - 1] : breaks[i];
      return lo === undefined || hi === undefined ? '' : `<li><span class="swatch" style="background:${c}"></span>${escapeHtml(lo === hi ? quantity(lo, opts.unit) : quantityBounds(lo, hi, opts.unit))}</li>`;
    }),
    rows.some((r) => !r.significant) ? `<li><span class="swatch" style="background:${notSignificantColour}"></span>${NON_SIGNIFICANT}</li>` : '',
  ].join('');
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(`Carte : ${opts.title}. Les chiffres sont dans le tableau.`)}">${shapes}</svg><ul class="map-legend">${legend}</ul>`;
}
