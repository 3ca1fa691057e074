// The test a statistician asks for first: a synthetic forest on the inventory's grid, sampled
// again and again with IGN's kind of thinning (whole sub-lattices visited for some strata only,
// differently from zone to zone), then weighted by the real design-weight code
// (scripts/lib/designWeights.ts), calibrated on the true regional areas and estimated with the
// engine's formulas. The weighted estimators must be unbiased and their 95 % intervals must cover
// the truth 93 to 97 times in 100; equal weights, the engine's former design, must fail. Finally
// the SQL of the catalogue must give the same figures as the formulas on a simulated sample.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designWeights, type DesignPoint } from '../../scripts/lib/designWeights.ts';
import { latticeNode } from '../../scripts/lib/grid.ts';
import { Z95 } from '../../src/lib/estimation/config.ts';
import { calibratedArea, plotSums, ratio, type AreaPoint } from '../../src/lib/estimation/estimators.ts';
import { prepareTables, runBreakdown } from '../../src/lib/estimation/run.ts';
import type { NodeDb } from '../../src/lib/estimation/node.ts';
import { fixtureNodeDb, FIXTURE } from './fixtures/estimationDb.ts';

/** Deterministic generator (mulberry32), so that the test gives the same verdict every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (u: () => number) => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());

const SIDE = 200; // km: 40 000 nodes of 1 km² (100 ha) each
const CAMPAIGNS = [2015, 2016, 2017, 2018, 2019];
const NODE_HA = 100;

/**
 * Four zones in vertical strips of 50 km, each with its forest cover and thinning: the share of
 * stratum S1 (the common, high-volume stratum: pines, say) visited in each thinned sub-lattice.
 * S2 (the rarer stratum) is always visited, as IGN visits rare strata in full.
 * The landscape is continuous: each 1 km cell has its own forest share φ around the zone's cover,
 * and a plot, placed at random in its cell, is in forest with probability φ. The truth is the
 * expected forest area Σ φ × 100 ha and the expected volume per hectare.
 */
const ZONES = [
  { cover: 0.25, thinned: {} as Record<string, number> },
  { cover: 0.45, thinned: { '00': 0.2, '11': 0.2 } },
  { cover: 0.55, thinned: { '01': 0.3 } },
  { cover: 0.7, thinned: { '00': 0.25, '11': 0.25, '10': 0.25 } },
];
/** Stratum S1's share of the forest and the two strata's volumes (m³/ha, mean and standard deviation). */
const S1_SHARE = 0.6;
const VOLUME = { s1: [250, 60], s2: [120, 40] } as const;
const zoneOf = (x: number) => Math.min(3, Math.floor(x / 50));
/** Départements are the four quadrants; région West holds D1 and D2, East holds D3 and D4. */
const depOf = (x: number, y: number) => `D${(x < SIDE / 2 ? 1 : 3) + (y < SIDE / 2 ? 0 : 1)}`;
const regOf = (dep: string) => (dep === 'D1' || dep === 'D2' ? 'W' : 'E');
const DEPS = ['D1', 'D2', 'D3', 'D4'];
const DEP_LAND = (SIDE / 2) ** 2 * NODE_HA;

interface Plot {
  idp: number;
  annee: number;
  dep: string;
  reg: string;
  zone: string;
  y: number;
  poids: number;
}

interface Replicate {
  truth: { area: Record<string, number>; volumeHa: number; depVolumeHa: Record<string, number>; region: Record<string, number> };
  /** Every visited plot, with its design weight (0 on the sub-lattices found thinned). */
  visited: Plot[];
  /** The plots the estimates use (positive weight). */
  plots: Plot[];
}

/** One synthetic landscape and one sample of it, with the design weights rebuilt from the grid. */
function replicate(seed: number): Replicate {
  const u = rng(seed);
  const shiftI = Math.floor(u() * 20);
  const shiftJ = Math.floor(u() * 20);
  const area: Record<string, number> = { D1: 0, D2: 0, D3: 0, D4: 0 };
  const points: DesignPoint[] = [];
  const visited: Plot[] = [];
  const meanVolume = S1_SHARE * VOLUME.s1[0] + (1 - S1_SHARE) * VOLUME.s2[0];
  for (let x = 0; x < SIDE; x++) {
    for (let y = 0; y < SIDE; y++) {
      const z = zoneOf(x);
      const zone = ZONES[z]!;
      const phi = Math.min(1, Math.max(0, zone.cover + 0.4 * (u() - 0.5)));
      const dep = depOf(x, y);
      area[dep]! += phi * NODE_HA;
      const i = x + shiftI;
      const j = y + shiftJ;
      for (const annee of CAMPAIGNS) {
        const node = latticeNode(annee, i, j);
        if (!node || u() >= phi) continue; // a lattice node of the campaign, whose point falls in forest
        const s1 = u() < S1_SHARE;
        const [mu, sd] = s1 ? VOLUME.s1 : VOLUME.s2;
        const vol = Math.max(0, mu + sd * normal(u));
        const rate = zone.thinned[node.classe];
        if (rate !== undefined && s1 && u() >= rate) continue; // thinned: not visited
        const idp = visited.length + 1;
        points.push({ idp, annee, i, j, offsetM: 0, zone: `Z${z}`, parent: 'P', kind: 'foret' });
        visited.push({ idp, annee, dep, reg: regOf(dep), zone: `Z${z}`, y: vol, poids: 0 });
      }
    }
  }
  designWeights(points).weights.forEach((w, k) => {
    visited[k]!.poids = w.poids;
  });
  return {
    truth: {
      area,
      region: { W: area['D1']! + area['D2']!, E: area['D3']! + area['D4']! },
      // truncation at 0 is negligible (more than 3 standard deviations below both means)
      volumeHa: meanVolume,
      depVolumeHa: Object.fromEntries(DEPS.map((d) => [d, meanVolume])),
    },
    visited,
    plots: visited.filter((p) => p.poids > 0),
  };
}

