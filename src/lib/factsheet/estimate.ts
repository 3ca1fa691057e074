// One estimate as the factsheets read it from the results file, and how two estimates compare.
// Two estimates differ only when their 95 % intervals do not overlap: a conservative rule that the
// sentences of the factsheets apply everywhere (see the methodology page).

export interface Estimate {
  value: number | null;
  lower: number | null;
  upper: number | null;
  significant: boolean;
  n_plots: number;
  unit: string;
  reason?: string | null;
}

/** Whether an estimate may be printed as a number. */
export function isShown(e: Estimate | undefined): e is Estimate & { value: number; lower: number; upper: number } {
  return e !== undefined && e.significant && e.value !== null && e.lower !== null && e.upper !== null;
}

export type Comparison = 'higher' | 'lower' | 'similar' | 'unknown';

/**
 * What the rule of compare() lets a reader conclude, for the pages that set territories side by
 * side. Non-overlap is enough to call a difference significant, not necessary: overlapping
 * intervals do not prove two values equal.
 */
export const OVERLAP_RULE =
  'Deux territoires dont les intervalles de confiance à 95 % ne se recouvrent pas diffèrent de façon significative ; quand ils se recouvrent, on ne peut pas conclure sur cette seule base.';

/** Compares a with b: higher or lower only when the intervals do not overlap. */
export function compare(a: Estimate | undefined, b: Estimate | undefined): Comparison {
  if (!isShown(a) || !isShown(b)) return 'unknown';
  if (a.lower > b.upper) return 'higher';
  if (a.upper < b.lower) return 'lower';
  return 'similar';
}
