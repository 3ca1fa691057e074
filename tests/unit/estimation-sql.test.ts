// The catalogue SQL on the tiny fixture (tests/unit/fixtures/estimationDb.ts) in DuckDB under
// Node: point estimates and intervals match the hand calculations written next to each check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Z95 } from '../../src/lib/estimation/config.ts';
import { BARK_RATIO, CO2_PER_C, carbonPerStemM3 } from '../../src/lib/estimation/factors.ts';
import { calibratedArea, effectiveSize, plotSums, ratio, total, wilson, type AreaPoint } from '../../src/lib/estimation/estimators.ts';
import { prepareTables, runBreakdown, toResultRow } from '../../src/lib/estimation/run.ts';
import { indicator as findIndicator } from '../../src/lib/estimation/catalogue.ts';
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
const halfWidth = (variance: number) => Z95 * Math.sqrt(variance);

// Calibrated weights of the forest plots 1-6 (poplar plot 7: 3000 ha), see the fixture.
const W = [4000, 4000, 8000, 3000, 9000, 6000];
const VOLUME = [10, 20, 30, 40, 32, 0]; // m³/ha per plot
const ONES = [1, 1, 1, 1, 1, 1];
const FOREST = 34_000; // Σ W
// Forest shares of the départements: D1 16 000 / 40 000, D2 (3000 + 9000 + 3000) / 45 000, D3 6000 / 15 000.
const P = { D1: 0.4, D2: 1 / 3, D3: 0.4 };
/** Région R2's points (design weights) for calibratedArea, with D the points matching `inDomain`. */
const r2 = (inDomain: (idp: number) => boolean): { g: number; points: AreaPoint[] } => ({
  g: 3,
  points: [
    { poids: 1000, inDomain: inDomain(4), forestShare: P.D2 },
    { poids: 3000, inDomain: inDomain(5), forestShare: P.D2 },
    { poids: 2000, inDomain: inDomain(6), forestShare: P.D3 },
    { poids: 1000, inDomain: inDomain(7), forestShare: P.D2 },
  ],
});

beforeAll(async () => {
  db = await fixtureNodeDb();
  await prepareTables(db.runner);
});
afterAll(() => db.close());

describe('forest area and taux de boisement', () => {
  it('France and its régions equal the calibration totals, with no sampling interval', async () => {
    const rows = await run('surface_foret');
    for (const [level, code, value] of [['france', 'FR', 37_000], ['region', 'R1', 16_000], ['region', 'R2', 21_000]] as const) {
      const r = pick(rows, level, code);
      expect(r.value, code).toBeCloseTo(value, 6);
      expect(r.lower, code).toBeCloseTo(value, 6);
      expect(r.upper, code).toBeCloseTo(value, 6);
    }
    expect(pick(rows, 'france', 'FR').n_plots).toBe(7); // poplar plots are forest in IGN's sense
    expect(pick(rows, 'france', 'FR').unit).toBe('ha');
  });

  it('a département is its share of the région’s calibrated weights, with the linearised variance', async () => {
    // D2 = 3 × (1000 + 3000 + 1000) = 15 000 ha ; s = 5000/7000 ;
    // Q(D2) = (1 + 9 + 1)·10⁶·(1 − 1/3) = 7.333·10⁶ ; Q(R2) = Q(D2) + 4·10⁶·0.6 = 9.733·10⁶
    // V = 9·((2/7)²·7.333·10⁶ + (5/7)²·2.4·10⁶) = 16 408 163
    const d2 = pick(await run('surface_foret'), 'departement', 'D2');
    expect(d2.value).toBeCloseTo(15_000, 6);
    const expected = calibratedArea([r2((i) => i === 4 || i === 5 || i === 7)]);
    expect(expected.variance).toBeCloseTo(16_408_163.27, 1);
    expect(d2.upper! - d2.value!).toBeCloseTo(halfWidth(expected.variance), 4);
  });

  it('a territory with one plot is flagged not significant, its value kept', async () => {
    const d3 = pick(await run('surface_foret'), 'departement', 'D3');
    expect(d3.value).toBeCloseTo(6000, 6);
    expect(d3.n_plots).toBe(1);
    expect(d3.significant).toBe(false);
    expect(d3.reason).toBe('moins de 20 placettes');
  });

  it('taux de boisement = area / land area in %', async () => {
    const rows = await run('taux_boisement');
    expect(pick(rows, 'france', 'FR').value).toBeCloseTo(37, 9);
    expect(pick(rows, 'departement', 'D2').value).toBeCloseTo((15_000 / 45_000) * 100, 9);
    expect(pick(rows, 'france', 'FR').unit).toBe('%');
  });

  it('every territory of the fixture gets a row, period 2015-2019', async () => {
    const rows = await run('surface_foret');
    expect(rows.map((r) => `${r.level}:${r.code}:${r.period}`).sort()).toEqual(
      FIXTURE.territoires!.rows.map((t) => `${t[0]}:${t[1]}:2015-2019`).sort(),
    );
  });
});