interface Estimate {
  value: number;
  variance: number;
}

/** The engine's estimates (calibrated weights) on one replicate. */
function weighted(r: Replicate): { area: Record<string, Estimate>; volumeHa: Estimate; depVolumeHa: Record<string, Estimate>; g: Record<string, number> } {
  const g: Record<string, number> = {};
  for (const reg of ['W', 'E']) g[reg] = r.truth.region[reg]! / r.plots.filter((p) => p.reg === reg).reduce((s, p) => s + p.poids, 0);
  const w = (p: Plot) => p.poids * g[p.reg]!;
  const forestShare: Record<string, number> = {};
  for (const d of DEPS) forestShare[d] = r.plots.filter((p) => p.dep === d).reduce((s, p) => s + w(p), 0) / DEP_LAND;
  const area: Record<string, Estimate> = {};
  for (const d of DEPS) {
    const regions = ['W', 'E'].map((reg) => ({
      g: g[reg]!,
      points: r.plots.filter((p) => p.reg === reg).map((p): AreaPoint => ({ poids: p.poids, inDomain: p.dep === d, forestShare: forestShare[p.dep]! })),
    }));
    const a = calibratedArea(regions);
    area[d] = { value: a.area, variance: a.variance };
  }
  const ratioOf = (ps: Plot[]): Estimate => {
    const { r: value, variance } = ratio(plotSums(ps.map((p) => p.y), ps.map(() => 1), ps.map(w)));
    return { value: value!, variance: variance! };
  };
  return {
    area,
    volumeHa: ratioOf(r.plots),
    depVolumeHa: Object.fromEntries(DEPS.map((d) => [d, ratioOf(r.plots.filter((p) => p.dep === d))])),
    g,
  };
}

/** The former design: every visited plot of the window worth the same area, calibrated on the total. */
function equalWeights(r: Replicate): { area: Record<string, Estimate>; volumeHa: Estimate } {
  const all = r.visited;
  const a = (r.truth.region['W']! + r.truth.region['E']!) / all.length;
  const area: Record<string, Estimate> = {};
  for (const d of DEPS) {
    const n = all.filter((p) => p.dep === d).length;
    area[d] = { value: a * n, variance: a * a * n * Math.max(0, 1 - (a * n) / DEP_LAND) };
  }
  const { r: v, variance } = ratio(plotSums(all.map((p) => p.y), all.map(() => 1)));
  return { area, volumeHa: { value: v!, variance: variance! } };
}

const covers = (e: Estimate, truth: number) => Math.abs(e.value - truth) <= Z95 * Math.sqrt(e.variance);

const REPLICATES = 600;
const results: { truth: Replicate['truth']; raw: number; est: ReturnType<typeof weighted>; naive: ReturnType<typeof equalWeights> }[] = [];
let first: Replicate;

beforeAll(() => {
  for (let k = 0; k < REPLICATES; k++) {
    const r = replicate(1000 + k);
    if (k === 0) first = r;
    const raw = r.plots.reduce((s, p) => s + p.poids, 0) / CAMPAIGNS.length;
    results.push({ truth: r.truth, raw, est: weighted(r), naive: equalWeights(r) });
  }
}, 240_000);

/** Mean relative error and its standard error over the replicates. */
function bias(values: number[], truths: number[]): { bias: number; se: number } {
  const rel = values.map((v, k) => v / truths[k]! - 1);
  const mean = rel.reduce((s, x) => s + x, 0) / rel.length;
  const sd = Math.sqrt(rel.reduce((s, x) => s + (x - mean) ** 2, 0) / (rel.length - 1));
  return { bias: mean, se: sd / Math.sqrt(rel.length) };
}

