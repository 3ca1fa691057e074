// One value, one way to print it: the same estimates go through every path that shows them (the
// factsheet's sentences and tables, the articles, the map's tooltip and table, the explorer's table,
// the CSV downloads) and must read the same. Prose rounds to three significant digits with the unit
// in words; tables print the number alone, rounded to what the interval supports.
import { describe, expect, it } from 'vitest';
import { plainValue, valueWithInterval } from '../../src/lib/factsheet/sentences.ts';
import { value as articleValue, withInterval as articleWithInterval } from '../../src/lib/themes/text.ts';
import { tableRowsHtml, valueText, type TerritoryFigure } from '../../src/lib/map/figures.ts';
import { tableHtml } from '../../src/components/explorer/client/render.ts';
import { explorerCsv, parseExplorerCsv } from '../../src/lib/explorer/csv.ts';
import { factsheetCsv } from '../../src/lib/factsheet/csv.ts';
import { estimateCells, NO_SPREAD_CELL, NON_SIGNIFICANT } from '../../src/lib/format/numbers.ts';
import { formatEstimate, quantity } from '../../src/lib/format/prose.ts';
import type { ExplorerRow } from '../../src/lib/explorer/results.ts';
import type { ResultRow } from '../../src/lib/estimation/types.ts';

const ESTIMATES = [
  { value: 4.256, lower: 4.05, upper: 4.46, unit: '%' },
  { value: 16.93e6, lower: 16.7e6, upper: 17.15e6, unit: 'ha' },
  { value: 487_312, lower: 470_100, upper: 504_800, unit: 'ha' },
  { value: 185.73, lower: 180.1, upper: 191.2, unit: 'm³/ha' },
  { value: 5.834, lower: 5.41, upper: 6.2, unit: 'm³/ha/an' },
  { value: 32_673_732, lower: 31.1e6, upper: 34.2e6, unit: 'm³/an' },
  { value: 0.3346, lower: 0.31, upper: 0.36, unit: '%/an' },
  { value: 1.345e9, lower: 1.31e9, upper: 1.38e9, unit: 'tC' },
];

const estimate = (e: (typeof ESTIMATES)[number], significant = true) => ({ ...e, significant, n_plots: 412, reason: null });
const figure = (e: (typeof ESTIMATES)[number]): TerritoryFigure => ({ code: '03', nom: 'Allier', href: '/territoires/departement/03/', value: e.value, lower: e.lower, upper: e.upper, plots: 412, status: 'ok', classIndex: null });
const explorerRow = (e: (typeof ESTIMATES)[number], significant = true): ExplorerRow => ({
  level: 'departement', code: '03', territory: 'Allier', domain: null, domainLabel: null, period: '2015-2019', indicator: 'x', breakdown: 'total', category: 'total', categoryLabel: 'Total', ...estimate(e, significant),
});
const resultRow = (e: (typeof ESTIMATES)[number]) => ({ ...explorerRow(e), category_label: 'Total' }) as unknown as ResultRow;
/** The text of the cells of the first body row of an HTML table. */
const cells = (html: string) => [...html.replace(/^[\s\S]*?<tbody>/, '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('one value, one way to print it', () => {
  it('is not an empty list of cases', () => expect(ESTIMATES.length).toBeGreaterThan(5));

  it.each(ESTIMATES)('$value $unit reads the same in the sentences of the factsheets and articles, on the map and in the key figures', (e) => {
    const prose = quantity(e.value, e.unit);
    expect(plainValue(estimate(e))).toBe(prose);
    expect(articleValue(estimate(e))).toBe(prose);
    expect(formatEstimate(estimate(e)).value).toBe(prose);
    const withRange = valueWithInterval(estimate(e));
    expect(articleWithInterval(estimate(e))).toBe(withRange);
    expect(valueText(figure(e), e.unit)).toBe(withRange);
  });

  it.each(ESTIMATES)('$value $unit gets the same table cells on the factsheet, on the map and in the explorer', (e) => {
    const [value, lower, upper] = estimateCells(estimate(e));
    const row = cells(tableRowsHtml([figure(e)], e.unit, false));
    expect(row[1]).toBe(value);
    expect(row[2]).toBe(`${lower} à ${upper}`);
    // The explorer's table: territory, period, estimate, lower bound, upper bound.
    expect(cells(tableHtml([explorerRow(e)], 'x')).slice(2, 5)).toEqual([value, lower, upper]);
  });

  it('a figure without spread (a région’s published area) says so in its bound cells, on the factsheet, the map and in the explorer', () => {
    const e = { value: 30.9, lower: 30.9, upper: 30.9, unit: '%' };
    expect(estimateCells(estimate(e))).toEqual(['30,9', NO_SPREAD_CELL, NO_SPREAD_CELL]);
    expect(cells(tableRowsHtml([figure(e)], e.unit, false))[2]).toBe(NO_SPREAD_CELL);
    expect(cells(tableHtml([explorerRow(e)], 'x')).slice(2, 5)).toEqual(['30,9', NO_SPREAD_CELL, NO_SPREAD_CELL]);
  });

  it('the factsheet and explorer downloads write the same estimate cells', () => {
    for (const e of ESTIMATES) {
      const fromExplorer = parseExplorerCsv(explorerCsv([explorerRow(e)], 'x'))[0]!;
      const fromFactsheet = factsheetCsv('Allier', [resultRow(e)], () => ({ indicator: 'x', breakdown: 'total' })).split('\r\n')[1]!.split(';');
      expect(fromFactsheet.slice(7)).toEqual([fromExplorer['Estimation'], fromExplorer['Borne basse (IC 95 %)'], fromExplorer['Borne haute (IC 95 %)'], e.unit, '412', 'oui', '']);
    }
  });

  it('a figure below the significance rule prints the same words everywhere, never a number', () => {
    const e = ESTIMATES[0]!;
    expect(plainValue(estimate(e, false))).toBe(NON_SIGNIFICANT);
    expect(articleValue(estimate(e, false))).toBe(NON_SIGNIFICANT);
    expect(formatEstimate(estimate(e, false)).value).toBe(NON_SIGNIFICANT);
    expect(estimateCells(estimate(e, false))[0]).toBe(NON_SIGNIFICANT);
    expect(cells(tableHtml([explorerRow(e, false)], 'x')).join(' ')).toContain(NON_SIGNIFICANT);
    expect(cells(tableRowsHtml([{ ...figure(e), status: 'ns' }], e.unit, false))[1]).toBe(NON_SIGNIFICANT);
  });
});
