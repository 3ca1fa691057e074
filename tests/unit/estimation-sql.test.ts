// The catalogue SQL on the tiny fixture (tests/unit/fixtures/estimationDb.ts) in DuckDB under
// Node: point estimates and intervals match the hand calculations written next to each check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALIBRATION, CARBON, Z95 } from '../../src/lib/estimation/config.ts';
import { area, plotSums, ratio, total } from '../../src/lib/estimation/estimators.ts';
import { prepareTables, runBreakdown } from '../../src/lib/estimation/run.ts';
import type { NodeDb } from '../../src/lib/estimation/node.ts';
import type { ResultRow } from '../../src/lib/estimation/types.ts';
import { FIXTURE, fixtureNodeDb } from './fixtures/estimationDb.ts';

type Row = Omit<ResultRow, 'category_label'>;
let db: NodeDb;
const run = (indicator: string, breakdown = 'total', opts = { first: 2015, last: 2019 }) =>
  runBreakdown(db.runner, indicator, breakdown, opts);
const pick = (rows: Row[], level: string, code: string, category = 'total'): Row => {
  const r = rows.find((x) => x.level === level && x.code === code && x.category === category);
  if (!r) throw new Error(`pas de ligne ${level} ${code} ${category}`);
  return r;
};
/** Lower and upper bounds expected from a value and its variance. */
const bounds = (value: number, variance: number) => [Math.max(0, value - Z95 * Math.sqrt(variance)), value + Z95 * Math.sqrt(variance)];

const a = CALIBRATION.surfaceHa / 6; // six plots in France in 2015-2019
const FR_LAND = 50e6;
const VOLUME = [10, 20, 30, 40, 32, 0]; // m³/ha per plot
const ONES = [1, 1, 1, 1, 1, 1];

beforeAll(async () => {
  db = await fixtureNodeDb();
  await prepareTables(db.runner);
});
afterAll(() => db.close());

describe('forest area and taux de boisement', () => {
  it('France equals the calibration total, with the binomial interval', async () => {
    const fr = pick(await run('surface_foret'), 'france', 'FR');
    const v = a * a * 6 * (1 - (6 * a) / FR_LAND);
    expect(fr.value).toBeCloseTo(CALIBRATION.surfaceHa, 3);
    expect(fr.lower).toBeCloseTo(bounds(CALIBRATION.surfaceHa, v)[0]!, 3);
    expect(fr.upper).toBeCloseTo(bounds(CALIBRATION.surfaceHa, v)[1]!, 3);
    expect(fr.n_plots).toBe(6);
    expect(fr.unit).toBe('ha');
  });

  it('a région is a·n with its own land area', async () => {
    const r1 = pick(await run('surface_foret'), 'region', 'R1');
    expect(r1.value).toBeCloseTo(3 * a, 3);
    expect(r1.upper! - r1.value!).toBeCloseTo(Z95 * Math.sqrt(area(a, 3, 30e6).variance), 3);
  });

  it('a territory with one plot is flagged not significant, its value kept', async () => {
    const d3 = pick(await run('surface_foret'), 'departement', 'D3');
    expect(d3.value).toBeCloseTo(a, 3);
    expect(d3.n_plots).toBe(1);
    expect(d3.significant).toBe(false);
    expect(d3.reason).toBe('moins de 20 placettes');
  });

  it('taux de boisement = area / land area in %', async () => {
    const fr = pick(await run('taux_boisement'), 'france', 'FR');
    expect(fr.value).toBeCloseTo((CALIBRATION.surfaceHa / FR_LAND) * 100, 9);
    expect(fr.unit).toBe('%');
  });

  it('every territory of the fixture gets a row, period 2015-2019', async () => {
    const rows = await run('surface_foret');
    expect(rows.map((r) => `${r.level}:${r.code}:${r.period}`).sort()).toEqual(
      FIXTURE.territoires!.rows.map((t) => `${t[0]}:${t[1]}:2015-2019`).sort(),
    );
  });
});

