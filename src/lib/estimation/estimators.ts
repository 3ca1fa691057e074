// The estimators of the engine as plain functions: the same formulas as the SQL of sql.ts, for
// unit tests against hand calculations and for any page that recombines figures in the browser.
import { CALIBRATION, SIGNIFICANCE, Z95 } from './config.ts';

/** Sums over the n plots of a territory and window (plots without a value count with y = 0). */
export interface PlotSums {
  n: number;
  sx: number;
  sxx: number;
  sy: number;
  syy: number;
  sxy: number;
}

export function plotSums(y: readonly number[], x: readonly number[]): PlotSums {
  if (y.length !== x.length) throw new Error('y et x doivent avoir une valeur par placette');
  const s: PlotSums = { n: y.length, sx: 0, sxx: 0, sy: 0, syy: 0, sxy: 0 };
  y.forEach((yi, i) => {
    const xi = x[i]!;
    s.sx += xi;
    s.sxx += xi * xi;
    s.sy += yi;
    s.syy += yi * yi;
    s.sxy += xi * yi;
  });
  return s;
}

/** Area represented by one plot: the calibration total shared among the national plots. */
export function plotArea(nationalPlots: number, total = CALIBRATION.surfaceHa): number {
  return total / nationalPlots;
}

/**
 * Ratio estimator R̂ = Σy / Σx and its linearised variance
 * V(R̂) = n Σ(yᵢ − R̂xᵢ)² / ((n − 1)(Σx)²).
 */
export function ratio(s: PlotSums): { r: number | null; variance: number | null } {
  if (s.sx <= 0) return { r: null, variance: null };
  const r = s.sy / s.sx;
  if (s.n <= 1) return { r, variance: null };
  const residuals = s.syy - 2 * r * s.sxy + r * r * s.sxx;
  return { r, variance: Math.max(0, (s.n * residuals) / ((s.n - 1) * s.sx * s.sx)) };
}

/**
 * Forest area Â = a·n and its variance: n forest plots among the M = land / a grid points of
 * the territory, binomial: V(Â) = a²·n·(1 − n/M).
 */
export function area(a: number, n: number, land: number): { area: number; variance: number } {
  return { area: a * n, variance: a * a * n * Math.max(0, 1 - (a * n) / land) };
}

/** Total Ŷ = Â·R̂, variance Â²·V(R̂) + R̂²·V(Â) (covariance neglected). */
export function total(a: number, land: number, s: PlotSums): { value: number | null; variance: number | null } {
  const { r, variance: vr } = ratio(s);
  const A = area(a, s.n, land);
  if (r === null || vr === null) return { value: r === null ? null : A.area * r, variance: null };
  return { value: A.area * r, variance: A.area * A.area * vr + r * r * A.variance };
}

/** 95 % interval, clipped to [0, max]: every quantity of the engine is non-negative. */
export function interval(
  value: number,
  variance: number | null,
  max = Number.POSITIVE_INFINITY,
): { lower: number | null; upper: number | null; halfWidth: number | null } {
  if (variance === null) return { lower: null, upper: null, halfWidth: null };
  const h = Z95 * Math.sqrt(variance);
  return { lower: Math.max(0, value - h), upper: Math.min(max, value + h), halfWidth: h };
}

/** The significance rule, with the same reasons as the SQL. */
export function significance(f: {
  n: number;
  nPlots: number;
  value: number | null;
  halfWidth: number | null;
}): { significant: boolean; reason: string | null } {
  const reason =
    f.n === 0
      ? 'aucune placette dans le territoire'
      : f.value === null
        ? 'aucune placette observée pour cette variable'
        : f.nPlots < SIGNIFICANCE.minPlots
          ? `moins de ${SIGNIFICANCE.minPlots} placettes`
          : f.value === 0
            ? 'valeur nulle'
            : f.halfWidth === null
              ? 'variance non calculable'
              : f.halfWidth > SIGNIFICANCE.maxRelativeHalfWidth * Math.abs(f.value)
                ? 'intervalle de confiance trop large'
                : null;
  return { significant: reason === null, reason };
}
