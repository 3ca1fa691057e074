// The estimators of the engine as plain functions: the same formulas as the SQL of sql.ts, for
// unit tests against hand calculations, the simulation test, and any page that recombines
// figures in the browser.
import { SIGNIFICANCE, Z95 } from './config.ts';

/** Weighted sums over the n points of a territory and window (points without a value count with y = 0). */
export interface PlotSums {
  n: number;
  /** Σ w x */
  sx: number;
  /** Σ w² x² */
  sxx: number;
  /** Σ w y */
  sy: number;
  /** Σ w² y² */
  syy: number;
  /** Σ w² x y */
  sxy: number;
}

/** Sums of y and x with calibrated weights w (all 1 when omitted). */
export function plotSums(y: readonly number[], x: readonly number[], w: readonly number[] = y.map(() => 1)): PlotSums {
  if (y.length !== x.length || y.length !== w.length) throw new Error('y, x et w doivent avoir une valeur par placette');
  const s: PlotSums = { n: y.length, sx: 0, sxx: 0, sy: 0, syy: 0, sxy: 0 };
  y.forEach((yi, i) => {
    const xi = x[i]!;
    const wi = w[i]!;
    s.sx += wi * xi;
    s.sxx += wi * wi * xi * xi;
    s.sy += wi * yi;
    s.syy += wi * wi * yi * yi;
    s.sxy += wi * wi * xi * yi;
  });
  return s;
}

/**
 * Hájek ratio R̂ = Σwy / Σwx and its linearised variance
 * V(R̂) = n/(n − 1) · Σ w²(yᵢ − R̂xᵢ)² / (Σwx)².
 */
export function ratio(s: PlotSums): { r: number | null; variance: number | null } {
  if (s.sx <= 0) return { r: null, variance: null };
  const r = s.sy / s.sx;
  if (s.n <= 1) return { r, variance: null };
  const residuals = s.syy - 2 * r * s.sxy + r * r * s.sxx;
  return { r, variance: Math.max(0, (s.n * residuals) / ((s.n - 1) * s.sx * s.sx)) };
}

/** A point of a région, for the calibrated area of a domain D. */
export interface AreaPoint {
  /** Design weight (ha per campaign, already divided among the campaigns of the window or not: only ratios to g matter). */
  poids: number;
  /** Whether the point counts in D (in the territory, and of the population: forest only or with poplars). */
  inDomain: boolean;
  /** Share of its département's land under forest (binomial factor 1 − p). */
  forestShare: number;
}

/**
 * Calibrated area of a domain and its linearised variance. In each région r the weights are
 * multiplied by g_r so that they sum to the published area; D's area is Σ_r g_r Σ_{D∩r} poids,
 * V = Σ_r g_r² [(1 − s_r)² Q(D∩r) + s_r² (Q(r) − Q(D∩r))], s_r = Σ_{D∩r} poids / Σ_r poids,
 * Q(X) = Σ_X poids² (1 − p). Only régions holding points of D count.
 */
export function calibratedArea(regions: readonly { g: number; points: readonly AreaPoint[] }[]): { area: number; variance: number } {
  let area = 0;
  let variance = 0;
  for (const { g, points } of regions) {
    const inD = points.filter((p) => p.inDomain);
    if (inD.length === 0) continue;
    const sum = (ps: readonly AreaPoint[]) => ps.reduce((t, p) => t + p.poids, 0);
    const q = (ps: readonly AreaPoint[]) => ps.reduce((t, p) => t + p.poids * p.poids * (1 - p.forestShare), 0);
    const s = sum(inD) / sum(points);
    area += g * sum(inD);
    variance += g * g * ((1 - s) ** 2 * q(inD) + s * s * (q(points) - q(inD)));
  }
  return { area, variance };
}

/** Total Ŷ = Â·R̂, variance Â²·V(R̂) + R̂²·V(Â) (covariance neglected). */
export function total(area: { area: number; variance: number }, s: PlotSums): { value: number | null; variance: number | null } {
  const { r, variance: vr } = ratio(s);
  if (r === null || vr === null) return { value: r === null ? null : area.area * r, variance: null };
  return { value: area.area * r, variance: area.area * area.area * vr + r * r * area.variance };
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

/**
 * Effective sample size of a share p̂ with variance V: p̂(1 − p̂)/V, or Kish's (Σwx)²/Σw²x² when
 * p̂ is 0 or 1 (V is then 0).
 */
export function effectiveSize(p: number, variance: number | null, s: PlotSums): number | null {
  if (variance !== null && variance > 0 && p > 0 && p < 1) return (p * (1 - p)) / variance;
  return s.sxx > 0 ? (s.sx * s.sx) / s.sxx : null;
}

/** Wilson 95 % interval of a proportion p̂ with effective sample size n. */
export function wilson(p: number, n: number): { lower: number; upper: number } {
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** The significance rule, with the same reasons as the SQL (halfWidth: half the interval's width). */
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