describe('volume', () => {
  it('volume per hectare: mean 22 m³/ha, variance 6·1120/(5·36)', async () => {
    // Σ(y − 22)² = 144 + 4 + 64 + 324 + 100 + 484 = 1120
    const fr = pick(await run('volume_ha'), 'france', 'FR');
    expect(fr.value).toBeCloseTo(22, 10);
    expect(fr.upper! - fr.value!).toBeCloseTo(Z95 * Math.sqrt((6 * 1120) / (5 * 36)), 9);
    expect(fr.n_plots).toBe(5); // plot 6 has no tree
  });

  it('total volume = area × per-hectare volume, variances combined', async () => {
    const fr = pick(await run('volume'), 'france', 'FR');
    const expected = total(a, FR_LAND, plotSums(VOLUME, ONES));
    expect(fr.value).toBeCloseTo(CALIBRATION.surfaceHa * 22, 1);
    expect(fr.upper! - fr.value!).toBeCloseTo(Z95 * Math.sqrt(expected.variance!), 1);
  });

  it('volume by species group adds up to the total', async () => {
    const rows = await run('volume', 'groupe');
    const f = pick(rows, 'france', 'FR', 'feuillu');
    const r = pick(rows, 'france', 'FR', 'resineux');
    expect(f.value).toBeCloseTo(a * 80, 1); // 10 + 20 + 40 + 10
    expect(r.value).toBeCloseTo(a * 52, 1); // 30 + 20 + 2
    expect(f.value! + r.value!).toBeCloseTo(CALIBRATION.surfaceHa * 22, 1);
  });

  it('volume by species and by diameter class add up to the total', async () => {
    for (const b of ['espece', 'classe_diametre']) {
      const rows = (await run('volume', b)).filter((r) => r.level === 'france');
      expect(rows.reduce((s, r) => s + r.value!, 0)).toBeCloseTo(CALIBRATION.surfaceHa * 22, 1);
    }
  });
});

describe('composition and essence principale', () => {
  it('shares of plots: feuillus 2/6, mixte 1/6, résineux 2/6, sans couvert 1/6', async () => {
    const rows = await run('part_composition', 'composition');
    expect(pick(rows, 'france', 'FR', 'feuillus').value).toBeCloseTo(100 / 3, 10);
    expect(pick(rows, 'france', 'FR', 'mixte').value).toBeCloseTo(100 / 6, 10);
    expect(pick(rows, 'france', 'FR', 'resineux').value).toBeCloseTo(100 / 3, 10);
    expect(pick(rows, 'france', 'FR', 'indetermine').value).toBeCloseTo(100 / 6, 10);
    // V(share) = n·Σ(y − R)²/((n − 1)·n²) with Σ(y − 1/3)² = 4/3 → 6·(4/3)/(5·36), in %²
    const f = pick(rows, 'france', 'FR', 'feuillus');
    expect(f.upper! - f.value!).toBeCloseTo(Z95 * Math.sqrt(((6 * 4) / 3 / (5 * 36)) * 1e4), 9);
  });

  it('a category absent from a territory still gets a zero row (fixed categories)', async () => {
    const d3 = pick(await run('part_composition', 'composition'), 'departement', 'D3', 'feuillus');
    expect(d3.value).toBe(0);
    expect(d3.significant).toBe(false);
  });

  it('areas by composition add up to the forest area', async () => {
    const rows = (await run('surface_composition', 'composition')).filter((r) => r.level === 'france');
    expect(rows.reduce((s, r) => s + r.value!, 0)).toBeCloseTo(CALIBRATION.surfaceHa, 3);
  });

  it('essence principale: highest free cover, ties broken by total cover', async () => {
    // plots 1, 2 and 4 (50/50 tie, tca 60 for '02'): chêne pédonculé ; 3 and 5: sapin ; 6: none
    const rows = await run('part_essence', 'essence');
    expect(pick(rows, 'france', 'FR', '02').value).toBeCloseTo(50, 10);
    expect(pick(rows, 'france', 'FR', '61').value).toBeCloseTo(100 / 3, 10);
    expect(pick(rows, 'france', 'FR', 'indetermine').value).toBeCloseTo(100 / 6, 10);
  });
});

