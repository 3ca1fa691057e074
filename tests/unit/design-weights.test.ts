// The design weights rebuilt from the sampling grid (scripts/lib/grid.ts, designWeights.ts) and
// the calibration rule (scripts/tables/calage.ts), on synthetic lattices whose thinning is known:
// each expected weight is worked out in the comment above it.
import { describe, expect, it } from 'vitest';
import { designWeights, fullClasses, type DesignPoint } from '../../scripts/lib/designWeights.ts';
import { gridNode, latticeNode, nodeOf, type GridClass } from '../../scripts/lib/grid.ts';
import { areaForWindow, midYear } from '../../scripts/tables/calage.ts';
import { DESIGN } from '../../src/lib/estimation/config.ts';

describe('the grid read back from the published coordinates', () => {
  it('a published Lambert-93 position lies on a node of the 1 km Lambert II étendu grid', () => {
    // Plot 773614 of campaign 2012 (Corse-du-Sud), as published.
    const node = gridNode(1217099, 6060813);
    expect(node.offsetM).toBeLessThan(3);
    // A position 400 m away from it is off the grid.
    expect(gridNode(1217099 + 400, 6060813).offsetM).toBeGreaterThan(DESIGN.gridToleranceM);
  });

  it('campaign lattices: one node in 20, shifted by (−2, −2) km a year, the second cycle 1 km east', () => {
    const n2005 = nodeOf(2005, 1, 0, 0);
    expect(latticeNode(2005, n2005.i, n2005.j)).toEqual({ cycle: 1, a: 0, b: 0, classe: '00' });
    // Lattice steps (4, 2) and (−2, 4) km: a = 1 is the next node, of class 10.
    const next = nodeOf(2005, 1, 1, 0);
    expect([next.i - n2005.i, next.j - n2005.j]).toEqual([4, 2]);
    expect(latticeNode(2005, next.i, next.j)?.classe).toBe('10');
    // The same lattice point one campaign later is 2 km west and 2 km south.
    const n2006 = nodeOf(2006, 1, 0, 0);
    expect([n2006.i - n2005.i, n2006.j - n2005.j]).toEqual([-2, -2]);
    // 2010 uses the second cycle (1 km east of 2005's lattice) and, in the south, the first.
    const n2010 = nodeOf(2010, 2, 0, 0);
    expect([n2010.i - n2005.i, n2010.j - n2005.j]).toEqual([1, 0]);
    expect(latticeNode(2010, n2010.i, n2010.j)?.cycle).toBe(2);
    expect(latticeNode(2010, n2005.i, n2005.j)?.cycle).toBe(1);
    // 2015 has only the second cycle; 2005's node is on none of its lattices.
    expect(latticeNode(2015, n2005.i, n2005.j)).toBeNull();
    // A node of the grid that is not one of the campaign's twentieth.
    expect(latticeNode(2005, n2005.i + 1, n2005.j)).toBeNull();
  });
});

/** Forest points on the lattice of campaign 2015: `keep(a, b, classe)` says whether each node is visited. */
function lattice(keep: (a: number, b: number, classe: GridClass) => boolean, zone = 'Z', size = 20, annee = 2015, from = 0): DesignPoint[] {
  const points: DesignPoint[] = [];
  for (let a = from; a < from + size; a++)
    for (let b = 0; b < size; b++) {
      const { i, j } = nodeOf(annee, 2, a, b);
      const classe = `${a % 2}${b % 2}` as GridClass;
      if (keep(a, b, classe)) points.push({ idp: points.length + 1, annee, i, j, offsetM: 0, zone, parent: 'P', kind: 'foret' });
    }
  return points;
}
const weightsOf = (points: DesignPoint[]) => {
  const { weights } = designWeights(points);
  return new Map(weights.map((w) => [w.idp, w]));
};