describe('volume', () => {
  it('volume per hectare: Hájek mean 768 000 / 34 000 m³/ha, linearised variance', async () => {
    // Σ W·y = 40 000 + 80 000 + 240 000 + 120 000 + 288 000 + 0 = 768 000
    const fr = pick(await run('volume_ha'), 'france', 'FR');
    const expected = ratio(plotSums(VOLUME, ONES, W));
    expect(fr.value).toBeCloseTo(768_000 / 34_000, 10);
    expect(fr.upper! - fr.value!).toBeCloseTo(halfWidth(expected.variance!), 9);
    expect(fr.n_plots).toBe(5); // plot 6 has no tree
  });

  it('total volume = forest area (poplars aside) × per-hectare volume, variances combined', async () => {
    const fr = pick(await run('volume'), 'france', 'FR');
    // R1 lies wholly in the forest population (variance 0); in R2 the poplar plot is not.
    const area = calibratedArea([{ g: 2, points: [{ poids: 8000, inDomain: true, forestShare: 0 }] }, r2((i) => i !== 7)]);
    expect(area.area).toBe(FOREST);
    const expected = total(area, plotSums(VOLUME, ONES, W));
    expect(fr.value).toBeCloseTo(768_000, 4);
    expect(fr.upper! - fr.value!).toBeCloseTo(halfWidth(expected.variance!), 3);
  });

  it('volume by species group adds up to the total', async () => {
    const rows = await run('volume', 'groupe');
    const f = pick(rows, 'france', 'FR', 'feuillu');
    const r = pick(rows, 'france', 'FR', 'resineux');
    // feuillus: 4000·10 + 4000·20 + 3000·40 + 9000·10 ; résineux: 8000·30 + 9000·(20 + 2)
    expect(f.value).toBeCloseTo(330_000, 4);
    expect(r.value).toBeCloseTo(438_000, 4);
    expect(f.value! + r.value!).toBeCloseTo(768_000, 4);
  });

  it('volume by species and by diameter class add up to the total', async () => {
    for (const b of ['espece', 'classe_diametre']) {
      const rows = (await run('volume', b)).filter((r) => r.level === 'france');
      expect(rows.reduce((s, r) => s + r.value!, 0)).toBeCloseTo(768_000, 4);
    }
  });
});

