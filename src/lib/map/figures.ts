// The figures of one indicator, level and period joined to the territories, and what the map, its
// legend, its summary and its table say about them. DOM-free: the build renders the page without
// JavaScript from it, and the browser re-renders the same markup when the reader changes the map.
import { quantity, quantityRange } from '../format/prose.ts';
import { NON_SIGNIFICANT, NOT_SHOWN_WHY, NO_SPREAD_CELL, estimateCells, formatInteger, signif } from '../format/numbers.ts';
import { classColours, classIndex, symbolLegendValues } from './breaks.ts';
import type { FigureTuple, IndicatorFile, MapTerritory } from './types.ts';
import { escapeHtml } from '../html.ts';

export const NO_RESULT = 'aucun résultat';

/** `ok`: significant value, drawn in colour; `ns`: not significant, hatched; `absent`: no estimate. */
export type FigureStatus = 'ok' | 'ns' | 'absent';

export interface TerritoryFigure {
  code: string;
  nom: string;
  href: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  plots: number;
  status: FigureStatus;
  /** Class of the choropleth (0 = lowest), or null when not coloured. */
  classIndex: number | null;
}

/** One figure per territory of the level, in the order of `territories`. */
export function territoryFigures(file: IndicatorFile, period: string, territories: readonly MapTerritory[]): TerritoryFigure[] {
  const byCode = new Map<string, FigureTuple>((file.figures[period] ?? []).map((f) => [f[0], f]));
  return territories.map((t) => {
    const f = byCode.get(t.code);
    const value = f?.[1] ?? null;
    const significant = f?.[5] === 1 && value !== null && f[2] !== null && f[3] !== null;
    const status: FigureStatus = value === null ? 'absent' : significant ? 'ok' : 'ns';
    return {
      code: t.code,
      nom: t.nom,
      href: t.href,
      value,
      lower: f?.[2] ?? null,
      upper: f?.[3] ?? null,
      plots: f?.[4] ?? 0,
      status,
      classIndex: status === 'ok' && file.mode === 'choropleth' ? classIndex(value!, file.breaks) : null,
    };
  });
}


/** "52 % (entre 48 et 56 %)", « estimation trop imprécise » or « aucun résultat ». */
export function valueText(f: TerritoryFigure, unit: string): string {
  if (f.status === 'absent') return NO_RESULT;
  if (f.status === 'ns') return NON_SIGNIFICANT;
  return `${quantity(f.value!, unit)} (${quantityRange(f.lower!, f.upper!, unit, f.value!)})`;
}

/** What hovering or focusing a territory says: name, value and interval, plots. */
export function describeFigure(f: TerritoryFigure, unit: string): string {
  const count = `${formatInteger(f.plots)} placette${f.plots > 1 ? 's' : ''}`;
  if (f.status === 'ns') return `${f.nom} (${f.code}) : ${NON_SIGNIFICANT} (${count})`;
  return `${f.nom} (${f.code}) : ${valueText(f, unit)}${f.plots > 0 ? `, ${count}` : ''}`;
}

export interface LegendItem {
  kind: 'class' | 'symbol' | 'ns' | 'absent';
  label: string;
  /** Fill colour of a class. */
  colour?: string;
  /** Radius (px) of a reference circle. */
  radius?: number;
  /** Territories of the level in this item for the period shown. */
  count: number;
}

/** Largest circle drawn, in px, at the zoom where France fills the map. */
export const SYMBOL_MAX_RADIUS = 28;

export function legendItems(file: IndicatorFile, figures: readonly TerritoryFigure[]): LegendItem[] {
  const items: LegendItem[] = [];
  const ok = figures.filter((f) => f.status === 'ok');
  if (file.mode === 'choropleth') {
    const colours = classColours(file.breaks.length + 1);
    const t = file.breaks.map((b) => signif(b, 6));
    colours.forEach((colour, i) => {
      const label =
        t.length === 0 ? 'toutes les valeurs' : i === 0 ? `moins de ${t[0]}` : i === t.length ? `${t[i - 1]} ou plus` : `${t[i - 1]} à moins de ${t[i]}`;
      items.push({ kind: 'class', label, colour, count: ok.filter((f) => f.classIndex === i).length });
    });
  } else {
    for (const value of symbolLegendValues(file.maxValue)) {
      items.push({
        kind: 'symbol',
        label: quantity(value, file.unit),
        radius: SYMBOL_MAX_RADIUS * Math.sqrt(value / file.maxValue),
        count: 0,
      });
    }
  }
  items.push({ kind: 'ns', label: NON_SIGNIFICANT, count: figures.filter((f) => f.status === 'ns').length });
  const absent = figures.filter((f) => f.status === 'absent').length;
  if (absent > 0) items.push({ kind: 'absent', label: 'aucune placette', count: absent });
  return items;
}


