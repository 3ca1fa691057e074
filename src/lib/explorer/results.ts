// Turns the rows DuckDB returns for an explorer query into labelled rows for the table, the chart,
// the map and the downloads: the territory's name, the class of a plot breakdown (codes of split
// domains are `territoire|classe`), the category's French label.
import { indicator as catalogueIndicator } from '../estimation/catalogue.ts';
import type { Level } from '../estimation/types.ts';
import { BREAKDOWN_LABELS, fixedCategoryLabel, type PlotVariable } from './options.ts';
import type { BuiltQuery } from './query.ts';
import { filterOptions, type Reference } from './state.ts';

export interface ExplorerRow {
  level: Level;
  /** Code of the territory. */
  code: string;
  territory: string;
  /** Class of the plot breakdown (slope class, SER…), null without one. */
  domain: string | null;
  domainLabel: string | null;
  period: string;
  indicator: string;
  breakdown: string;
  category: string;
  categoryLabel: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  n_plots: number;
  significant: boolean;
  unit: string;
  reason: string | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Labels of the classes of a plot variable. */
export function domainLabels(split: PlotVariable, ref: Reference): Map<string, string> {
  return new Map(filterOptions(split, ref).map((o) => [o.code, o.label]));
}

export function shapeRows(raw: readonly Record<string, unknown>[], q: Pick<BuiltQuery, 'indicator' | 'catalogueBreakdown' | 'split'>, ref: Reference): ExplorerRow[] {
  const names = new Map(ref.territories.map((t) => [`${t.level}|${t.code}`, t.level === 'france' ? 'France métropolitaine' : `${t.nom} (${t.code})`]));
  const species = new Map(ref.species.map((s) => [s.espar, s.nom_fr]));
  const classes = q.split ? domainLabels(q.split, ref) : null;
  return raw.map((r) => {
    const level = String(r['level']) as Level;
    const full = String(r['code']);
    const bar = q.split ? full.indexOf('|') : -1;
    const code = bar >= 0 ? full.slice(0, bar) : full;
    const domain = bar >= 0 ? full.slice(bar + 1) : null;
    const category = String(r['category']);
    return {
      level,
      code,
      territory: names.get(`${level}|${code}`) ?? code,
      domain,
      domainLabel: domain === null ? null : (classes?.get(domain) ?? domain),
      period: String(r['period']),
      indicator: String(r['indicator']),
      breakdown: String(r['breakdown']),
      category,
      categoryLabel: fixedCategoryLabel(q.indicator, q.catalogueBreakdown, category) ?? species.get(category) ?? category,
      value: num(r['value']),
      lower: num(r['lower']),
      upper: num(r['upper']),
      n_plots: Number(r['n_plots']),
      significant: Boolean(r['significant']),
      unit: String(r['unit']),
      reason: r['reason'] === null || r['reason'] === undefined ? null : String(r['reason']),
    };
  });
}

/** French label of what a row's category means (the breakdown the result is split by). */
export function breakdownTitle(q: Pick<BuiltQuery, 'indicator' | 'catalogueBreakdown' | 'split'>): { category: string | null; domain: string | null } {
  const b = catalogueIndicator(q.indicator).breakdowns.find((x) => x.id === q.catalogueBreakdown);
  return {
    category: q.catalogueBreakdown === 'total' ? null : (b?.label ?? q.catalogueBreakdown),
    domain: q.split ? BREAKDOWN_LABELS[q.split] : null,
  };
}