describe('composition and essence principale', () => {
  // Calibrated weights by category: feuillus 4000 + 3000, mixte 4000, résineux 8000 + 9000,
  // sans couvert 6000, peupleraie 3000 ; 37 000 in all.
  it('weighted shares, poplar plantations as their own category', async () => {
    const rows = await run('part_composition', 'composition');
    const expected = { feuillus: 7000, mixte: 4000, resineux: 17_000, indetermine: 6000, peupleraie: 3000 };
    for (const [k, v] of Object.entries(expected)) expect(pick(rows, 'france', 'FR', k).value, k).toBeCloseTo((v / 37_000) * 100, 9);
  });

  it('shares get the Wilson interval with the design’s effective sample size', async () => {
    const f = pick(await run('part_composition', 'composition'), 'france', 'FR', 'feuillus');
    // y = 1 for plots 1 and 4 among the seven points, weights W and 3000 for the poplar plot
    const s = plotSums([1, 0, 0, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1], [...W, 3000]);
    const { r, variance } = ratio(s);
    const w = wilson(r!, effectiveSize(r!, variance, s)!);
    expect(f.lower).toBeCloseTo(w.lower * 100, 9);
    expect(f.upper).toBeCloseTo(w.upper * 100, 9);
  });

  it('a share of 0 % keeps an interval of some width', async () => {
    // D1 has no poplar plot among its three points: 0 %, Kish's n = 16 000² / (4000² + 4000² + 8000²) = 8/3,
    // upper bound 1.96² / (8/3 + 1.96²) = 59 %
    const d1 = pick(await run('part_composition', 'composition'), 'departement', 'D1', 'peupleraie');
    expect(d1.value).toBe(0);
    expect(d1.lower).toBeCloseTo(0, 9);
    expect(d1.upper).toBeCloseTo(wilson(0, 8 / 3).upper * 100, 9);
    expect(d1.upper).toBeCloseTo((Z95 * Z95 * 100) / (8 / 3 + Z95 * Z95), 9);
  });

  it('a category absent from a territory still gets a zero row (fixed categories)', async () => {
    const d3 = pick(await run('part_composition', 'composition'), 'departement', 'D3', 'feuillus');
    expect(d3.value).toBe(0);
    expect(d3.significant).toBe(false);
  });

  it('areas by composition add up to the forest area', async () => {
    const rows = (await run('surface_composition', 'composition')).filter((r) => r.level === 'france');
    expect(rows.reduce((s, r) => s + r.value!, 0)).toBeCloseTo(37_000, 6);
  });

  it('essence principale: highest free cover, ties broken by total cover', async () => {
    // plots 1, 2 and 4 (50/50 tie, tca 60 for '02'): chêne pédonculé ; 3 and 5: sapin ; 6: none ; 7: peupleraie
    // Six plots are far from the 60 needed to name a species: each is grouped by its broad group.
    const rows = await run('part_essence', 'essence');
    expect(pick(rows, 'france', 'FR', 'autres_feuillus').value).toBeCloseTo((11_000 / 37_000) * 100, 9);
    expect(pick(rows, 'france', 'FR', 'autres_resineux').value).toBeCloseTo((17_000 / 37_000) * 100, 9);
    expect(pick(rows, 'france', 'FR', 'indetermine').value).toBeCloseTo((6000 / 37_000) * 100, 9);
    expect(pick(rows, 'france', 'FR', 'peupleraie').value).toBeCloseTo((3000 / 37_000) * 100, 9);
    expect(rows.filter((r) => r.level === 'france' && /^\d+$/.test(r.category))).toEqual([]);
  });

  it('a species is named where enough plots carry it (here 3: chêne pédonculé), the others go to their broad group', async () => {
    const sql = findIndicator('part_essence').breakdowns.find((b) => b.id === 'essence')!.sql;
    expect(sql).toContain('n >= 60');
    const rows = (await db.runner.query(sql.replace('n >= 60', 'n >= 3'), [2015, 2019])).map(toResultRow);
    expect(pick(rows, 'france', 'FR', '02').value).toBeCloseTo((11_000 / 37_000) * 100, 9);
    expect(pick(rows, 'france', 'FR', 'autres_resineux').value).toBeCloseTo((17_000 / 37_000) * 100, 9);
    expect(rows.find((r) => r.level === 'france' && r.category === '61')).toBeUndefined();
  });
});

