// Contract and consistency of public/donnees/resultats.parquet (skipped until `npm run data:build`
// has run): every territory and window present, parts adding up to France, shares to 100 %,
// values inside their intervals, the significance rule applied, and national figures close to
// IGN's published ones (METHOD.md; differences explained on /methodologie).
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD, MAIN_PERIODS, PERIODS, SIGNIFICANCE } from '../../src/lib/estimation/config.ts';
import { INDICATORS } from '../../src/lib/estimation/catalogue.ts';
import { Results, readResultsFile, resultsPath } from '../../src/lib/estimation/results.ts';
import { LEVELS, type ResultRow } from '../../src/lib/estimation/types.ts';

const file = resultsPath();
let r: Results;

describe.skipIf(!existsSync(file))('resultats.parquet', () => {
  beforeAll(async () => {
    r = new Results(await readResultsFile(file));
  }, 60_000);

  const fr = (indicator: string, period = DEFAULT_PERIOD, breakdown = 'total', category = 'total'): ResultRow =>
    r.require({ level: 'france', code: 'FR', indicator, period, breakdown, category });

  it('has every territory for every window: 1 + 13 + 96 + 86 + 11', () => {
    const expected = { france: 1, region: 13, departement: 96, ser: 86, greco: 11 };
    for (const period of PERIODS) {
      for (const level of LEVELS) {
        expect(r.list({ level, period, indicator: 'surface_foret' }), `${level} ${period}`).toHaveLength(expected[level]);
      }
    }
  });

  it('has every indicator and breakdown of the catalogue', () => {
    const present = new Set(r.rows.map((x) => `${x.indicator}/${x.breakdown}`));
    for (const i of INDICATORS) for (const b of i.breakdowns) expect(present.has(`${i.id}/${b.id}`), `${i.id}/${b.id}`).toBe(true);
  });

  it('every value lies inside its interval, and nothing is negative', () => {
    const bad = r.rows.filter(
      (x) => x.value !== null && x.lower !== null && x.upper !== null && !(x.lower <= x.value + 1e-9 && x.value <= x.upper + 1e-9),
    );
    expect(bad.slice(0, 5)).toEqual([]);
    expect(r.rows.filter((x) => x.value !== null && x.value < 0).slice(0, 5)).toEqual([]);
  });

  it('applies the significance rule everywhere, with a reason when not significant', () => {
    const wrong = r.rows.filter((x) => {
      if (!x.significant) return x.reason === null;
      const half = (x.upper! - x.lower!) / 2;
      return x.n_plots < SIGNIFICANCE.minPlots || x.value === null || half > SIGNIFICANCE.maxRelativeHalfWidth * x.value * 1.0001;
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('a département without any forest plot is present and flagged', () => {
    const empty = r.list({ level: 'departement', indicator: 'surface_foret', period: DEFAULT_PERIOD }).filter((x) => x.n_plots === 0);
    for (const x of empty) {
      expect(x.significant).toBe(false);
      expect(x.reason).toBe('aucune placette dans le territoire');
    }
  });

  describe.each(MAIN_PERIODS)('sums over territories, %s', (period) => {
    it.each(['region', 'departement', 'ser', 'greco'] as const)('area and volume of every %s add up to France within 0.5 %', (level) => {
      for (const indicator of ['surface_foret', 'volume']) {
        const total = fr(indicator, period).value!;
        const sum = r.list({ level, period, indicator, breakdown: 'total' }).reduce((s, x) => s + (x.value ?? 0), 0);
        expect(Math.abs(sum / total - 1), `${indicator} ${level}`).toBeLessThan(0.005);
      }
    });
  });

  it('shares of composition and essence principale add up to 100 % in every territory', () => {
    for (const indicator of ['part_composition', 'part_essence']) {
      const sums = new Map<string, number>();
      for (const x of r.list({ indicator, period: DEFAULT_PERIOD })) {
        const k = `${x.level}:${x.code}`;
        sums.set(k, (sums.get(k) ?? 0) + (x.value ?? 0));
      }
      for (const [k, s] of sums) {
        const n = r.get({ level: k.split(':')[0] as ResultRow['level'], code: k.split(':')[1]!, indicator: 'surface_foret' })!.n_plots;
        if (n > 0) expect(s, `${indicator} ${k}`).toBeCloseTo(100, 6);
      }
    }
  });

  it('breakdowns of volume add up to the total volume', () => {
    const total = fr('volume').value!;
    for (const b of ['groupe', 'espece', 'classe_diametre']) {
      const sum = r.list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'volume', breakdown: b }).reduce((s, x) => s + x.value!, 0);
      expect(sum / total, b).toBeCloseTo(1, 9);
    }
  });

  describe('national figures against IGN’s published ones (METHOD.md)', () => {
    // Mémento 2017 figures are computed on campaigns 2012 to 2016: compare with that window.
    it('forest area is the calibration total (16.9 Mha) and boisement about 31 %', () => {
      expect(fr('surface_foret', '2012-2016').value).toBeCloseTo(16.9e6, -3);
      expect(Math.abs(fr('taux_boisement', '2012-2016').value! - 31)).toBeLessThan(1);
    });

    it('biological production within 10 % of 92 million m³ a year', () => {
      expect(Math.abs(fr('production', '2012-2016').value! / 92e6 - 1)).toBeLessThan(0.1);
    });

    it('mortality within 10 % of 8.8 million m³ a year', () => {
      expect(Math.abs(fr('mortalite', '2012-2016').value! / 8.8e6 - 1)).toBeLessThan(0.1);
    });

    it('carbon in living trees within 20 % of 1.3 billion tC (gap explained on /methodologie)', () => {
      expect(Math.abs(fr('carbone').value! / 1.3e9 - 1)).toBeLessThan(0.2);
    });
  });
});