describe('design weights on synthetic lattices', () => {
  it('every sub-lattice visited in full: 2000 ha per plot', () => {
    const w = weightsOf(lattice(() => true));
    expect([...w.values()].every((x) => x.poids === 2000 && x.note === null)).toBe(true);
  });

  it('a checkerboard (sub-lattices 00 and 11 not visited): 2000 × 4 / 2 = 4000 ha per plot', () => {
    const w = weightsOf(lattice((_a, _b, c) => c === '01' || c === '10'));
    expect(new Set([...w.values()].map((x) => x.poids))).toEqual(new Set([4000]));
  });

  it('a thinned sub-lattice (30 of its 100 nodes visited) gets weight 0, the three full ones 2000 × 4 / 3', () => {
    // the nodes of sub-lattice 11 numbered k = 10·(a − 1)/2 + (b − 1)/2, kept when k mod 10 < 3
    const points = lattice((a, b, c) => c !== '11' || ((10 * (a - 1)) / 2 + (b - 1) / 2) % 10 < 3);
    const w = weightsOf(points);
    const byClass = (c: GridClass) => [...w.values()].filter((x) => x.classe === c);
    expect(byClass('11').length).toBe(30);
    expect(byClass('11').every((x) => x.poids === 0 && x.note === 'sous-réseau éclairci')).toBe(true);
    for (const c of ['00', '01', '10'] as const) expect(byClass(c).every((x) => Math.abs(x.poids - 8000 / 3) < 1e-9)).toBe(true);
    // The full sub-lattices estimate the whole forest: 300 plots × 8000/3 ha = 400 nodes × 2000 ha.
    expect([...w.values()].reduce((s, x) => s + x.poids, 0)).toBeCloseTo(400 * 2000, 6);
  });

  it('the greedy test keeps counts within noise of the largest, drops one clearly below', () => {
    // Mean of the kept ones 100: 90 is 0.8 standard deviations below (√(100 × 1.5) = 12.2), 60 is 3.3.
    expect(fullClasses({ '00': 100, '01': 100, '10': 90, '11': 60 })).toEqual(['00', '01', '10']);
    expect(fullClasses({ '00': 100, '01': 100, '10': 100, '11': 100 })).toEqual(['00', '01', '10', '11']);
    expect(fullClasses({ '00': 0, '01': 80, '10': 0, '11': 0 })).toEqual(['01']);
  });

  it('a small zone borrows the decision of its larger zone', () => {
    // Zone A: a checkerboard with 200 nodes; zone B, further east: 20 nodes, all four sub-lattices present.
    const a = lattice((_a, _b, c) => c === '01' || c === '10', 'A');
    const b = lattice((_x, y) => y < 4, 'B', 5, 2015, 100).map((p) => ({ ...p, idp: p.idp + 10_000 }));
    const { weights, strata } = designWeights([...a, ...b]);
    expect(strata.find((s) => s.zone === 'B')).toMatchObject({ borrowed: true, full: ['01', '10'] });
    const zoneB = weights.filter((w) => w.idp > 10_000);
    expect(zoneB.filter((w) => w.classe === '00' || w.classe === '11').every((w) => w.poids === 0)).toBe(true);
    expect(zoneB.filter((w) => w.classe === '01' || w.classe === '10').every((w) => w.poids === 4000)).toBe(true);
  });

  it('mountain nodes: two plots share the node, single plots are corrected in expectation', () => {
    // 400 nodes of one plot, and a second plot on the 40 nodes with a = 0 or 1 and b < 20:
    // D = 40 double nodes, S = 360 single ones; share of singles treated as pairs φ = 1.5 × 40 / 360 = 1/6.
    const base = lattice(() => true);
    const twins = base.filter((_, k) => k < 40).map((p, k) => ({ ...p, idp: 1000 + k }));
    const w = weightsOf([...base, ...twins]);
    expect(w.get(1)).toMatchObject({ poids: 1000, note: 'nœud de montagne' });
    expect(w.get(1000)).toMatchObject({ poids: 1000, note: 'nœud de montagne' });
    // a single plot: 2000 × (1 − φ/2) = 2000 × 11/12
    expect(w.get(400)!.poids).toBeCloseTo((2000 * 11) / 12, 9);
    expect(DESIGN.mountainPairRatio).toBe(1.5);
  });

  it('points off the grid or off the campaign’s lattices weigh nothing, and say why', () => {
    const points = lattice(() => true);
    points.push({ ...points[0]!, idp: 5000, offsetM: 400 });
    points.push({ ...points[0]!, idp: 5001, i: points[0]!.i + 1 });
    const w = weightsOf(points);
    expect(w.get(5000)).toMatchObject({ poids: 0, note: 'hors grille' });
    expect(w.get(5001)).toMatchObject({ poids: 0, note: 'hors réseau de la campagne' });
  });

  it('poplar plots: weighted like the forest plots, divided by their campaign’s densification', () => {
    // 2016 without densification: 10 poplar plots on distinct nodes. 2017: 30 poplar plots, two per
    // node on 15 nodes (the files' sign of the densification): factor 30 × 2000 / (10 × 2000) = 3.
    const forest = [...lattice(() => true, 'Z', 20, 2016), ...lattice(() => true, 'Z', 20, 2017).map((p) => ({ ...p, idp: p.idp + 1000 }))];
    const poplar2016 = forest.slice(0, 10).map((p, k) => ({ ...p, idp: 2000 + k, kind: 'peupleraie' as const }));
    const nodes2017 = forest.filter((p) => p.annee === 2017).slice(0, 15);
    const poplar2017 = [...nodes2017, ...nodes2017].map((p, k) => ({ ...p, idp: 3000 + k, kind: 'peupleraie' as const }));
    const { weights, poplarFactors } = designWeights([...forest, ...poplar2016, ...poplar2017]);
    expect(poplarFactors[2016]).toBe(1);
    expect(poplarFactors[2017]).toBeCloseTo(3, 12);
    expect(weights.find((w) => w.kind === 'peupleraie' && w.idp === 2000)!.poids).toBe(2000);
    expect(weights.find((w) => w.kind === 'peupleraie' && w.idp === 3000)!.poids).toBeCloseTo(2000 / 3, 9);
  });

  it('is deterministic and does not depend on the order of the points', () => {
    const points = lattice((a, b, c) => c !== '11' || (a + b) % 3 === 0);
    const one = weightsOf(points);
    const two = weightsOf([...points].reverse());
    expect([...two.entries()].sort((x, y) => x[0] - y[0])).toEqual([...one.entries()].sort((x, y) => x[0] - y[0]));
  });
});

