// The EPCI synthetic stock (BD Forêt area × inventory per-hectare value), on a hand-computed EPCI.
import { describe, expect, it } from 'vitest';
import { syntheticTotal, type PerHectare } from '../../src/lib/epci/synthetic.ts';

const row = (level: PerHectare['level'], code: string, composition: string, value: number, upper: number, significant: boolean): PerHectare => ({
  level, code, composition, value, upper, significant,
});
const PER_HA: PerHectare[] = [
  row('departement', '63', 'feuillus', 200, 220, true),
  row('departement', '63', 'resineux', 400, 700, false), // too imprecise: the région's value is used
  row('region', '84', 'resineux', 300, 330, true),
  row('region', '84', 'feuillus', 150, 160, true),
  row('france', 'FR', 'feuillus', 160, 162, true),
  row('france', 'FR', 'resineux', 230, 238, true),
  row('france', 'FR', 'mixte', 200, 209, true),
  row('france', 'FR', 'indetermine', 3, 5, false), // never significant: France's value is kept, flagged
];

describe('stock synthétique d’un EPCI', () => {
  it('multiplie chaque surface cartographiée par la valeur à l’hectare de la zone la plus fine qui passe la règle', () => {
    const r = syntheticTotal({ feuillus: 100, coniferes: 50, mixtes: 0, jeunes_peuplements: 10 }, { departement: '63', region: '84' }, PER_HA)!;
    // 100 × 200 + 50 × 300 + 10 × 3 = 35 030 m³
    expect(r.value).toBeCloseTo(35_030, 6);
    // √((100 × 20)² + (50 × 30)² + (10 × 2)²) = √6 250 400
    expect(r.halfWidth).toBeCloseTo(Math.sqrt(6_250_400), 6);
    expect(r.lower).toBeCloseTo(35_030 - Math.sqrt(6_250_400), 6);
    expect(r.significant).toBe(true);
    expect(r.parts.map((p) => [p.type, p.zone.level, p.significantZone])).toEqual([
      ['feuillus', 'departement', true],
      ['coniferes', 'region', true],
      ['jeunes_peuplements', 'france', false],
    ]);
  });

  it('n’estime rien pour un EPCI sans forêt cartographiée hors peupleraies', () => {
    expect(syntheticTotal({ feuillus: 0, coniferes: 0, mixtes: 0, jeunes_peuplements: 0 }, { departement: '63', region: '84' }, PER_HA)).toBeNull();
  });

  it('déclare non significatif un total dont la demi-largeur dépasse la moitié de la valeur', () => {
    const r = syntheticTotal({ feuillus: 0, coniferes: 0, mixtes: 0, jeunes_peuplements: 100 }, { departement: '63', region: '84' }, PER_HA)!;
    expect(r.value).toBeCloseTo(300, 6);
    expect(r.halfWidth).toBeCloseTo(200, 6);
    expect(r.significant).toBe(false);
  });
});
