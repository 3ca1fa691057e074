// The comparison of per-hectare figures with IGN's published ones (src/lib/estimation/regional.ts):
// gaps, « in the interval » and the summary the methodology page states, on hand-made figures.
import { describe, expect, it } from 'vitest';
import { PUBLISHED_PER_HA, comparableSelections, regionalComparisons, regionalSummary, type ComparableFigure } from '../../src/lib/estimation/regional.ts';

const codes = Object.keys(PUBLISHED_PER_HA);
/** Our volume: IGN's × factor, interval ± 5 %. */
const figures = (factor: (code: string) => number): ComparableFigure[] =>
  codes.map((code) => {
    const value = PUBLISHED_PER_HA[code]!.volume_ha * factor(code);
    return { indicator: 'volume_ha', code, value, lower: value * 0.95, upper: value * 1.05 };
  });

describe('regional comparison with IGN', () => {
  it('computes, for France and each région, the gap and whether IGN lies in our interval', () => {
    const rows = regionalComparisons(figures((c) => (c === '53' ? 1.2 : c === '94' ? 0.97 : 1)), 'volume_ha');
    expect(rows.map((r) => r.code).sort()).toEqual([...codes].sort());
    const bretagne = rows.find((r) => r.code === '53')!;
    expect(bretagne.gap).toBeCloseTo(0.2, 10);
    expect(bretagne.inInterval).toBe(false);
    const corse = rows.find((r) => r.code === '94')!;
    expect(corse.gap).toBeCloseTo(-0.03, 10);
    expect(corse.inInterval).toBe(true);
  });

  it('summarises the 13 régions without France: median absolute gap, counts in the interval and within 10 %', () => {
    // Gaps: Bretagne +20 %, Corse −12 %, Île-de-France +8 %, the ten others 0 (France +50 %, ignored).
    const gap: Record<string, number> = { '53': 1.2, '94': 0.88, '11': 1.08, FR: 1.5 };
    const s = regionalSummary(regionalComparisons(figures((c) => gap[c] ?? 1), 'volume_ha'));
    expect(s.regions).toBe(13);
    expect(s.medianGap).toBeCloseTo(0, 10);
    expect(s.inInterval).toBe(10);
    expect(s.withinTolerance).toBe(11);
  });

  it('fails with a clear message when a figure is missing from the build', () => {
    expect(() => regionalComparisons(figures(() => 1).filter((f) => f.code !== '84'), 'volume_ha')).toThrow(/volume_ha manque pour 84/);
  });

  it('asks the explorer for France and every région, on the three determined compositions', () => {
    const sels = comparableSelections('mortalite_ha');
    expect(sels.map((s) => s.territories[0]!.level)).toEqual(['france', 'region']);
    for (const s of sels) expect(s.filters.composition).toEqual(['feuillus', 'resineux', 'mixte']);
  });
});