describe('calibration totals for every window', () => {
  const series = [
    { periode: '2006-2009', surfaceHa: 1000 },
    { periode: '2008-2012', surfaceHa: 1100 },
    { periode: '2013-2017', surfaceHa: 1200 },
    { periode: '2017-2021', surfaceHa: 1300 },
  ];

  it('a published window is used as is', () => {
    expect(areaForWindow(series, '2013-2017')).toEqual({ surfaceHa: 1200, regle: 'publiée' });
  });

  it('windows between published ones are interpolated on their middle years', () => {
    // 2011-2015: middle 2013, between 2010 (1100) and 2015 (1200): 1100 + 100 × 3/5 = 1160
    expect(areaForWindow(series, '2011-2015')).toEqual({ surfaceHa: 1160, regle: 'interpolée' });
    // 2015-2019: middle 2017, between 2015 (1200) and 2019 (1300): 1250
    expect(areaForWindow(series, '2015-2019').surfaceHa).toBeCloseTo(1250, 9);
  });

  it('a window before the first published one follows the first segment', () => {
    // 2005-2009: middle 2007, 0.5 year before 2007.5; slope 100 / 2.5 = 40 a year → 980
    expect(midYear('2006-2009')).toBe(2007.5);
    expect(areaForWindow(series, '2005-2009')).toEqual({ surfaceHa: 980, regle: 'extrapolée' });
  });
});