describe('production, mortality, carbon', () => {
  /** The documented formula, tree by tree, with b = 2.5 (v = c13^2.5 in the fixture) and the bark ratio k. */
  const prodOf = (c13: number, ir5: number, v: number, w: number, k = 1) => {
    const c0 = c13 - (2 * Math.PI * ir5) / (1000 * k);
    const v0 = c0 >= 0.235 ? v * (c0 / c13) ** 2.5 : 0;
    return (w * (v - v0)) / 5;
  };
  const prodOfRow = ([, , espar, c13, ir5, v, w]: [number, number, string, number, number | null, number, number]) =>
    // the simplified tree of plot 5 (chêne pédonculé, 0.705 ≤ c13 < 1.175 m) gets the mean ir5
    // of measured chênes pédonculés of that size class in France (plots 1 and 2): 5 mm
    prodOf(c13, ir5 ?? 5.0, v, w, BARK_RATIO[espar]?.ratio ?? 1);

  it('production per plot from ir5, with imputation and recruitment', async () => {
    const perPlot = [0, 0, 0, 0, 0, 0];
    for (const row of FIXTURE.arbres!.rows as [number, number, string, number, number | null, number, number][]) perPlot[row[0] - 1]! += prodOfRow(row);
    // sapin pectiné ('61', plots 3 and 5): ir5 divided by its bark ratio 0.949
    expect(BARK_RATIO['61']?.ratio).toBe(0.949);
    const fr = pick(await run('production_ha'), 'france', 'FR');
    const expected = ratio(plotSums(perPlot, ONES, W));
    expect(fr.value).toBeCloseTo(expected.r!, 9);
    expect(fr.upper! - fr.value!).toBeCloseTo(Z95 * Math.sqrt(expected.variance!), 9);
    // the recruit contributes its whole volume over 5 years: v·w/5 = 0.4 m³/ha/an
    expect(prodOf(0.25, 10, 0.25 ** 2.5, 2 / 0.25 ** 2.5)).toBeCloseTo(0.4, 12);
  });

  it('mortality: dead 5 years or less and chablis, in every campaign format; campaigns without datemort left out', async () => {
    // 2015 has no datemort: plot 1 (its dead tree and its chablis) is out, x = 0,1,1,1,1,1.
    // 2016: C with datemort 1 counts (0.15·10/5 = 0.3), 5 with datemort 2 does not; 2017: chablis A
    // counts (0.2); 2018: datemort 1 (1); 2019: chablis 1 counts (0.5), C with datemort 2 does not.
    // Σ W·y = 4000·0.3 + 8000·0.2 + 3000·1 + 9000·0.5 = 10 300 over Σ W·x = 30 000 ha:
    // κ = 34 000 / 30 000 completes the campaigns without datemort; total = κ × 10 300.
    const fr = pick(await run('mortalite'), 'france', 'FR');
    expect(fr.value).toBeCloseTo((34_000 / 30_000) * 10_300, 6);
    // rate: 10 300 / (4000·20 + 8000·30 + 3000·40 + 9000·32 + 6000·0) = 10 300 / 728 000
    const rate = pick(await run('taux_mortalite'), 'france', 'FR');
    expect(rate.value).toBeCloseTo((10_300 / 728_000) * 100, 10);
  });

  it('totals over campaigns that do not all record the variable add up over territories', async () => {
    // D1 holds plots 1-3 (x = 0, 1, 1): κ × (4000·0.3 + 8000·0.2) ; D2 plots 4-5 ; D3 plot 6 (0).
    const rows = await run('mortalite');
    const d = (code: string) => pick(rows, 'departement', code).value!;
    expect(d('D1')).toBeCloseTo((34_000 / 30_000) * 2800, 6);
    expect(d('D1') + d('D2') + d('D3')).toBeCloseTo(pick(rows, 'france', 'FR').value!, 6);
    expect(pick(rows, 'region', 'R1').value! + pick(rows, 'region', 'R2').value!).toBeCloseTo(pick(rows, 'france', 'FR').value!, 6);
  });

  it('production minus mortality: plot by plot, may be negative, interval not clipped at 0', async () => {
    const perPlot = [0, 0, 0, 0, 0, 0];
    for (const row of FIXTURE.arbres!.rows as [number, number, string, number, number | null, number, number][]) perPlot[row[0] - 1]! += prodOfRow(row);
    const mortality = [0, 0.3, 0.2, 1, 0.5, 0];
    const x = [0, 1, 1, 1, 1, 1];
    const y = perPlot.map((p, i) => (p - mortality[i]!) * x[i]!);
    const expected = (34_000 / 30_000) * y.reduce((s, v, i) => s + v * W[i]!, 0);
    const fr = pick(await run('bilan_flux'), 'france', 'FR');
    expect(fr.value).toBeCloseTo(expected, 6);
    // D3's single plot has no tree: 0 − 0; D2 keeps a negative lower bound when its interval is wide.
    const rows = await run('bilan_flux');
    expect(rows.every((r) => r.lower === null || r.lower <= r.value!)).toBe(true);
  });

  it('carbon = volume × group expansion × species density × carbon fraction × (1 + group root ratio), CO₂e × 44/12', async () => {
    // Σ W·volume by species: chêne pédonculé '02' 4000·10 + 4000·20 + 3000·40 + 9000·10 = 330 000 m³,
    // sapin '61' 8000·30 + 9000·(20 + 2) = 438 000 m³.
    const oak = carbonPerStemM3('02', 'feuillu');
    const fir = carbonPerStemM3('61', 'resineux');
    // by hand: 1.612 × 0.54 × 0.475 = 0.41347 tC/m³ above ground, roots × 0.28 ; 1.30 × 0.38 × 0.475, roots × 0.30
    expect(oak.aerien).toBeCloseTo(1.612 * 0.54 * 0.475, 12);
    expect(fir.racinaire).toBeCloseTo(1.3 * 0.38 * 0.475 * 0.3, 12);
    const fr = pick(await run('carbone'), 'france', 'FR');
    expect(fr.value).toBeCloseTo(330_000 * (oak.aerien + oak.racinaire) + 438_000 * (fir.aerien + fir.racinaire), 3);
    const parts = await run('carbone', 'compartiment');
    expect(pick(parts, 'france', 'FR', 'aerien').value! + pick(parts, 'france', 'FR', 'racinaire').value!).toBeCloseTo(fr.value!, 3);
    const co2 = pick(await run('carbone_co2e'), 'france', 'FR');
    expect(co2.value).toBeCloseTo(fr.value! * CO2_PER_C, 1);
  });
});