/** The legend as HTML (the same markup at build time and in the browser). */
export function legendHtml(file: IndicatorFile, figures: readonly TerritoryFigure[]): string {
  const count = (n: number) =>
    `<span class="map-legend__count">${formatInteger(n)}<span class="visually-hidden"> territoire${n > 1 ? 's' : ''}</span></span>`;
  const lines = legendItems(file, figures).map((item) => {
    let swatch: string;
    if (item.kind === 'class') swatch = `<span class="map-legend__swatch" style="background:${item.colour}"></span>`;
    else if (item.kind === 'symbol') {
      const d = Math.max(4, Math.round(item.radius! * 2));
      swatch = `<span class="map-legend__circle-box" style="width:${Math.round(SYMBOL_MAX_RADIUS * 2)}px"><span class="map-legend__circle" style="width:${d}px;height:${d}px"></span></span>`;
    } else swatch = `<span class="map-legend__swatch map-legend__swatch--${item.kind}"></span>`;
    // The count of territories in each class: the reader sees that quantile classes are even.
    return `<li class="map-legend__item map-legend__item--${item.kind}">${swatch}<span>${escapeHtml(item.label)}</span>${item.kind === 'symbol' ? '<span></span>' : count(item.count)}</li>`;
  });
  const method =
    (file.mode === 'choropleth'
      ? 'Classes par quantiles des valeurs significatives de toutes les périodes : chaque couleur regroupe à peu près autant de territoires, et garde le même sens d’une période à l’autre.'
      : 'La surface de chaque cercle est proportionnelle au total du territoire (tailles de la légende pour la vue de toute la France).') +
    ` Hachures : ${NOT_SHOWN_WHY} pour publier la valeur.`;
  const countHead = '<span class="map-legend__count-head" aria-hidden="true">territoires</span>';
  return `<p class="map-legend__title"><span>${escapeHtml(file.label)} (${escapeHtml(file.unit)})</span>${countHead}</p><ul class="map-legend__list">${lines.join('')}</ul><p class="map-legend__method">${method}</p>`;
}

export type SortKey = 'nom' | 'valeur' | 'placettes';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Figures sorted for the table. By value, non-significant and absent figures always come last,
 * whatever the direction: they have no value to rank.
 */
export function sortFigures(figures: readonly TerritoryFigure[], key: SortKey, direction: SortDirection): TerritoryFigure[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...figures].sort((a, b) => {
    if (key === 'nom') return sign * collator.compare(a.nom, b.nom);
    if (key === 'placettes') return sign * (a.plots - b.plots) || collator.compare(a.nom, b.nom);
    const ra = a.status === 'ok' ? 0 : a.status === 'ns' ? 1 : 2;
    const rb = b.status === 'ok' ? 0 : b.status === 'ns' ? 1 : 2;
    if (ra !== rb || ra !== 0) return ra - rb || collator.compare(a.nom, b.nom);
    return sign * (a.value! - b.value!) || collator.compare(a.nom, b.nom);
  });
}

/** The table body: territory (link to its factsheet), value, 95 % interval, plots. */
export function tableRowsHtml(figures: readonly TerritoryFigure[], unit: string, linkFactsheets: boolean): string {
  return figures
    .map((f) => {
      const name = `${escapeHtml(f.nom)} <span class="muted">(${escapeHtml(f.code)})</span>`;
      const cell = linkFactsheets ? `<a href="${escapeHtml(f.href)}">${name}</a>` : name;
      // The same cells as the factsheets' tables: rounded to what the interval supports.
      const [estimate, lower, upper] = estimateCells({ value: f.value, lower: f.lower, upper: f.upper, unit, significant: f.status === 'ok' });
      const value = f.status === 'ok' ? estimate : f.status === 'ns' ? NON_SIGNIFICANT : NO_RESULT;
      const interval = f.status !== 'ok' ? '–' : lower === NO_SPREAD_CELL ? NO_SPREAD_CELL : `${lower} à ${upper}`;
      return `<tr data-code="${escapeHtml(f.code)}"><th scope="row">${cell}</th><td class="num num--wrap">${value}</td><td class="num num--wrap">${interval}</td><td class="num">${formatInteger(f.plots)}</td></tr>`;
    })
    .join('');
}

/** The short text summary: highest and lowest territories, and how many are not significant. */
export function summaryHtml(figures: readonly TerritoryFigure[], unit: string, levelPlural: string): string {
  const ok = sortFigures(figures, 'valeur', 'descending').filter((f) => f.status === 'ok');
  const ns = figures.filter((f) => f.status === 'ns').length;
  const absent = figures.filter((f) => f.status === 'absent').length;
  const item = (f: TerritoryFigure) => `${escapeHtml(f.nom)} (${escapeHtml(quantity(f.value!, unit))})`;
  const take = Math.min(3, Math.floor(ok.length / 2));
  const parts: string[] = [];
  if (take === 0) {
    parts.push(`<p>Aucune valeur n’est publiée pour cette période : ${NON_SIGNIFICANT} dans chaque territoire.</p>`);
  } else {
    parts.push(`<p><strong>Valeurs les plus élevées :</strong> ${ok.slice(0, take).map(item).join(' ; ')}.</p>`);
    parts.push(`<p><strong>Valeurs les plus faibles :</strong> ${ok.slice(-take).reverse().map(item).join(' ; ')}.</p>`);
  }
  const notes: string[] = [];
  if (ns > 0) notes.push(`${formatInteger(ns)} sur ${formatInteger(figures.length)} ${ns > 1 ? 'ont' : 'a'} une estimation trop imprécise pour être publiée`);
  if (absent > 0) notes.push(`${formatInteger(absent)} ${absent > 1 ? 'n’ont' : 'n’a'} aucun résultat`);
  const caveat = take > 0 ? ' Des territoires proches dans ce classement ont souvent des intervalles de confiance qui se recouvrent : l’ordre est indicatif.' : '';
  if (notes.length || caveat) parts.push(`<p class="muted">${notes.length ? `Parmi les ${escapeHtml(levelPlural)}, ${notes.join(' et ')}.` : ''}${caveat}</p>`);
  return parts.join('');
}
