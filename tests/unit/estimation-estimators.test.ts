// The estimators against hand calculations: ratio and its linearised variance, binomial area,
// total with combined variance, 95 % interval and the significance rule.
import { describe, expect, it } from 'vitest';
import { Z95 } from '../../src/lib/estimation/config.ts';
import { area, interval, plotArea, plotSums, ratio, significance, total } from '../../src/lib/estimation/estimators.ts';

describe('ratio estimator', () => {
  it('per-hectare mean: y = 2, 4, 6 on three plots gives 4 with variance 4/3', () => {
    // Σ(y − R)² = 4 + 0 + 4 = 8 ; V = n·8 / ((n − 1)·n²) = 3·8 / (2·9)
    const { r, variance } = ratio(plotSums([2, 4, 6], [1, 1, 1]));
    expect(r).toBe(4);
    expect(variance).toBeCloseTo(4 / 3, 12);
  });

  it('ratio of two variables: y = 1, 2, 3 over x = 2, 2, 4', () => {
    // R = 6/8 ; residuals −0.5, 0.5, 0 ; V = 3·0.5 / (2·64)
    const { r, variance } = ratio(plotSums([1, 2, 3], [2, 2, 4]));
    expect(r).toBe(0.75);
    expect(variance).toBeCloseTo(1.5 / 128, 14);
  });

  it('a single plot has a value but no variance', () => {
    expect(ratio(plotSums([5], [1]))).toEqual({ r: 5, variance: null });
  });

  it('no observed plot gives no estimate', () => {
    expect(ratio(plotSums([0, 0], [0, 0]))).toEqual({ r: null, variance: null });
  });
});

describe('area and totals', () => {
  it('area = a·n with binomial variance a²·n·(1 − n/M)', () => {
    // a = 100 ha, n = 20 plots, land 10 000 ha → M = 100 grid points, p = 0.2
    expect(area(100, 20, 10_000)).toEqual({ area: 2000, variance: 100 * 100 * 20 * 0.8 });
  });

  it('calibration shares the national total among the national plots', () => {
    expect(plotArea(26_000, 16_900_000)).toBe(650);
  });

  it('total = area × ratio, variance Â²·V(R̂) + R̂²·V(Â)', () => {
    // Â = 300, V(Â) = 100²·3·0.97 = 29 100 ; R̂ = 4, V(R̂) = 4/3
    const t = total(100, 10_000, plotSums([2, 4, 6], [1, 1, 1]));
    expect(t.value).toBe(1200);
    expect(t.variance).toBeCloseTo(300 * 300 * (4 / 3) + 16 * 29_100, 6);
  });
});

describe('95 % interval', () => {
  it('value ± 1.96 standard errors', () => {
    const i = interval(100, 25);
    expect(i.halfWidth).toBeCloseTo(Z95 * 5, 12);
    expect(i.lower).toBeCloseTo(100 - 9.79982, 4);
    expect(i.upper).toBeCloseTo(100 + 9.79982, 4);
  });

  it('is clipped at 0 and at the maximum (100 % for a share)', () => {
    expect(interval(5, 25).lower).toBe(0);
    expect(interval(98, 25, 100).upper).toBe(100);
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

  it('an interval wider than ± 50 % of the value is not significant', () => {
    expect(significance({ n: 40, nPlots: 25, value: 10, halfWidth: 6 })).toEqual({
      significant: false,
      reason: 'intervalle de confiance trop large',
    });
  });

  it('20 plots and ± 40 % are significant', () => {
    expect(significance({ n: 40, nPlots: 20, value: 10, halfWidth: 4 })).toEqual({ significant: true, reason: null });
  });
});
