// Wildfire figures of the « incendies » page from a small synthetic base: coverage found in the data,
// the Mediterranean départements kept apart, season, sizes, départements, records; and the sentences
// follow the data (change a fire, the text changes).
import { describe, expect, it } from 'vitest';
import { fireCoverage, firesByDepartment, firesByMonth, firesBySize, firesByYear, nationalYears, recordYears } from '../../src/lib/themes/fires.ts';
import { incendiesFacts } from '../../src/lib/themes/incendies.ts';
import { DEPARTEMENTS, fire, fireFixture } from './fixtures/themes.ts';

const plain = (s: string) => s.replaceAll('\u202f', ' ');

describe('couverture de la base', () => {
  it('trouve dans les données l’année où la base s’étend au reste de la métropole', () => {
    const cov = fireCoverage(fireFixture());
    expect(cov.firstYear).toBe(1990);
    expect(cov.lastYear).toBe(2009);
    expect(cov.nationalFrom).toBe(2005);
    expect(cov.mediterranean).toEqual(['13', '83']);
  });
  it('refuse une base vide avec un message clair', () => {
    expect(() => fireCoverage([])).toThrow(/aucun feu/);
  });
});

describe('séries et répartitions', () => {
  const cells = fireFixture();
  const cov = fireCoverage(cells);
  const years = firesByYear(cells, cov);
  it('ne donne pas de valeur au reste de la métropole avant son recensement (pas de faux zéro)', () => {
    expect(years.filter((y) => y.zone === 'reste').map((y) => y.annee)).toEqual([2005, 2006, 2007, 2008, 2009]);
    expect(years.find((y) => y.annee === 2003 && y.zone === 'mediterranee')).toMatchObject({ n: 15, surface: 3025 });
  });
  it('additionne les deux zones pour les années recensées partout', () => {
    expect(nationalYears(years, cov).find((y) => y.annee === 2008)).toEqual({ annee: 2008, n: 20, surface: 621.5 });
  });
  it('classe les années record, à égalité la plus ancienne d’abord', () => {
    expect(recordYears(years.filter((y) => y.zone === 'mediterranee'), 2).map((y) => y.annee)).toEqual([2003, 1990]);
  });
  it('répartit feux et surfaces par mois et par taille, en parts qui somment à 100 %', () => {
    const months = firesByMonth(cells, cov.nationalFrom);
    expect(months).toHaveLength(12);
    expect(months.reduce((s, m) => s + m.shareN, 0)).toBeCloseTo(100, 9);
    expect(months.reduce((s, m) => s + m.shareSurface, 0)).toBeCloseTo(100, 9);
    const sizes = firesBySize(cells, cov.nationalFrom);
    expect(sizes.map((s) => s.classe)).toEqual(['lt1', '1-10', '10-100', '100-1000', 'ge1000']);
    expect(sizes.find((s) => s.classe === '100-1000')!.shareSurface).toBeCloseTo((100 * 500) / 1147.5, 9);
  });
  it('classe les départements par surface brûlée', () => {
    expect(firesByDepartment(cells, 2005, 2009).map((d) => d.dep)).toEqual(['33', '13', '83', '40', '24']);
  });
});

describe('les phrases suivent les données', () => {
  it('écrit les chiffres calculés sur le jeu de données', () => {
    const f = incendiesFacts({ cells: fireFixture(), departements: DEPARTEMENTS });
    expect(f['debutNational']).toBe('2005');
    expect(f['nombreDepartementsMediterraneens']).toBe('2');
    expect(plain(f['surfaceMoyenne']!)).toBe('230 ha');
    expect(f['recordAnnee']).toBe('2003');
    expect(f['recordNationalAnnee']).toBe('2008');
    expect(plain(f['recordNationalSurface']!)).toBe('622 ha');
    expect(plain(f['partGrandsFeuxSurface']!)).toBe('44 %');
    expect(f['moisPic']).toBe('août');
    expect(f['departementPlusTouche']).toBe('la Gironde');
  });
  it('change de texte quand les données changent : un grand feu en 2009 devient le record', () => {
    const cells = [...fireFixture(), fire(2009, '40', 7, 'ge1000', 1, 2000)];
    const f = incendiesFacts({ cells, departements: DEPARTEMENTS });
    expect(f['recordNationalAnnee']).toBe('2009');
    expect(plain(f['recordNationalSurface']!)).toBe('2 130 ha');
    expect(f['moisPic']).toBe('juillet');
    expect(f['departementPlusTouche']).toBe('les Landes');
  });
});