describe('a denominator per category (domain ratios)', () => {
  it('mortality rate by species: each species’ mortality over its own live volume, with its own variance', async () => {
    // Campaigns with datemort: 2016-2019 (plot 1, 2015, is out of both sums).
    // Chêne pédonculé '02': y = 0.3 (plot 2), 1 (plot 4) ; x = 20, 40, 10 (plots 2, 4, 5).
    // Sapin '61': y = 0.2 (plot 3, chablis A), 0.5 (plot 5, chablis 1) ; x = 30, 22 (plots 3, 5).
    const rows = await run('taux_mortalite', 'espece');
    const oak = ratio(plotSums([0, 0.3, 0, 1, 0, 0], [0, 20, 0, 40, 10, 0], W));
    const fir = ratio(plotSums([0, 0, 0.2, 0, 0.5, 0], [0, 0, 30, 0, 22, 0], W));
    expect(oak.r).toBeCloseTo(4200 / 290_000, 12);
    expect(pick(rows, 'france', 'FR', '02').value).toBeCloseTo(oak.r! * 100, 9);
    expect(pick(rows, 'france', 'FR', '02').upper! - pick(rows, 'france', 'FR', '02').value!).toBeCloseTo(Z95 * Math.sqrt(oak.variance!) * 100, 9);
    expect(pick(rows, 'france', 'FR', '61').value).toBeCloseTo((6100 / 438_000) * 100, 9);
    expect(pick(rows, 'france', 'FR', '61').upper! - pick(rows, 'france', 'FR', '61').value!).toBeCloseTo(Z95 * Math.sqrt(fir.variance!) * 100, 9);
    // Chêne sessile has dead trees but no live volume: no rate, said so.
    expect(pick(rows, 'france', 'FR', '03').value).toBeNull();
    expect(pick(rows, 'france', 'FR', '03').reason).toBe('aucune placette observée pour cette variable');
  });

  it('where the volume grows: share by exposure and by slope, for all species and for one species', async () => {
    // Classes of plots 1-5: plat, nord, est, sud, ouest ; slopes 0-15, 0-15, 30+, 15-30, 30+ ; plot 6 not recorded.
    const all = await run('repartition_volume', 'topographie');
    expect(pick(all, 'france', 'FR', 'pente_30').value).toBeCloseTo(((8000 * 30 + 9000 * 32) / 768_000) * 100, 9);
    expect(pick(all, 'france', 'FR', 'nord').value).toBeCloseTo(((4000 * 20) / 768_000) * 100, 9);
    const exposures = ['plat', 'nord', 'est', 'sud', 'ouest'].reduce((s, c) => s + pick(all, 'france', 'FR', c).value!, 0);
    expect(exposures).toBeCloseTo(100, 9);
    // Sapin '61' grows on plots 3 (est, 30+) and 5 (ouest, 30+): 240 000 and 198 000 of its 438 000 m³.
    const fir = await run('repartition_volume', 'topographie_espece');
    expect(pick(fir, 'france', 'FR', '61|est').value).toBeCloseTo((240_000 / 438_000) * 100, 9);
    expect(pick(fir, 'france', 'FR', '61|pente_30').value).toBeCloseTo(100, 9);
    expect(pick(fir, 'france', 'FR', '61|nord').value).toBe(0);
  });

  it('refuses a denominator per category where it has no meaning (totals, merged categories)', async () => {
    const { buildQuery } = await import('../../src/lib/estimation/sql.ts');
    const spec = { indicator: 'x', breakdown: 'y', unit: '', scale: 1, ctes: [], x: '', y: '', population: 'foret', xByCategory: true } as const;
    expect(() => buildQuery({ ...spec, kind: 'total', categories: { type: 'fixed', categories: ['a'] } })).toThrow(/ratio à catégories fixes ou ouvertes/);
    expect(() => buildQuery({ ...spec, kind: 'ratio', categories: { type: 'top', top: 3, keep: [] } })).toThrow(/ratio à catégories fixes ou ouvertes/);
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
    // 2014-2018 holds plots 1-4: 2 × 8000 + 3 × 1000 ha, the window's calibration totals
    expect(pick(rows.filter((r) => r.period === '2014-2018'), 'france', 'FR').n_plots).toBe(4);
    expect(pick(rows.filter((r) => r.period === '2014-2018'), 'france', 'FR').value).toBeCloseTo(19_000, 6);
  });
});