describe(`simulated inventory, ${REPLICATES} samples of a thinned grid`, () => {
  it('the thinned sub-lattices are found: design weights alone recover the whole area', () => {
    // Before calibration, Σ poids / 5 campaigns estimates the area of the whole territory.
    const b = bias(results.map((x) => x.raw), results.map((x) => x.truth.region['W']! + x.truth.region['E']!));
    expect(Math.abs(b.bias)).toBeLessThan(0.01);
  });

  it('weighted estimates are unbiased (within 3 simulation standard errors, and 1 %)', () => {
    for (const d of DEPS) {
      const b = bias(results.map((x) => x.est.area[d]!.value), results.map((x) => x.truth.area[d]!));
      expect(Math.abs(b.bias), `surface ${d}`).toBeLessThan(Math.max(3 * b.se, 0.002));
      expect(Math.abs(b.bias), `surface ${d}`).toBeLessThan(0.01);
    }
    const v = bias(results.map((x) => x.est.volumeHa.value), results.map((x) => x.truth.volumeHa));
    expect(Math.abs(v.bias), 'volume à l’hectare').toBeLessThan(Math.max(3 * v.se, 0.002));
    expect(Math.abs(v.bias)).toBeLessThan(0.01);
  });

  it('95 % intervals cover the truth in 93 to 97 % of the samples', () => {
    const area = results.flatMap((x) => DEPS.map((d) => covers(x.est.area[d]!, x.truth.area[d]!)));
    const volume = results.map((x) => covers(x.est.volumeHa, x.truth.volumeHa));
    const depVolume = results.flatMap((x) => DEPS.map((d) => covers(x.est.depVolumeHa[d]!, x.truth.depVolumeHa[d]!)));
    for (const [name, hits] of [['surface des départements', area], ['volume à l’hectare (France)', volume], ['volume à l’hectare (départements)', depVolume]] as const) {
      const rate = hits.filter(Boolean).length / hits.length;
      expect(rate, name).toBeGreaterThanOrEqual(0.93);
      expect(rate, name).toBeLessThanOrEqual(0.97);
    }
  });

  it('equal weights fail: the thinned stratum is under-represented, the thinned zones too', () => {
    // Visited plots over-represent S2 (always visited): the per-hectare volume is biased low.
    const v = bias(results.map((x) => x.naive.volumeHa.value), results.map((x) => x.truth.volumeHa));
    expect(v.bias).toBeLessThan(-0.03);
    const hits = results.filter((x) => covers(x.naive.volumeHa, x.truth.volumeHa)).length / results.length;
    expect(hits).toBeLessThan(0.1);
    // D4 holds the two most thinned zones: equal weights give it too small a share of its région.
    const a = bias(results.map((x) => x.naive.area['D4']!.value), results.map((x) => x.truth.area['D4']!));
    expect(a.bias).toBeLessThan(-10 * a.se);
  });
});

describe('the catalogue SQL on a simulated sample equals the formulas', () => {
  let db: NodeDb;
  beforeAll(async () => {
    const r = first;
    const est = weighted(r);
    const plots = r.plots;
    const land = DEP_LAND;
    db = await fixtureNodeDb({
      ...FIXTURE,
      territoires: {
        ...FIXTURE.territoires!,
        rows: [
          ['france', 'FR', 4 * land],
          ['region', 'W', 2 * land],
          ['region', 'E', 2 * land],
          ...DEPS.map((d) => ['departement', d, land] as [string, string, number]),
        ],
      },
      placettes: { ...FIXTURE.placettes!, rows: plots.map((p) => [p.idp, p.annee, p.dep, p.reg, p.zone, p.zone[0]!, p.poids, null, null]) },
      peupleraies_placettes: { ...FIXTURE.peupleraies_placettes!, rows: [] },
      calage: { ...FIXTURE.calage!, rows: ['W', 'E'].map((reg) => ['2015-2019', reg, est.g[reg]!]) },
      // one tree per plot whose v·w is the plot's volume per hectare
      arbres: { ...FIXTURE.arbres!, rows: plots.map((p) => [p.idp, p.annee, '02', 1.0, 5.0, 1.0, p.y, false, '30']) },
      arbres_morts: { ...FIXTURE.arbres_morts!, rows: [] },
      couverts: { ...FIXTURE.couverts!, rows: [] },
    });
    await prepareTables(db.runner);
  }, 60_000);
  afterAll(() => db?.close());

  it('département areas and their intervals, volume per hectare and its interval', async () => {
    const est = weighted(first);
    const areas = await runBreakdown(db.runner, 'surface_foret', 'total', { first: 2015, last: 2019 });
    for (const d of DEPS) {
      const row = areas.find((x) => x.level === 'departement' && x.code === d)!;
      expect(row.value! / est.area[d]!.value).toBeCloseTo(1, 9);
      expect((row.upper! - row.value!) / (Z95 * Math.sqrt(est.area[d]!.variance))).toBeCloseTo(1, 6);
    }
    const vol = await runBreakdown(db.runner, 'volume_ha', 'total', { first: 2015, last: 2019 });
    const fr = vol.find((x) => x.level === 'france')!;
    expect(fr.value! / est.volumeHa.value).toBeCloseTo(1, 9);
    expect((fr.upper! - fr.value!) / (Z95 * Math.sqrt(est.volumeHa.variance))).toBeCloseTo(1, 6);
  });
});
