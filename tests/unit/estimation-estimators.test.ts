// The estimators against hand calculations: Hájek ratio and its linearised variance, calibrated
// area and its variance, total with combined variance, normal and Wilson intervals, the
// significance rule. Every expected number is worked out in the comment above it.
import { describe, expect, it } from 'vitest';
import { Z95 } from '../../src/lib/estimation/config.ts';
import {
  calibratedArea,
  effectiveSize,
  interval,
  plotSums,
  ratio,
  significance,
  total,
  wilson,
} from '../../src/lib/estimation/estimators.ts';

describe('Hájek ratio', () => {
  it('equal weights: y = 2, 4, 6 gives 4 with variance 4/3', () => {
    // Σ(y − R)² = 4 + 0 + 4 = 8 ; V = n·8 / ((n − 1)·n²) = 3·8 / (2·9)
    const { r, variance } = ratio(plotSums([2, 4, 6], [1, 1, 1]));
    expect(r).toBe(4);
    expect(variance).toBeCloseTo(4 / 3, 12);
  });

  it('weights 1, 1, 2: y = 2, 4, 6 gives 4.5 with variance 1.453125', () => {
    // R = (2 + 4 + 12) / 4 = 4.5 ; residuals −2.5, −0.5, 1.5
    // Σw²e² = 6.25 + 0.25 + 4·2.25 = 15.5 ; V = 3/2 · 15.5 / 4² = 1.453125
    const { r, variance } = ratio(plotSums([2, 4, 6], [1, 1, 1], [1, 1, 2]));
    expect(r).toBe(4.5);
    expect(variance).toBeCloseTo(1.453125, 12);
  });

  it('ratio of two variables: y = 1, 2, 3 over x = 2, 2, 4', () => {
    // R = 6/8 ; residuals −0.5, 0.5, 0 ; V = 3·0.5 / (2·64)
    const { r, variance } = ratio(plotSums([1, 2, 3], [2, 2, 4]));
    expect(r).toBe(0.75);
    expect(variance).toBeCloseTo(1.5 / 128, 14);
  });

  it('a single plot has a value but no variance; no observed plot gives no estimate', () => {
    expect(ratio(plotSums([5], [1]))).toEqual({ r: 5, variance: null });
    expect(ratio(plotSums([0, 0], [0, 0]))).toEqual({ r: null, variance: null });
  });
});

describe('calibrated area', () => {
  it('a domain holding a quarter of its région’s weights', () => {
    // g = 2 ; A (poids 10, in D, p = 0.5), B (poids 30, outside, p = 0)
    // area = 2·10 = 20 ; s = 10/40 = 0.25 ; Q(D) = 100·0.5 = 50 ; Q(r) = 50 + 900 = 950
    // V = 4·(0.75²·50 + 0.25²·900) = 4·(28.125 + 56.25) = 337.5
    const a = calibratedArea([
      {
        g: 2,
        points: [
          { poids: 10, inDomain: true, forestShare: 0.5 },
          { poids: 30, inDomain: false, forestShare: 0 },
        ],
      },
    ]);
    expect(a.area).toBe(20);
    expect(a.variance).toBeCloseTo(337.5, 10);
  });

  it('a whole région is its published area, without variance', () => {
    // g = 3 ; Σ poids = 10 + 20 = 30 → 90 = the published area, s = 1
    const a = calibratedArea([
      {
        g: 3,
        points: [
          { poids: 10, inDomain: true, forestShare: 0.2 },
          { poids: 20, inDomain: true, forestShare: 0.4 },
        ],
      },
    ]);
    expect(a).toEqual({ area: 90, variance: 0 });
  });

  it('a domain across two régions adds up both', () => {
    // région 1 wholly in D: 1·5 = 5, variance 0 ; région 2: g = 2, D has 10 of 20 (s = 0.5), p = 0
    // → 20 more, V = 4·(0.25·100 + 0.25·100) = 200
    const a = calibratedArea([
      { g: 1, points: [{ poids: 5, inDomain: true, forestShare: 0 }] },
      {
        g: 2,
        points: [
          { poids: 10, inDomain: true, forestShare: 0 },
          { poids: 10, inDomain: false, forestShare: 0 },
        ],
      },
    ]);
    expect(a.area).toBe(25);
    expect(a.variance).toBeCloseTo(200, 10);
  });

  it('total = area × ratio, variance Â²·V(R̂) + R̂²·V(Â)', () => {
    // Â = 300, V(Â) = 29 100 ; R̂ = 4, V(R̂) = 4/3
    const t = total({ area: 300, variance: 29_100 }, plotSums([2, 4, 6], [1, 1, 1]));
    expect(t.value).toBe(1200);
    expect(t.variance).toBeCloseTo(300 * 300 * (4 / 3) + 16 * 29_100, 6);
  });
});

describe('95 % intervals', () => {
  it('normal: value ± 1.96 standard errors, clipped at 0 and at the maximum', () => {
    const i = interval(100, 25);
    expect(i.halfWidth).toBeCloseTo(Z95 * 5, 12);
    expect(i.lower).toBeCloseTo(100 - 9.79982, 4);
    expect(interval(5, 25).lower).toBe(0);
    expect(interval(98, 25, 100).upper).toBe(100);
  });

  it('Wilson: 50 of 100 gives 0.404 to 0.596', () => {
    // centre 0.5 ; half = 1.96·√(0.0025 + 1.96²/40 000) / (1 + 1.96²/100) = 0.0962
    const w = wilson(0.5, 100);
    expect(w.lower).toBeCloseTo(0.4038, 4);
    expect(w.upper).toBeCloseTo(0.5962, 4);
  });

  it('Wilson: 0 of 100 still has a width, 0 to 0.037', () => {
    // upper = 1.96² / (100 + 1.96²) = 3.8415 / 103.8415 = 0.03699
    const w = wilson(0, 100);
    expect(w.lower).toBeCloseTo(0, 12);
    expect(w.upper).toBeCloseTo(0.03699, 5);
  });

  it('effective sample size: p(1 − p)/V, or Kish’s (Σw)²/Σw² at 0 or 1', () => {
    const s = plotSums([1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 3]);
    // Σw = 6, Σw² = 12 → 3
    expect(effectiveSize(1, 0, s)).toBe(3);
    expect(effectiveSize(0.5, 0.01, s)).toBeCloseTo(25, 12);
  });
});

describe('significance rule', () => {
  it('a territory with one plot is not significant', () => {
    expect(significance({ n: 1, nPlots: 1, value: 650, halfWidth: null })).toEqual({
      significant: false,
      reason: 'moins de 20 placettes',
    });
  });

  it('a territory without plots is not significant', () => {
    expect(significance({ n: 0, nPlots: 0, value: null, halfWidth: null }).reason).toBe('aucune placette dans le territoire');
  });

  it('an interval wider than ± 50 % of the value is not significant; 20 plots and ± 40 % are', () => {
    expect(significance({ n: 40, nPlots: 25, value: 10, halfWidth: 6 }).reason).toBe('intervalle de confiance trop large');
    expect(significance({ n: 40, nPlots: 20, value: 10, halfWidth: 4 })).toEqual({ significant: true, reason: null });
  });
});