describe('production, mortality, carbon', () => {
  /** The documented formula, tree by tree, with b = 2.5 (v = c13^2.5 in the fixture). */
  const prodOf = (c13: number, ir5: number, v: number, w: number) => {
    const c0 = c13 - (2 * Math.PI * ir5) / 1000;
    const v0 = c0 >= 0.235 ? v * (c0 / c13) ** 2.5 : 0;
    return (w * (v - v0)) / 5;
  };

  it('production per plot from ir5, with imputation and recruitment', async () => {
    const perPlot = [0, 0, 0, 0, 0, 0];
    for (const [idp, , , c13, ir5, v, w] of FIXTURE.arbres!.rows as [number, number, string, number, number | null, number, number][]) {
      // the simplified tree of plot 5 (chêne pédonculé, 0.705 ≤ c13 < 1.175 m) gets the mean ir5
      // of measured chênes pédonculés of that size class in France (plots 1 and 2): 5 mm
      perPlot[idp - 1]! += prodOf(c13, ir5 ?? 5.0, v, w);
    }
    const fr = pick(await run('production_ha'), 'france', 'FR');
    const expected = ratio(plotSums(perPlot, ONES));
    expect(fr.value).toBeCloseTo(expected.r!, 9);
    expect(fr.upper! - fr.value!).toBeCloseTo(Z95 * Math.sqrt(expected.variance!), 9);
    // the recruit contributes its whole volume over 5 years: v·w/5 = 0.4 m³/ha/an
    expect(prodOf(0.25, 10, 0.25 ** 2.5, 2 / 0.25 ** 2.5)).toBeCloseTo(0.4, 12);
  });

  it('mortality uses only campaigns that record datemort', async () => {
    // 2015 lacks datemort: x = 0,1,1,1,1,1 ; recent deaths only on plot 4: 0.5·10/5 = 1 m³/ha/an
    const fr = pick(await run('mortalite'), 'france', 'FR');
    expect(fr.value).toBeCloseTo(CALIBRATION.surfaceHa * (1 / 5), 3);
    const rate = pick(await run('taux_mortalite'), 'france', 'FR');
    expect(rate.value).toBeCloseTo((1 / (20 + 30 + 40 + 32)) * 100, 10);
  });

  it('carbon = volume × expansion × density × carbon fraction × (1 + roots), CO₂e × 44/12', async () => {
    const f = CARBON.feuillu.bef * CARBON.feuillu.density * CARBON.feuillu.carbonFraction;
    const r = CARBON.resineux.bef * CARBON.resineux.density * CARBON.resineux.carbonFraction;
    const perHa = ((80 * f + 52 * r) / 6) * (1 + CARBON.rootRatio);
    const fr = pick(await run('carbone'), 'france', 'FR');
    expect(fr.value).toBeCloseTo(CALIBRATION.surfaceHa * perHa, 1);
    const parts = await run('carbone', 'compartiment');
    expect(pick(parts, 'france', 'FR', 'aerien').value! + pick(parts, 'france', 'FR', 'racinaire').value!).toBeCloseTo(fr.value!, 1);
    const co2 = pick(await run('carbone_co2e'), 'france', 'FR');
    expect(co2.value).toBeCloseTo((fr.value! * 44) / 12, 1);
  });
});

describe('significance on a larger fixture', () => {
  it('sixty plots make France significant, ten plots do not make D3 significant', async () => {
    // the fixture repeated ten times (plot ids shifted), 60 plots in France, 10 in D3
    const rep = <T extends unknown[]>(rows: T[], idCol: number) =>
      Array.from({ length: 10 }, (_, k) => rows.map((r) => r.map((c, i) => (i === idCol ? (c as number) + 100 * k : c)) as T)).flat();
    const big = {
      ...FIXTURE,
      placettes: { ...FIXTURE.placettes!, rows: rep(FIXTURE.placettes!.rows, 0) },
      arbres: { ...FIXTURE.arbres!, rows: rep(FIXTURE.arbres!.rows, 0) },
    };
    const { fixtureNodeDb: open } = await import('./fixtures/estimationDb.ts');
    const bigDb = await open(big);
    try {
      await prepareTables(bigDb.runner);
      const rows = await runBreakdown(bigDb.runner, 'volume_ha', 'total', { first: 2015, last: 2019 });
      expect(pick(rows, 'france', 'FR').significant).toBe(true);
      expect(pick(rows, 'france', 'FR').reason).toBeNull();
      expect(pick(rows, 'departement', 'D3').significant).toBe(false);
    } finally {
      bigDb.close();
    }
  });
});

describe('rolling windows', () => {
  it('$1 and $2 select the windows: 2014-2019 gives 2014-2018 and 2015-2019', async () => {
    const rows = await run('surface_foret', 'total', { first: 2014, last: 2019 });
    expect([...new Set(rows.map((r) => r.period))].sort()).toEqual(['2014-2018', '2015-2019']);
    // 2014-2018 holds plots 1-4 only; France is still the calibration total
    expect(pick(rows.filter((r) => r.period === '2014-2018'), 'france', 'FR').n_plots).toBe(4);
    expect(pick(rows.filter((r) => r.period === '2014-2018'), 'france', 'FR').value).toBeCloseTo(CALIBRATION.surfaceHa, 3);
  });
});
