// What the map says about each territory: legend, hover text, table and summary never print a
// non-significant figure as a number, and the table sorts as a reader expects.
import { describe, expect, test } from 'vitest';
import { indicatorFile, levelFile } from '../../src/lib/map/build.ts';
import {
  describeFigure,
  legendHtml,
  legendItems,
  sortFigures,
  summaryHtml,
  tableRowsHtml,
  territoryFigures,
} from '../../src/lib/map/figures.ts';
import type { MapSeries } from '../../src/lib/map/build.ts';
import { fixtureRows, fixtureTerritories, fixtureTopology } from './fixtures/mapFixture.ts';

/** French typography puts (narrow) no-break spaces before units: compare texts with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const series: MapSeries = { key: 'volume_ha', label: 'Volume à l’hectare', unit: 'm³/ha', mode: 'choropleth', indicator: 'volume_ha', breakdown: 'total', category: 'total' };
const level = levelFile('ser', fixtureTopology, fixtureTerritories, (code) => `/territoires/ser/${code}/`);
const file = indicatorFile('ser', series, fixtureRows, fixtureTerritories.map((t) => t.code));

describe('chiffres par territoire', () => {
  test('statut : significatif, non significatif, absent', () => {
    const recent = territoryFigures(file, '2015-2019', level.territories);
    expect(recent.map((f) => f.status)).toEqual(['ok', 'ok', 'ns']);
    const older = territoryFigures(file, '2010-2014', level.territories);
    expect(older.map((f) => f.status)).toEqual(['ok', 'ok', 'absent']);
  });

  test('le survol donne nom, valeur et intervalle ; « estimation trop imprécise » sans nombre', () => {
    const [a, , c] = territoryFigures(file, '2015-2019', level.territories);
    expect(plain(describeFigure(a!, 'm³/ha'))).toBe('Plaine A (A11) : 120 m³/ha (entre 100 et 140 m³/ha), 80 placettes');
    const text = plain(describeFigure(c!, 'm³/ha'));
    expect(text).toBe('Massif C (C33) : estimation trop imprécise (12 placettes)');
    expect(text).not.toMatch(/90/);
  });

  test('la légende compte les territoires de chaque classe et nomme les non significatifs', () => {
    const figures = territoryFigures(file, '2015-2019', level.territories);
    const items = legendItems(file, figures);
    const classes = items.filter((i) => i.kind === 'class');
    expect(classes.reduce((n, i) => n + i.count, 0)).toBe(2);
    expect(items.find((i) => i.kind === 'ns')!.count).toBe(1);
    const html = legendHtml(file, figures);
    expect(html).toContain('estimation trop imprécise');
    expect(html).toContain('quantiles');
    expect(html).toContain('Volume à l’hectare (m³/ha)');
  });

  test('symboles : légende de cercles pour un total', () => {
    const totals = indicatorFile('ser', { ...series, key: 'surface_foret', unit: 'ha', mode: 'symbols' }, fixtureRows, ['A11', 'B22', 'C33']);
    const items = legendItems(totals, territoryFigures(totals, '2015-2019', level.territories));
    expect(items.filter((i) => i.kind === 'symbol').length).toBeGreaterThan(0);
    expect(totals.breaks).toEqual([]);
  });
});

describe('tableau et résumé', () => {
  const figures = territoryFigures(file, '2015-2019', level.territories);

  test('tri par valeur : les non significatifs toujours en dernier', () => {
    expect(sortFigures(figures, 'valeur', 'descending').map((f) => f.code)).toEqual(['B22', 'A11', 'C33']);
    expect(sortFigures(figures, 'valeur', 'ascending').map((f) => f.code)).toEqual(['A11', 'B22', 'C33']);
    expect(sortFigures(figures, 'nom', 'ascending').map((f) => f.nom)).toEqual(['Côteaux B', 'Massif C', 'Plaine A']);
    expect(sortFigures(figures, 'placettes', 'descending').map((f) => f.code)).toEqual(['B22', 'A11', 'C33']);
  });

  test('les lignes du tableau : lien vers la fiche, valeur, intervalle ; pas de nombre non significatif', () => {
    const html = tableRowsHtml(figures, 'm³/ha', true);
    expect(html).toContain('<a href="/territoires/ser/A11/">Plaine A');
    expect(html).toContain('>120<');
    expect(html).toContain('100 à 140');
    const c33 = html.split('<tr').find((row) => row.includes('C33'))!;
    expect(c33).toContain('estimation trop imprécise');
    expect(c33).not.toMatch(/>90|170/);
    expect(tableRowsHtml(figures, 'm³/ha', false)).not.toContain('<a ');
  });

  test('le résumé nomme les valeurs extrêmes et les non significatifs', () => {
    const html = plain(summaryHtml(figures, 'm³/ha', 'sylvoécorégions'));
    expect(html).toContain('Valeurs les plus élevées :</strong> Côteaux B (210 m³/ha)');
    expect(html).toContain('Valeurs les plus faibles :</strong> Plaine A (120 m³/ha)');
    expect(html).toContain('1 sur 3 a une estimation trop imprécise pour être publiée');
  });
});
