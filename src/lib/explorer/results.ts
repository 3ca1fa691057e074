// Turns the rows DuckDB returns for an explorer query into labelled rows for the table, the chart,
// the map and the downloads: the territory's name, the class of a plot breakdown (codes of split
// domains are `territoire|classe`), the category's French label.
import { indicator as catalogueIndicator } from '../estimation/catalogue.ts';
import { toResultRow } from '../estimation/run.ts';
import type { ResultRow } from '../estimation/types.ts';
import { BREAKDOWN_LABELS, fixedCategoryLabel, type PlotVariable } from './options.ts';
import type { BuiltQuery } from './query.ts';
import { filterOptions, type Reference } from './state.ts';

/** A row of resultats.parquet's shape (code without the class of a split domain), with its labels. */
export interface ExplorerRow extends Omit<ResultRow, 'category_label'> {
  /** Name of the territory, with its code. */
  territory: string;
  /** Class of the plot breakdown (slope class, SER…), null without one. */
  domain: string | null;
  domainLabel: string | null;
  categoryLabel: string;
}

/** Labels of the classes of a plot variable. */
export function domainLabels(split: PlotVariable, ref: Reference): Map<string, string> {
  return new Map(filterOptions(split, ref).map((o) => [o.code, o.label]));
}

export function shapeRows(raw: readonly Record<string, unknown>[], q: Pick<BuiltQuery, 'indicator' | 'catalogueBreakdown' | 'split'>, ref: Reference): ExplorerRow[] {
  const names = new Map(ref.territories.map((t) => [`${t.level}|${t.code}`, t.level === 'france' ? 'France métropolitaine' : `${t.nom} (${t.code})`]));
  const species = new Map(ref.species.map((s) => [s.espar, s.nom_fr]));
  const classes = q.split ? domainLabels(q.split, ref) : null;
  return raw.map((r) => {
    const row = toResultRow(r);
    const bar = q.split ? row.code.indexOf('|') : -1;
    const code = bar >= 0 ? row.code.slice(0, bar) : row.code;
    const domain = bar >= 0 ? row.code.slice(bar + 1) : null;
    return {
      ...row,
      code,
      territory: names.get(`${row.level}|${code}`) ?? code,
      domain,
      domainLabel: domain === null ? null : (classes?.get(domain) ?? domain),
      categoryLabel: fixedCategoryLabel(q.indicator, q.catalogueBreakdown, row.category) ?? species.get(row.category) ?? row.category,
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
